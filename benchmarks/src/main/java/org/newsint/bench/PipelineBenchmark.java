package org.newsint.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.newsint.nlp.pipeline.Analysis;
import org.newsint.nlp.pipeline.ArticleInput;
import org.newsint.nlp.pipeline.Pipeline;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Articles per second through the whole pipeline on one thread (one core), over the sample stories.
 * Forked with a 300 MB heap, so the memory target is enforced too.
 */
@State(Scope.Benchmark)
@Fork(value = 1, jvmArgs = {"-Xmx300m", "-Xms300m"})
@Threads(1)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class PipelineBenchmark {

    @Param("samples")
    public String samplesDir;

    private Pipeline pipeline;
    private List<ArticleInput> articles;

    @Setup(Level.Trial)
    public void setUp() throws IOException {
        pipeline = new Pipeline();
        articles = load(Path.of(samplesDir));
    }

    static List<ArticleInput> load(Path dir) throws IOException {
        ObjectMapper json = new ObjectMapper();
        List<Path> files;
        try (Stream<Path> s = Files.list(dir)) {
            files = s.filter(p -> p.toString().endsWith(".json")).sorted().toList();
        }
        if (files.isEmpty()) {
            throw new IOException("no article JSON in " + dir.toAbsolutePath() + " (set -p samplesDir=...)");
        }
        List<ArticleInput> out = new ArrayList<>();
        for (Path f : files) {
            JsonNode a = json.readTree(f.toFile());
            out.add(new ArticleInput(a.path("id").asText(), a.path("title").asText(null), a.path("body").asText(),
                    a.path("published_at").asText(null), a.path("source").asText(null)));
        }
        return out;
    }

    /** One article per operation, cycling through the samples: the score is articles per second on one thread. */
    @Benchmark
    @BenchmarkMode(Mode.Throughput)
    @OutputTimeUnit(TimeUnit.SECONDS)
    public Analysis articlesPerSecond(Cursor c) {
        return pipeline.analyze(articles.get(c.next(articles.size())));
    }

    @State(Scope.Thread)
    public static class Cursor {
        private int i;

        int next(int n) {
            i = (i + 1) % n;
            return i;
        }
    }
}
