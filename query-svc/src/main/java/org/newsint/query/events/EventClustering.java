package org.newsint.query.events;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.newsint.proto.nlp.v1.Event;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.TreeSet;

/**
 * Puts article events into cross-story events ({@link MergeRule}). Every method runs in the caller's session and
 * transaction (the one storing the analysis), so an analysis and its events' clusters commit together.
 *
 * <p>Concurrency: a caller takes {@link #lockArticle} first, then {@link #lockContacts} for every (type,
 * participants) it will look up or change, all at once in ascending order, before it writes anything. Two stores of
 * the same contact therefore look up one after the other, and the second sees the first's cluster.
 */
@ApplicationScoped
public class EventClustering {

    /** The cluster an article event belongs to, and what it is locked by. */
    public record ClusterRef(String id, String type, String participantKey) {
    }

    public Uni<Void> lockArticle(String articleId) {
        return lock(MergeRule.articleLock(articleId));
    }

    /** Takes the advisory locks of these contacts (type, participants) for the rest of the transaction. */
    public Uni<Void> lockContacts(Collection<ClusterRef> contacts) {
        TreeSet<Long> keys = new TreeSet<>();
        for (ClusterRef c : contacts) {
            if (!c.participantKey().isEmpty()) {
                keys.add(MergeRule.contactLock(c.type(), c.participantKey()));
            }
        }
        Uni<Void> chain = Uni.createFrom().voidItem();
        for (long key : keys) {
            chain = chain.flatMap(v -> lock(key));
        }
        return chain;
    }

    private static Uni<Void> lock(long key) {
        return Panache.getSession().flatMap(s -> s.createNativeQuery(
                        "select count(*) from (select pg_advisory_xact_lock(?1)) l", Long.class)
                .setParameter(1, key).getSingleResult()).replaceWithVoid();
    }

    /** The contacts an analysis' events are about (to lock them before storing). */
    public static List<ClusterRef> contactsOf(Collection<Event> events) {
        List<ClusterRef> out = new ArrayList<>();
        for (Event ev : events) {
            out.add(new ClusterRef(null, ev.getType(), MergeRule.participantKey(ev.getParticipantEntityIdsList())));
        }
        return out;
    }

    /** The clusters the article's stored events belong to. */
    public Uni<List<ClusterRef>> clustersOfArticle(String articleId) {
        return Panache.getSession().flatMap(s -> s.createNativeQuery("""
                        select distinct c.id, c.type, c.participant_key from article_event e
                        join event_cluster c on c.id = e.cluster_id where e.article_id = ?1""", Object[].class)
                .setParameter(1, articleId).getResultList())
                .map(rows -> rows.stream().map(r -> new ClusterRef((String) r[0], (String) r[1], (String) r[2])).toList());
    }

    /**
     * The cluster this event of an article joins (or a new one). The caller inserts the article_event row with it,
     * then calls {@link #refresh}.
     */
    public Uni<String> assign(Event ev, LocalDate published) {
        String type = ev.getType();
        String key = MergeRule.participantKey(ev.getParticipantEntityIdsList());
        String status = ev.getStatus().name();
        String date = blankToNull(ev.getDate());
        if (key.isEmpty()) {
            return create(ev, key, 0);
        }
        return Panache.getSession().flatMap(s -> s.createNativeQuery("""
                        select c.id, c.status, c.event_date,
                            (select string_agg(cast(a.published_date as text), ',') from article_event e
                             join article_analysis a on a.article_id = e.article_id
                             where e.cluster_id = c.id and a.published_date is not null)
                        from event_cluster c where c.type = ?1 and c.participant_key = ?2""", Object[].class)
                .setParameter(1, type).setParameter(2, key).getResultList())
                .flatMap(rows -> {
                    String best = null;
                    long bestDistance = Long.MAX_VALUE;
                    for (Object[] r : rows.stream().sorted(Comparator.comparing(r -> (String) r[0])).toList()) {
                        List<LocalDate> days = new ArrayList<>();
                        if (r[3] != null) {
                            for (String d : ((String) r[3]).split(",")) {
                                days.add(LocalDate.parse(d));
                            }
                        }
                        long d = MergeRule.distance((String) r[1], (String) r[2], days, status, date, published);
                        if (d >= 0 && d < bestDistance) {
                            best = (String) r[0];
                            bestDistance = d;
                        }
                    }
                    return best != null ? Uni.createFrom().item(best) : create(ev, key, 0);
                });
    }

