package org.newsint.nlp.positions;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.newsint.nlp.kb.KnowledgeBase;
import org.newsint.nlp.pipeline.Analysis;
import org.newsint.nlp.pipeline.ArticleInput;
import org.newsint.nlp.pipeline.Pipeline;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Runs the real pipeline and the extractor over the twenty hand-made examples of {@code positions/examples.jsonl} and
 * scores the positions against the expected ones (a match is the same type, source and target; null targets match
 * null). Prints precision and recall; precision must stay at 0.8 or above.
 */
class PositionEvaluationTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    record Example(String id, String publishedAt, String text, Set<String> expected) {
    }

    static List<Example> examples() throws IOException {
        List<Example> out = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(
                PositionEvaluationTest.class.getClassLoader().getResourceAsStream("positions/examples.jsonl"), StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                if (line.isBlank()) {
                    continue;
                }
                JsonNode j = JSON.readTree(line);
                Set<String> expected = new LinkedHashSet<>();
                for (JsonNode p : j.path("positions")) {
                    expected.add(key(p.path("type").asText(), p.path("source").asText(null),
                            p.path("target").isNull() ? null : p.path("target").asText(null)));
                }
                out.add(new Example(j.get("id").asText(), j.get("publishedAt").asText(), j.get("text").asText(), expected));
            }
        }
        return out;
    }

    static String key(String type, String source, String target) {
        return type + " " + source + " → " + (target == null ? "-" : target);
    }

    /** Precision and recall over the examples; prints each miss and false alarm. */
    static double[] score(Pipeline pipeline, PositionExtractor extractor, List<Example> examples, StringBuilder report) {
        int tp = 0;
        int predicted = 0;
        int expected = 0;
        for (Example e : examples) {
            Analysis a = pipeline.analyze(new ArticleInput(e.id(), null, e.text(), e.publishedAt(), ""));
            Set<String> got = new LinkedHashSet<>();
            for (Position p : extractor.extract(a.clean().text(), a.sentences(), a.entities(), a.quotes())) {
                got.add(key(p.type(), p.sourceId(), p.targetId()));
            }
            Set<String> hit = new LinkedHashSet<>(got);
            hit.retainAll(e.expected());
            tp += hit.size();
            predicted += got.size();
            expected += e.expected().size();
            for (String g : got) {
                if (!e.expected().contains(g)) {
                    report.append(e.id()).append(" false alarm: ").append(g).append('\n');
                }
            }
            for (String x : e.expected()) {
                if (!got.contains(x)) {
                    report.append(e.id()).append(" missed:      ").append(x).append('\n');
                }
            }
        }
        double precision = predicted == 0 ? 0 : (double) tp / predicted;
        double recall = expected == 0 ? 0 : (double) tp / expected;
        report.append(String.format(Locale.ROOT, "positions on %d examples: %d expected, %d found, %d correct: precision %.2f, recall %.2f%n",
                examples.size(), expected, predicted, tp, precision, recall));
        return new double[] {precision, recall};
    }

    @Test
    void precisionOnTheTwentyExamplesIsAtLeastPointEight() throws IOException {
        List<Example> examples = examples();
        assertThat(examples).hasSize(20);
        StringBuilder report = new StringBuilder();
        double[] pr = score(new Pipeline(), new PositionExtractor(KnowledgeBase.bundled()), examples, report);
        System.out.print(report);
        assertThat(pr[0]).as(report.toString()).isGreaterThanOrEqualTo(0.8);
    }
}
