package org.newsint.nlp.enrich;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.newsint.nlp.ner.ArabicNer;
import org.newsint.nlp.ner.NerActors;
import org.newsint.nlp.pipeline.Pipeline;

/** One pipeline per process: it is immutable and thread-safe, and loading it is the expensive part. */
@ApplicationScoped
public class PipelineProducer {

    /** Whether the statistical recognizer adds actors the knowledge base does not know (slower; see README). */
    @ConfigProperty(name = "newsint.nlp.ner.enabled", defaultValue = "false")
    boolean nerEnabled;

    /** The least probability of a recognised name for it to become an actor. */
    @ConfigProperty(name = "newsint.nlp.ner.min-probability", defaultValue = "0.0")
    double nerMinProbability;

    @Produces
    @Singleton
    Pipeline pipeline() {
        if (!nerEnabled) {
            return new Pipeline();
        }
        return new Pipeline(new NerActors(ArabicNer.bundled(), nerMinProbability));
    }
}
