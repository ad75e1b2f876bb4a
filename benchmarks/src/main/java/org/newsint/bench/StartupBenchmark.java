package org.newsint.bench;

import org.newsint.nlp.pipeline.Pipeline;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Warmup;

import java.util.concurrent.TimeUnit;

/** Cold construction of the pipeline (knowledge base, role lexicon, boilerplate rules) in a fresh JVM. */
@Fork(value = 5, jvmArgs = {"-Xmx300m"})
@Warmup(iterations = 0)
@Measurement(iterations = 1)
public class StartupBenchmark {

    @Benchmark
    @BenchmarkMode(Mode.SingleShotTime)
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    public Pipeline coldPipeline() {
        return new Pipeline();
    }
}
