package org.newsint.gateway.graphql;

import io.smallrye.mutiny.Uni;
import org.eclipse.microprofile.graphql.DefaultValue;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.eclipse.microprofile.graphql.Source;
import org.newsint.gateway.clients.GrpcErrors;
import org.newsint.gateway.clients.QueryClient;
import org.newsint.gateway.model.Article;
import org.newsint.gateway.model.Event;
import org.newsint.gateway.model.EventConnection;
import org.newsint.gateway.model.EventSource;
import org.newsint.proto.query.v1.ListEventsRequest;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Contacts across stories (query-svc's ListEvents/GetEvent/GetEvents) and the fields that link events, sources and
 * articles.
 */
@GraphQLApi
public class EventGraphQLApi {

    private final QueryClient query;
    private final ArticleLookup articles;

    public EventGraphQLApi(QueryClient query, ArticleLookup articles) {
        this.query = query;
        this.articles = articles;
    }

    @Query
    @Description("Diplomatic contacts across stories, newest first (by event date, then id), one page at a time; follow "
            + "endCursor with 'after'. The same contact reported by several articles is one event with several sources. "
            + "Filters combine with AND.")
    public Uni<@NonNull EventConnection> events(
            @DefaultValue("20") @Description("Page size, 1 to 500.") int first,
            @Description("endCursor of the previous page.") String after,
            @Description("Only events in which every one of these entities takes part.") List<String> participantIds,
            @Description("PHONE_CALL, VIDEO_CALL, MEETING, TALKS or VISIT.") String type,
            @Description("HAPPENED, PLANNED or NEGATED.") String status,
            @Description("YYYY-MM-DD, inclusive; only events with a known date.") String dateFrom,
            @Description("YYYY-MM-DD, inclusive; only events with a known date.") String dateTo,
            @Id @Description("Only events initiated by this entity.") String initiatorId) {
        Args.pageSize(first);
        LocalDate from = Args.date("dateFrom", dateFrom);
        LocalDate to = Args.date("dateTo", dateTo);
        Args.range("dateFrom", from, "dateTo", to);
        var request = ListEventsRequest.newBuilder().setFirst(first);
        if (after != null && !after.isEmpty()) {
            request.setAfter(after);
        }
        if (participantIds != null) {
            for (String id : participantIds) {
                if (id == null) {
                    throw Args.bad("participantIds must not contain null");
                }
                request.addParticipantIds(Args.id("participantIds", id));
            }
        }
        String t = Args.type(type);
        if (t != null) {
            request.setType(t);
        }
        String s = Args.status(status);
        if (s != null) {
            request.setStatus(s);
        }
        if (from != null) {
            request.setDateFrom(from.toString());
        }
        if (to != null) {
            request.setDateTo(to.toString());
        }
        if (Args.id("initiatorId", initiatorId) != null) {
            request.setInitiatorId(initiatorId);
        }
        return query.events(request.build()).map(ArticleMapper::toEventConnection)
                .onFailure().transform(GrpcErrors::forClient);
    }

    @Query
    @Description("One contact across stories with all the articles that report it; null when the id is unknown.")
    public Uni<Event> event(@NonNull @Id @Name("id") String id) {
        return query.event(Args.id("id", id)).map(v -> v == null ? null : ArticleMapper.toEvent(v))
                .onFailure().transform(GrpcErrors::forClient);
    }

    @Name("sources")
    @NonNull
    @Description("The articles that report this event, oldest report first.")
    public Uni<List<@NonNull List<@NonNull EventSource>>> sources(@Source List<Event> events) {
        return resolveSources(events);
    }

    @Name("sourceCount")
    @NonNull
    @Description("How many articles report this event.")
    public Uni<List<@NonNull Integer>> sourceCount(@Source List<Event> events) {
        return resolveSources(events).map(lists -> lists.stream().map(List::size).toList());
    }

    @Name("article")
    @Description("The reporting article with its analysis; null when it is no longer known.")
    public Uni<List<Article>> article(@Source List<EventSource> sources) {
        // One lookup per distinct article, all at once.
        Map<String, Uni<Article>> byId = new LinkedHashMap<>();
        for (EventSource s : sources) {
            byId.computeIfAbsent(s.articleId(), id -> articles.byId(id).memoize().indefinitely());
        }
        List<Uni<Article>> each = sources.stream().map(s -> byId.get(s.articleId())).toList();
        return all(each);
    }

    /**
     * The sources of a batch of events: events read through ListEvents/GetEvent carry them; the cross-story events of an
     * article's events are looked up together, in one GetEvents call for the whole batch, memoised on each event for
     * this request (so 'sources' and 'sourceCount' together cost one call), and an event falls back to its article
     * itself when it is not grouped across stories (yet).
     */
    private Uni<List<List<EventSource>>> resolveSources(List<Event> events) {
        Set<String> pending = new LinkedHashSet<>();
        for (Event e : events) {
            if (e.sourcesSlot() != null && e.sourcesSlot().pending() != null) {
                pending.add(e.sourcesSlot().pending());
            }
        }
        if (!pending.isEmpty()) {
            Uni<Map<String, List<EventSource>>> found = query.eventsById(List.copyOf(pending)).map(views -> {
                Map<String, List<EventSource>> byId = new HashMap<>();
                views.forEach(v -> byId.put(v.getId(), ArticleMapper.toSources(v)));
                return byId;
            }).memoize().indefinitely();
            for (Event e : events) {
                String cluster = e.sourcesSlot() == null ? null : e.sourcesSlot().pending();
                if (cluster != null) {
                    e.sourcesSlot().start(found.map(byId -> byId.get(cluster)));
                }
            }
        }
        List<Uni<List<EventSource>>> each = new ArrayList<>(events.size());
        for (Event e : events) {
            each.add(e.sourcesSlot() == null ? Uni.createFrom().item(List.of()) : e.sourcesSlot().sources());
        }
        return all(each).onFailure().transform(GrpcErrors::forClient);
    }

    private static <T> Uni<List<T>> all(List<Uni<T>> each) {
        if (each.isEmpty()) {
            return Uni.createFrom().item(List.of());
        }
        return Uni.join().all(each).andFailFast();
    }
}
