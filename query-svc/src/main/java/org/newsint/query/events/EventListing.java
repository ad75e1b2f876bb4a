package org.newsint.query.events;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.hibernate.reactive.mutiny.Mutiny;
import org.newsint.proto.nlp.v1.Entity;
import org.newsint.proto.nlp.v1.EntityType;
import org.newsint.proto.nlp.v1.EventStatus;
import org.newsint.proto.query.v1.EventSource;
import org.newsint.proto.query.v1.EventView;
import org.newsint.query.analysis.ArticleListing.BadRequest;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/** Cross-story events: keyset-paginated listing (newest event date first, then id), by id, an article's events. */
@ApplicationScoped
public class EventListing {

    /** Filters; every one optional, combined with AND. */
    public record Filter(List<String> participantIds, String type, String status, LocalDate dateFrom, LocalDate dateTo,
                         String initiatorId) {
    }

    public record Page(List<EventView> items, String endCursor, boolean hasNextPage, long totalCount) {
    }

    private static final Pattern DATE_KEY = Pattern.compile("|\\d{4}(-\\d{2}(-\\d{2})?)?");

    /** Position after an event: its date key ('' when it has no date) and its id. */
    record Cursor(String dateKey, String id) {
        String encode() {
            return Base64.getUrlEncoder().withoutPadding().encodeToString(
                    ("e|" + dateKey + "|" + id).getBytes(StandardCharsets.UTF_8));
        }

        static Cursor decode(String s) {
            try {
                String[] parts = new String(Base64.getUrlDecoder().decode(s), StandardCharsets.UTF_8).split("\\|", 3);
                if (parts.length == 3 && parts[0].equals("e") && DATE_KEY.matcher(parts[1]).matches()
                        && parts[2].startsWith("evc_")) {
                    return new Cursor(parts[1], parts[2]);
                }
            } catch (IllegalArgumentException e) {
                // not base64: same answer as any other cursor we did not give out
            }
            throw new BadRequest("cursor '" + s + "' is not one this server gave out; start again without 'after'");
        }
    }

    private static final String COLUMNS = "c.id, c.type, c.status, c.event_date, c.location_id, c.initiator_id, "
            + "c.participant_key, c.first_reported_at, c.date_key";

    @WithSession
    public Uni<Page> list(Filter filter, int first, String after) {
        StringBuilder where = new StringBuilder(" where true");
        List<Object> params = new ArrayList<>();
        if (!filter.participantIds().isEmpty()) {
            params.add(String.join("\u001f", new LinkedHashSet<>(filter.participantIds())));
            where.append(" and c.participant_ids @> string_to_array(?").append(params.size()).append(", chr(31))");
        }
        if (filter.type() != null) {
            params.add(filter.type());
            where.append(" and c.type = ?").append(params.size());
        }
        if (filter.status() != null) {
            params.add(filter.status());
            where.append(" and c.status = ?").append(params.size());
        }
        // a month (or year) date counts when it overlaps the range; events without a date never match a range
        if (filter.dateFrom() != null) {
            params.add(filter.dateFrom());
            where.append(" and c.date_end >= ?").append(params.size());
        }
        if (filter.dateTo() != null) {
            params.add(filter.dateTo());
            where.append(" and c.date_start <= ?").append(params.size());
        }
        if (filter.initiatorId() != null) {
            params.add(filter.initiatorId());
            where.append(" and c.initiator_id = ?").append(params.size());
        }
        List<Object> pageParams = new ArrayList<>(params);
        StringBuilder pageWhere = new StringBuilder(where);
        if (after != null && !after.isBlank()) {
            Cursor c = Cursor.decode(after);
            pageParams.add(c.dateKey());
            int key = pageParams.size();
            pageParams.add(c.id());
            int id = pageParams.size();
            pageWhere.append(" and (c.date_key < ?").append(key).append(" or (c.date_key = ?").append(key)
                    .append(" and c.id > ?").append(id).append("))");
        }
        String pageSql = "select " + COLUMNS + " from event_cluster c" + pageWhere
                + " order by c.date_key desc, c.id limit " + (first + 1);
        String countSql = "select count(*) from event_cluster c" + where;
        return Panache.getSession().flatMap(s -> {
            var pageQuery = s.createNativeQuery(pageSql, Object[].class);
            for (int i = 0; i < pageParams.size(); i++) {
                pageQuery.setParameter(i + 1, pageParams.get(i));
            }
            var countQuery = s.createNativeQuery(countSql, Long.class);
            for (int i = 0; i < params.size(); i++) {
                countQuery.setParameter(i + 1, params.get(i));
            }
            return pageQuery.getResultList().flatMap(rows -> countQuery.getSingleResult().flatMap(total -> {
                boolean more = rows.size() > first;
                List<Object[]> items = more ? rows.subList(0, first) : rows;
                String end = "";
                if (!items.isEmpty()) {
                    Object[] last = items.get(items.size() - 1);
                    end = new Cursor((String) last[8], (String) last[0]).encode();
                }
                String endCursor = end;
                return views(s, items).map(views -> new Page(views, endCursor, more, total));
            }));
        });
    }

    /** One event; null when there is none with this id. */
    @WithSession
    public Uni<EventView> get(String id) {
        return Panache.getSession().flatMap(s -> s.createNativeQuery(
                        "select " + COLUMNS + " from event_cluster c where c.id = ?1", Object[].class)
                .setParameter(1, id).getResultList()
                .flatMap(rows -> rows.isEmpty() ? Uni.createFrom().nullItem()
                        : views(s, rows).map(v -> v.get(0))));
    }

