package org.newsint.ingest.article;

import io.quarkus.redis.datasource.ReactiveRedisDataSource;
import io.quarkus.redis.datasource.stream.ReactiveStreamCommands;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.newsint.ingest.IngestConfig;

import java.util.Map;

/** The durable hand-off from ingestion to enrichment: one Redis Streams entry per article. */
@ApplicationScoped
public class ArticleStream {

    public static final String FIELD_ARTICLE_ID = "article_id";

    private final ReactiveStreamCommands<String, String, String> streams;
    private final String stream;

    public ArticleStream(ReactiveRedisDataSource redis, IngestConfig config) {
        this.streams = redis.stream(String.class);
        this.stream = config.worker().stream();
    }

    /** Appends an article; the entry id is returned. */
    public Uni<String> enqueue(String articleId) {
        return streams.xadd(stream, Map.of(FIELD_ARTICLE_ID, articleId));
    }
}
