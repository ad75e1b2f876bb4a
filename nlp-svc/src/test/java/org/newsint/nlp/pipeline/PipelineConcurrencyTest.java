package org.newsint.nlp.pipeline;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;

/** One pipeline serves every gRPC thread: analysing stories in parallel must give what it gives one at a time. */
class PipelineConcurrencyTest {

    @Test
    void parallelAnalysesEqualSequentialOnes() throws Exception {
        List<ArticleInput> stories = new ArrayList<>();
        ObjectMapper json = new ObjectMapper();
        try (var in = getClass().getClassLoader().getResourceAsStream("events/stories.jsonl")) {
            BufferedReader r = new BufferedReader(new InputStreamReader(Objects.requireNonNull(in), StandardCharsets.UTF_8));
            String line;
            while ((line = r.readLine()) != null) {
                if (!line.isBlank()) {
                    JsonNode s = json.readTree(line);
                    stories.add(new ArticleInput(s.get("id").asText(), s.path("title").asText(null), s.get("body").asText(),
                            s.get("publishedAt").asText(), null));
                }
            }
        }
        Pipeline pipeline = new Pipeline();
        List<String> sequential = stories.stream().map(a -> summary(pipeline.analyze(a))).toList();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            for (int round = 0; round < 3; round++) {
                List<Future<String>> futures = new ArrayList<>();
                for (ArticleInput a : stories) {
                    futures.add(pool.submit(() -> summary(pipeline.analyze(a))));
                }
                for (int i = 0; i < stories.size(); i++) {
                    assertThat(futures.get(i).get()).as(stories.get(i).articleId()).isEqualTo(sequential.get(i));
                }
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private static String summary(Analysis a) {
        return a.entities().stream().map(e -> e.entity().id() + e.mentions().size()).toList() + " " + a.events() + " "
                + a.quotes() + " " + a.positions();
    }
}
