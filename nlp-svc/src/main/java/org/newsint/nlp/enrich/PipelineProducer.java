package org.newsint.nlp.enrich;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import org.newsint.nlp.pipeline.Pipeline;

/** One pipeline per process: it is immutable and thread-safe, and loading it is the expensive part. */
@ApplicationScoped
public class PipelineProducer {

    @Produces
    @Singleton
    Pipeline pipeline() {
        return new Pipeline();
    }
}
