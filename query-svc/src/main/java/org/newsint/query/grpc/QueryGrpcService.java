package org.newsint.query.grpc;

import com.google.protobuf.InvalidProtocolBufferException;
import io.grpc.Status;
import io.quarkus.grpc.GrpcService;
import io.quarkus.logging.Log;
import io.smallrye.mutiny.Uni;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.newsint.proto.nlp.v1.Analysis;
import org.newsint.proto.nlp.v1.Entity;
import org.newsint.proto.query.v1.ArticleMeta;
import org.newsint.proto.query.v1.ArticlePage;
import org.newsint.proto.query.v1.ArticleSummary;
import org.newsint.proto.query.v1.ArticleView;
import org.newsint.proto.query.v1.EventList;
import org.newsint.proto.query.v1.EventPage;
import org.newsint.proto.query.v1.EventView;
import org.newsint.proto.query.v1.GetArticleRequest;
import org.newsint.proto.query.v1.GetEventRequest;
import org.newsint.proto.query.v1.GetEventsRequest;
import org.newsint.proto.query.v1.ListEventsRequest;
import org.newsint.proto.query.v1.ListArticlesRequest;
import org.newsint.proto.query.v1.Query;
import org.newsint.proto.query.v1.StoreAnalysisRequest;
import org.newsint.proto.query.v1.StoreAnalysisResponse;
import org.newsint.query.analysis.AnalysisStore;
import org.newsint.query.analysis.ArticleAnalysisEntity;
import org.newsint.query.analysis.ArticleListing;
import org.newsint.query.events.EventListing;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

@GrpcService
public class QueryGrpcService implements Query {

    private final AnalysisStore store;
    private final ArticleListing listing;
    private final EventListing events;
    private final int defaultPageSize;
    private final int maxPageSize;

    public QueryGrpcService(AnalysisStore store, ArticleListing listing, EventListing events,
                            @ConfigProperty(name = "newsint.query.page.default-size") int defaultPageSize,
                            @ConfigProperty(name = "newsint.query.page.max-size") int maxPageSize) {
        this.store = store;
        this.listing = listing;
        this.events = events;
        this.defaultPageSize = defaultPageSize;
        this.maxPageSize = maxPageSize;
    }

    @Override
    public Uni<StoreAnalysisResponse> storeAnalysis(StoreAnalysisRequest request) {
        if (request.getArticle().getArticleId().isBlank() || !request.hasAnalysis()) {
            return Uni.createFrom().failure(Status.INVALID_ARGUMENT
                    .withDescription("StoreAnalysis needs article.article_id and an analysis").asRuntimeException());
        }
        if (request.getArticle().getContentHash().isBlank()) {
            return Uni.createFrom().failure(Status.INVALID_ARGUMENT
                    .withDescription("StoreAnalysis needs article.content_hash to tell versions apart").asRuntimeException());
        }
        return store.store(request.getArticle(), request.getAnalysis())
                .invoke(s -> Log.infof("stored analysis article=%s changed=%s", request.getArticle().getArticleId(), s.changed()))
                .map(s -> StoreAnalysisResponse.newBuilder().setStored(s.changed())
                        .setNearDuplicateOf(s.nearDuplicateOf() == null ? "" : s.nearDuplicateOf()).build());
    }

    @Override
    public Uni<ArticleView> getArticle(GetArticleRequest request) {
        return store.find(request.getArticleId()).flatMap(e -> {
            if (e == null) {
                throw Status.NOT_FOUND.withDescription("no analysis stored for article " + request.getArticleId())
                        .asRuntimeException();
            }
            ArticleView view = toView(e);
            return events.clustersOfArticle(e.articleId)
                    .map(clusters -> view.toBuilder().putAllEventClusters(clusters).build());
        });
    }

    @Override
    public Uni<EventPage> listEvents(ListEventsRequest request) {
        String pageProblem = pageProblem(request.getFirst(), "end_cursor");
        if (pageProblem != null) {
            return invalid(pageProblem);
        }
        int first = pageSize(request.getFirst());
        EventListing.Filter filter;
        try {
            String status = blankToNull(request.getStatus());
            if (status != null && !EVENT_STATUSES.contains(status)) {
                throw new ArticleListing.BadRequest("status '" + status + "' is not one of " + String.join(", ", EVENT_STATUSES));
            }
            LocalDate from = date(request.getDateFrom(), "date_from");
            LocalDate to = date(request.getDateTo(), "date_to");
            if (from != null && to != null && from.isAfter(to)) {
                throw new ArticleListing.BadRequest("date_from " + from + " is after date_to " + to);
            }
            filter = new EventListing.Filter(
                    request.getParticipantIdsList().stream().filter(p -> !p.isBlank()).distinct().toList(),
                    blankToNull(request.getType()), status, from, to, blankToNull(request.getInitiatorId()));
        } catch (ArticleListing.BadRequest e) {
            return invalid(e.getMessage());
        }
        return events.list(filter, first, request.getAfter())
                .map(page -> EventPage.newBuilder().addAllItems(page.items()).setEndCursor(page.endCursor())
                        .setHasNextPage(page.hasNextPage()).setTotalCount(page.totalCount()).build())
                .onFailure(ArticleListing.BadRequest.class)
                .transform(t -> Status.INVALID_ARGUMENT.withDescription(t.getMessage()).asRuntimeException());
    }

