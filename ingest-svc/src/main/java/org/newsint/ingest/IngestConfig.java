package org.newsint.ingest;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;

@ConfigMapping(prefix = "newsint")
public interface IngestConfig {

    Ingest ingest();

    Worker worker();

    interface Ingest {
        /** Largest accepted body, in UTF-8 bytes. */
        @WithDefault("1048576")
        int maxBodyBytes();

        @WithDefault("1000")
        int maxTitleChars();
    }

    interface Worker {
        @WithDefault("true")
        boolean enabled();

        @WithDefault("newsint:articles")
        String stream();

        @WithDefault("enrichment")
        String group();

        @WithDefault("ingest-1")
        String consumer();

        @WithDefault("16")
        int batchSize();

        @WithDefault("2S")
        Duration block();

        /** Pending entries of other consumers idle this long are taken over (a replica died). */
        @WithDefault("60S")
        Duration claimIdle();

        /** Attempts before an article that nlp-svc or query-svc refuses is marked FAILED (outages do not count). */
        @WithDefault("5")
        int maxAttempts();

        @WithDefault("5S")
        Duration maxBackoff();

        @WithDefault("10S")
        Duration sweepEvery();

        @WithDefault("30S")
        Duration enrichDeadline();

        @WithDefault("30S")
        Duration storeDeadline();
    }
}
