package org.newsint.ingest;

import io.quarkus.redis.datasource.RedisDataSource;
import io.quarkus.redis.datasource.stream.StreamRange;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.vertx.VertxContextSupport;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.newsint.devstack.TestStores;
import org.newsint.ingest.article.ArticleService;

import java.sql.Connection;
import java.time.Duration;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** An article stored but never queued (Redis down, a crash between the two) is queued by the sweeper. */
@QuarkusTest
class SweeperTest {

    @Inject
    ArticleService articles;

    @Inject
    RedisDataSource redis;

    @Test
    void storedButUnqueuedArticleIsQueuedBySweeper() throws Throwable {
        String id = "art_sweep_" + UUID.randomUUID().toString().substring(0, 8);
        try (Connection c = TestStores.pg().connect("newsint_test_ingest"); var st = c.prepareStatement(
                "insert into ingest.article (id, body, content_hash, received_at) values (?, 'نص', ?, now() - interval '1 minute')")) {
            st.setString(1, id);
            st.setString(2, "hash-" + id);
            st.executeUpdate();
        }
        int queued = VertxContextSupport.subscribeAndAwait(() -> articles.requeueUnqueued(Duration.ofSeconds(5)));
        assertThat(queued).isGreaterThanOrEqualTo(1);
        assertThat(redis.stream(String.class).xrange("newsint:articles", StreamRange.of("-", "+")))
                .anyMatch(m -> id.equals(m.payload().get("article_id")));
        // and only once: the article is now marked queued
        int again = VertxContextSupport.subscribeAndAwait(() -> articles.requeueUnqueued(Duration.ofSeconds(5)));
        assertThat(again).isZero();
    }
}