    /** Several events, in the order of {@code ids} and each once; ids without an event are left out. */
    @WithSession
    public Uni<List<EventView>> get(List<String> ids) {
        List<String> distinct = List.copyOf(new LinkedHashSet<>(ids));
        if (distinct.isEmpty()) {
            return Uni.createFrom().item(List.of());
        }
        return Panache.getSession().flatMap(s -> s.createNativeQuery(
                        "select " + COLUMNS + " from event_cluster c where c.id in (?1)", Object[].class)
                .setParameter(1, distinct).getResultList()
                .flatMap(rows -> {
                    Map<String, Object[]> byId = new HashMap<>();
                    rows.forEach(r -> byId.put((String) r[0], r));
                    List<Object[]> ordered = distinct.stream().map(byId::get).filter(r -> r != null).toList();
                    return views(s, ordered);
                }));
    }

    /** The cross-story event of each of the article's events, keyed by the article's event id. */
    @WithSession
    public Uni<Map<String, String>> clustersOfArticle(String articleId) {
        return Panache.getSession().flatMap(s -> s.createNativeQuery(
                        "select id, cluster_id from article_event where article_id = ?1 order by id", Object[].class)
                .setParameter(1, articleId).getResultList())
                .map(rows -> {
                    Map<String, String> out = new LinkedHashMap<>();
                    rows.forEach(r -> out.put((String) r[0], (String) r[1]));
                    return out;
                });
    }

    private static Uni<List<EventView>> views(Mutiny.Session s, List<Object[]> rows) {
        if (rows.isEmpty()) {
            return Uni.createFrom().item(List.of());
        }
        List<String> ids = rows.stream().map(r -> (String) r[0]).toList();
        Set<String> entityIds = new LinkedHashSet<>();
        for (Object[] r : rows) {
            if (r[4] != null) {
                entityIds.add((String) r[4]);
            }
            if (r[5] != null) {
                entityIds.add((String) r[5]);
            }
            entityIds.addAll(MergeRule.participants((String) r[6]));
        }
        // each source with what its own article says about the contact: status, date, initiator
        Uni<List<Object[]>> sources = s.createNativeQuery("""
                        select e.cluster_id, e.article_id, e.id, a.title, a.source, a.url, a.published_at,
                               e.status, e.event_date, e.initiator_id
                        from article_event e join article_analysis a on a.article_id = e.article_id
                        where e.cluster_id in (?1)
                        order by a.published_date nulls last, a.published_at nulls last, a.stored_at, e.id""", Object[].class)
                .setParameter(1, ids).getResultList();
        return sources.flatMap(src -> {
            for (Object[] r : src) {
                if (r[9] != null) {
                    entityIds.add((String) r[9]);
                }
            }
            Uni<List<Object[]>> entities = entityIds.isEmpty() ? Uni.createFrom().item(List.of())
                    : s.createNativeQuery("select id, canonical_name, type, wikidata_id from entity where id in (?1)", Object[].class)
                    .setParameter(1, List.copyOf(entityIds)).getResultList();
            return entities.map(ents -> views(rows, src, ents));
        });
    }

    private static List<EventView> views(List<Object[]> rows, List<Object[]> src, List<Object[]> ents) {
        Map<String, Entity> byId = new HashMap<>();
        for (Object[] e : ents) {
            byId.put((String) e[0], Entity.newBuilder().setId((String) e[0]).setCanonicalName(nz(e[1]))
                    .setType(entityType((String) e[2])).setWikidataId(nz(e[3])).build());
        }
        Map<String, List<EventSource>> byCluster = new HashMap<>();
        for (Object[] r : src) {
            var source = EventSource.newBuilder().setArticleId((String) r[1]).setArticleEventId((String) r[2])
                    .setTitle(nz(r[3])).setSource(nz(r[4])).setUrl(nz(r[5])).setPublishedAt(nz(r[6]))
                    .setStatus(eventStatus((String) r[7])).setDate(nz(r[8]));
            if (r[9] != null) {
                source.setInitiator(entity(byId, (String) r[9]));
            }
            byCluster.computeIfAbsent((String) r[0], k -> new ArrayList<>()).add(source.build());
        }
        List<EventView> out = new ArrayList<>();
        for (Object[] r : rows) {
            var b = EventView.newBuilder().setId((String) r[0]).setType((String) r[1])
                    .setStatus(eventStatus((String) r[2])).setDate(nz(r[3])).setFirstReportedAt(nz(r[7]))
                    .addAllSources(byCluster.getOrDefault((String) r[0], List.of()));
            if (r[4] != null) {
                b.setLocation(entity(byId, (String) r[4]));
            }
            if (r[5] != null) {
                b.setInitiator(entity(byId, (String) r[5]));
            }
            for (String p : MergeRule.participants((String) r[6])) {
                b.addParticipants(entity(byId, p));
            }
            out.add(b.build());
        }
        return out;
    }

    /** Known details, or the bare id when the entity table has none (an id the analysis did not describe). */
    private static Entity entity(Map<String, Entity> byId, String id) {
        return byId.getOrDefault(id, Entity.newBuilder().setId(id).build());
    }

    private static EntityType entityType(String s) {
        try {
            return s == null ? EntityType.ENTITY_TYPE_UNSPECIFIED : EntityType.valueOf(s);
        } catch (IllegalArgumentException e) {
            return EntityType.ENTITY_TYPE_UNSPECIFIED;
        }
    }

    private static EventStatus eventStatus(String s) {
        try {
            return EventStatus.valueOf(s);
        } catch (IllegalArgumentException | NullPointerException e) {
            return EventStatus.EVENT_STATUS_UNSPECIFIED;
        }
    }

    private static String nz(Object o) {
        return o == null ? "" : o.toString();
    }
}