    @Override
    public Uni<EventView> getEvent(GetEventRequest request) {
        if (request.getEventId().isBlank()) {
            return invalid("GetEvent needs event_id");
        }
        return events.get(request.getEventId()).map(v -> {
            if (v == null) {
                throw Status.NOT_FOUND.withDescription("no event " + request.getEventId()).asRuntimeException();
            }
            return v;
        });
    }

    @Override
    public Uni<EventList> getEvents(GetEventsRequest request) {
        if (request.getEventIdsCount() > maxPageSize) {
            return invalid("GetEvents takes at most " + maxPageSize + " event_ids per call");
        }
        if (request.getEventIdsList().stream().anyMatch(String::isBlank)) {
            return invalid("event_ids must not contain a blank id");
        }
        return events.get(request.getEventIdsList()).map(v -> EventList.newBuilder().addAllItems(v).build());
    }

    private static final List<String> EVENT_STATUSES = List.of("HAPPENED", "PLANNED", "NEGATED");

    /** What is wrong with a requested page size («first»), or null; 0 asks for the default. */
    private String pageProblem(int first, String cursorName) {
        if (first < 0) {
            return "first must not be negative";
        }
        return pageSize(first) > maxPageSize ? "first may be at most " + maxPageSize + " per page; follow " + cursorName + " for more" : null;
    }

    private int pageSize(int first) {
        return first == 0 ? defaultPageSize : first;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    @Override
    public Uni<ArticlePage> listArticles(ListArticlesRequest request) {
        String pageProblem = pageProblem(request.getFirst(), "endCursor");
        if (pageProblem != null) {
            return invalid(pageProblem);
        }
        int first = pageSize(request.getFirst());
        ArticleListing.Filter filter;
        try {
            filter = new ArticleListing.Filter(request.getText(), request.getEntityId(),
                    date(request.getPublishedFrom(), "publishedFrom"), date(request.getPublishedTo(), "publishedTo"));
        } catch (ArticleListing.BadRequest e) {
            return invalid(e.getMessage());
        }
        return listing.list(filter, first, request.getAfter())
                .map(page -> {
                    var b = ArticlePage.newBuilder().setEndCursor(page.endCursor()).setHasNextPage(page.hasNextPage())
                            .setTotalCount(page.totalCount());
                    for (ArticleAnalysisEntity e : page.items()) {
                        b.addItems(ArticleSummary.newBuilder().setArticleId(e.articleId).setExternalId(nz(e.externalId))
                                .setTitle(nz(e.title)).setSource(nz(e.source)).setPublishedAt(nz(e.publishedAt))
                                .setStoredAt(e.storedAt.toString()));
                    }
                    return b.build();
                })
                .onFailure(ArticleListing.BadRequest.class)
                .transform(t -> Status.INVALID_ARGUMENT.withDescription(t.getMessage()).asRuntimeException());
    }

    private static <T> Uni<T> invalid(String message) {
        return Uni.createFrom().failure(Status.INVALID_ARGUMENT.withDescription(message).asRuntimeException());
    }

    private static LocalDate date(String s, String field) {
        if (s == null || s.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(s);
        } catch (DateTimeParseException e) {
            throw new ArticleListing.BadRequest(field + " '" + s + "' is not a date of the form YYYY-MM-DD");
        }
    }

    static ArticleView toView(ArticleAnalysisEntity e) {
        Analysis analysis;
        try {
            analysis = Analysis.parseFrom(e.analysis);
        } catch (InvalidProtocolBufferException ex) {
            throw Status.DATA_LOSS.withDescription("stored analysis of " + e.articleId + " is unreadable").asRuntimeException();
        }
        Map<String, Entity> entities = new LinkedHashMap<>();
        analysis.getEntitiesList().forEach(em -> entities.putIfAbsent(em.getEntity().getId(), em.getEntity()));
        return ArticleView.newBuilder()
                .setArticle(ArticleMeta.newBuilder().setArticleId(e.articleId).setExternalId(nz(e.externalId))
                        .setSource(nz(e.source)).setUrl(nz(e.url)).setPublishedAt(nz(e.publishedAt))
                        .setTitle(nz(e.title)).setContentHash(e.contentHash))
                .setAnalysis(analysis)
                .addAllEntities(entities.values())
                .setNearDuplicateOf(nz(e.nearDuplicateOf))
                .setStoredAt(e.storedAt.toString())
                .build();
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
