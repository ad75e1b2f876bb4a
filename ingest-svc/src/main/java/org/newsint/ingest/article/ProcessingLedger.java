package org.newsint.ingest.article;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/** Records what enrichment did to an article. */
@ApplicationScoped
public class ProcessingLedger {

    public Uni<Void> markDone(String id) {
        return update("update article set state = 'DONE', enriched_at = now(), last_error = null where id = ?1", id, null);
    }

    /** Counts a failed attempt; returns the attempts so far. */
    public Uni<Integer> recordFailure(String id, String error) {
        return Panache.withTransaction(() -> Panache.getSession().flatMap(s -> s.createNativeQuery(
                        "update article set attempts = attempts + 1, last_error = ?2 where id = ?1 returning attempts", Integer.class)
                .setParameter(1, id).setParameter(2, truncate(error)).getSingleResult()));
    }

    /** Notes an outage without spending an attempt. */
    public Uni<Void> recordOutage(String id, String error) {
        return update("update article set last_error = ?2 where id = ?1", id, error);
    }

    public Uni<Void> markFailed(String id, String error) {
        return update("update article set state = 'FAILED', last_error = ?2 where id = ?1", id, error);
    }

    private Uni<Void> update(String sql, String id, String error) {
        return Panache.withTransaction(() -> Panache.getSession().flatMap(s -> {
            var q = s.createNativeQuery(sql).setParameter(1, id);
            if (error != null) {
                q.setParameter(2, truncate(error));
            }
            return q.executeUpdate();
        })).replaceWithVoid();
    }

    private static String truncate(String s) {
        return s == null || s.length() <= 2000 ? s : s.substring(0, 2000);
    }
}
