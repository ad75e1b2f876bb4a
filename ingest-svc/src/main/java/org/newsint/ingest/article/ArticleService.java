package org.newsint.ingest.article;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.logging.Log;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.newsint.text.ContentHash;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

/**
 * Accepting articles: validate, store, hand on. An article is stored before it is queued, and an article
 * stored but not queued (Redis was down, the process died) is queued later by {@link #requeueUnqueued}:
 * nothing accepted is lost.
 */
@ApplicationScoped
public class ArticleService {

    /** The answer to one submission. */
    public record Outcome(Status status, String articleId, String duplicateOf, Rejection rejection) {
        public enum Status { ACCEPTED, DUPLICATE, REJECTED }

        static Outcome accepted(String id) {
            return new Outcome(Status.ACCEPTED, id, null, null);
        }

        static Outcome duplicate(String firstId) {
            return new Outcome(Status.DUPLICATE, firstId, firstId, null);
        }

        static Outcome rejected(Rejection r) {
            return new Outcome(Status.REJECTED, null, null, r);
        }
    }

    private final ArticleValidator validator;
    private final ArticleStream stream;
    private final MeterRegistry metrics;

    public ArticleService(ArticleValidator validator, ArticleStream stream, MeterRegistry metrics) {
        this.validator = validator;
        this.stream = stream;
        this.metrics = metrics;
    }

    /** Article ids are derived from the content, so the same story gets the same id on every installation. */
    static String articleId(String contentHash) {
        return "art_" + contentHash.substring(0, 24);
    }

    public Uni<Outcome> submit(Submission s) {
        ArticleValidator.Valid valid;
        try {
            valid = validator.validate(s);
        } catch (ArticleValidator.RejectedException e) {
            metrics.counter("newsint.ingest.submissions", "status", "rejected").increment();
            Log.infof("rejected article externalId=%s field=%s reason=%s", s.externalId(), e.rejection().field(), e.getMessage());
            return Uni.createFrom().item(Outcome.rejected(e.rejection()));
        }
        String hash = ContentHash.of(valid.clean());
        String id = articleId(hash);
        return Panache.withTransaction(() -> Panache.getSession().flatMap(session -> session.createNativeQuery("""
                        insert into article (id, external_id, source, url, published_at, title, body, content_hash)
                        values (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8) on conflict do nothing""")
                .setParameter(1, id).setParameter(2, blankToNull(s.externalId())).setParameter(3, blankToNull(s.source()))
                .setParameter(4, blankToNull(s.url())).setParameter(5, blankToNull(strip(s.publishedAt())))
                .setParameter(6, blankToNull(s.title())).setParameter(7, s.body()).setParameter(8, hash)
                .executeUpdate()
                .flatMap(inserted -> {
                    if (inserted == 1) {
                        return Uni.createFrom().item(Outcome.accepted(id));
                    }
                    return session.createNativeQuery("select id from article where content_hash = ?1", String.class)
                            .setParameter(1, hash).getSingleResult()
                            .flatMap(firstId -> session.createNativeQuery("""
                                            insert into duplicate_submission (duplicate_of, external_id, source, url)
                                            values (?1, ?2, ?3, ?4)""")
                                    .setParameter(1, firstId).setParameter(2, blankToNull(s.externalId()))
                                    .setParameter(3, blankToNull(s.source())).setParameter(4, blankToNull(s.url()))
                                    .executeUpdate().map(n -> Outcome.duplicate(firstId)));
                })))
                .call(outcome -> outcome.status() == Outcome.Status.ACCEPTED ? queue(outcome.articleId()) : Uni.createFrom().voidItem())
                .invoke(outcome -> {
                    metrics.counter("newsint.ingest.submissions", "status", outcome.status().name().toLowerCase()).increment();
                    Log.infof("%s article=%s externalId=%s", outcome.status(), outcome.articleId(), s.externalId());
                });
    }

    /** Queues a stored article; if Redis does not answer the article stays unqueued and the sweeper retries. */
    Uni<Void> queue(String articleId) {
        return stream.enqueue(articleId)
                .call(entry -> Panache.withTransaction(() -> Panache.getSession().flatMap(s -> s.createNativeQuery(
                                "update article set queued_at = now() where id = ?1").setParameter(1, articleId).executeUpdate())))
                .replaceWithVoid()
                .onFailure().recoverWithUni(t -> {
                    Log.warnf("article %s stored but not queued yet (%s); the sweeper will queue it", articleId, t.getMessage());
                    return Uni.createFrom().voidItem();
                });
    }

    /** Queues articles that were stored but never reached the stream. Returns how many. */
    public Uni<Integer> requeueUnqueued(Duration olderThan) {
        OffsetDateTime before = OffsetDateTime.now(ZoneOffset.UTC).minus(olderThan);
        return Panache.withSession(() -> Panache.getSession().flatMap(s -> s.createNativeQuery(
                                "select id from article where state = 'PENDING' and queued_at is null and received_at < ?1 order by received_at limit 500",
                                String.class)
                        .setParameter(1, before).getResultList()))
                .flatMap(ids -> requeueAll(ids));
    }

    private Uni<Integer> requeueAll(List<String> ids) {
        Uni<Void> chain = Uni.createFrom().voidItem();
        for (String id : ids) {
            chain = chain.flatMap(v -> queue(id));
        }
        return chain.map(v -> ids.size());
    }

    @WithSession
    public Uni<ArticleEntity> find(String id) {
        return ArticleEntity.findById(id);
    }

    private static String strip(String s) {
        return s == null ? null : s.strip();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