    private Uni<String> create(Event ev, String key, int attempt) {
        String id = MergeRule.clusterId(ev.getId(), attempt);
        LocalDate[] range = MergeRule.range(blankToNull(ev.getDate()));
        return Panache.getSession().flatMap(s -> s.createNativeQuery("""
                        insert into event_cluster (id, type, status, event_date, date_key, date_start, date_end,
                            participant_key, participant_ids, location_id, initiator_id, first_reported_at)
                        values (?1, ?2, ?3, ?4, ?5, cast(cast(?6 as text) as date), cast(cast(?7 as text) as date),
                            ?8, string_to_array(?9, chr(31)), ?10, ?11, '')
                        on conflict (id) do nothing""")
                .setParameter(1, id).setParameter(2, ev.getType()).setParameter(3, ev.getStatus().name())
                .setParameter(4, blankToNull(ev.getDate())).setParameter(5, ev.getDate())
                .setParameter(6, range == null ? null : range[0].toString())
                .setParameter(7, range == null ? null : range[1].toString())
                .setParameter(8, key).setParameter(9, String.join("\u001f", MergeRule.participants(key)))
                .setParameter(10, blankToNull(ev.getLocationEntityId()))
                .setParameter(11, blankToNull(ev.getInitiatorEntityId()))
                .executeUpdate())
                // the id is taken when this article was analysed before and its old report still anchors an event
                .flatMap(n -> n == 1 ? Uni.createFrom().item(id) : create(ev, key, attempt + 1));
    }

    /** Recomputes a cluster from its reports, oldest first; deletes it when no report is left. */
    public Uni<Void> refresh(String clusterId) {
        return Panache.getSession().flatMap(s -> s.createNativeQuery("""
                        select e.status, e.event_date, e.location_id, e.initiator_id,
                            coalesce(a.published_at, cast(a.stored_at as text))
                        from article_event e join article_analysis a on a.article_id = e.article_id
                        where e.cluster_id = ?1
                        order by a.published_date nulls last, a.published_at nulls last, a.stored_at, e.id""", Object[].class)
                .setParameter(1, clusterId).getResultList()
                .flatMap(rows -> {
                    MergeRule.State st = MergeRule.fold(rows.stream().map(r -> new MergeRule.Report(
                            (String) r[0], (String) r[1], (String) r[2], (String) r[3], (String) r[4])).toList());
                    if (st == null) {
                        return s.createNativeQuery("delete from event_cluster where id = ?1")
                                .setParameter(1, clusterId).executeUpdate();
                    }
                    LocalDate[] range = MergeRule.range(st.date());
                    return s.createNativeQuery("""
                                    update event_cluster set status = ?2, event_date = ?3, date_key = ?4,
                                        date_start = cast(cast(?5 as text) as date), date_end = cast(cast(?6 as text) as date),
                                        location_id = ?7, initiator_id = ?8, first_reported_at = ?9, updated_at = now()
                                    where id = ?1""")
                            .setParameter(1, clusterId).setParameter(2, st.status()).setParameter(3, st.date())
                            .setParameter(4, st.date() == null ? "" : st.date())
                            .setParameter(5, range == null ? null : range[0].toString())
                            .setParameter(6, range == null ? null : range[1].toString())
                            .setParameter(7, st.locationId()).setParameter(8, st.initiatorId())
                            .setParameter(9, st.firstReportedAt())
                            .executeUpdate();
                })).replaceWithVoid();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
