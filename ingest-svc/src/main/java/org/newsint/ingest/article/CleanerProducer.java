package org.newsint.ingest.article;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import org.newsint.text.ArticleCleaner;

@ApplicationScoped
public class CleanerProducer {

    @Produces
    @Singleton
    ArticleCleaner cleaner() {
        return new ArticleCleaner();
    }
}
