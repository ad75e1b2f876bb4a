package org.newsint.gateway.clients;

import io.quarkus.grpc.GrpcClient;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.newsint.proto.query.v1.ArticlePage;
import org.newsint.proto.query.v1.ArticleView;
import org.newsint.proto.query.v1.EventList;
import org.newsint.proto.query.v1.EventPage;
import org.newsint.proto.query.v1.EventView;
import org.newsint.proto.query.v1.GetEventRequest;
import org.newsint.proto.query.v1.GetEventsRequest;
import org.newsint.proto.query.v1.ListEventsRequest;
import org.newsint.proto.query.v1.GetArticleRequest;
import org.newsint.proto.query.v1.ListArticlesRequest;
import org.newsint.proto.query.v1.MutinyQueryGrpc;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** The gateway's only door to query-svc (reads only). */
@ApplicationScoped
public class QueryClient {

    /** Most event ids query-svc answers in one GetEvents call (its largest page). */
    static final int MAX_EVENT_IDS = 500;

    private final MutinyQueryGrpc.MutinyQueryStub stub;
    private final Duration deadline;

    public QueryClient(@GrpcClient("query") MutinyQueryGrpc.MutinyQueryStub stub,
                       @ConfigProperty(name = "newsint.gateway.read-deadline") Duration deadline) {
        this.stub = stub;
        this.deadline = deadline;
    }

    /** The stored analysis, or null when none is stored yet. */
    @Retry(maxRetries = 2, delay = 200, retryOn = GrpcErrors.Unavailable.class)
    @CircuitBreaker(requestVolumeThreshold = 20, failureRatio = 0.5, delay = 5000, skipOn = GrpcErrors.ClientError.class)
    public Uni<ArticleView> article(String articleId) {
        return stub.withDeadlineAfter(deadline.toMillis(), TimeUnit.MILLISECONDS)
                .getArticle(GetArticleRequest.newBuilder().setArticleId(articleId).build())
                .onFailure(GrpcErrors::isNotFound).recoverWithNull()
                .onFailure().transform(GrpcErrors::translate);
    }

    @Retry(maxRetries = 2, delay = 200, retryOn = GrpcErrors.Unavailable.class)
    @CircuitBreaker(requestVolumeThreshold = 20, failureRatio = 0.5, delay = 5000, skipOn = GrpcErrors.ClientError.class)
    public Uni<ArticlePage> list(ListArticlesRequest request) {
        return stub.withDeadlineAfter(deadline.toMillis(), TimeUnit.MILLISECONDS).listArticles(request)
                .onFailure().transform(GrpcErrors::translate);
    }

    /** Contacts across stories, one page. */
    @Retry(maxRetries = 2, delay = 200, retryOn = GrpcErrors.Unavailable.class)
    @CircuitBreaker(requestVolumeThreshold = 20, failureRatio = 0.5, delay = 5000, skipOn = GrpcErrors.ClientError.class)
    public Uni<EventPage> events(ListEventsRequest request) {
        return stub.withDeadlineAfter(deadline.toMillis(), TimeUnit.MILLISECONDS).listEvents(request)
                .onFailure().transform(GrpcErrors::translate);
    }

    /**
     * Events across stories by id, those that exist, in the order asked: one GetEvents call (one per 500 ids), however
     * many ids.
     */
    @Retry(maxRetries = 2, delay = 200, retryOn = GrpcErrors.Unavailable.class)
    @CircuitBreaker(requestVolumeThreshold = 20, failureRatio = 0.5, delay = 5000, skipOn = GrpcErrors.ClientError.class)
    public Uni<List<EventView>> eventsById(List<String> eventIds) {
        List<Uni<List<EventView>>> calls = new ArrayList<>();
        for (int from = 0; from < eventIds.size(); from += MAX_EVENT_IDS) {
            List<String> chunk = eventIds.subList(from, Math.min(eventIds.size(), from + MAX_EVENT_IDS));
            calls.add(stub.withDeadlineAfter(deadline.toMillis(), TimeUnit.MILLISECONDS)
                    .getEvents(GetEventsRequest.newBuilder().addAllEventIds(chunk).build())
                    .map(EventList::getItemsList));
        }
        if (calls.isEmpty()) {
            return Uni.createFrom().item(List.of());
        }
        Uni<List<EventView>> all = calls.size() == 1 ? calls.get(0) : Uni.join().all(calls).andFailFast()
                .map(lists -> lists.stream().flatMap(List::stream).toList());
        return all.onFailure().transform(GrpcErrors::translate);
    }

    /** One event across stories, or null when there is none with this id. */
    @Retry(maxRetries = 2, delay = 200, retryOn = GrpcErrors.Unavailable.class)
    @CircuitBreaker(requestVolumeThreshold = 20, failureRatio = 0.5, delay = 5000, skipOn = GrpcErrors.ClientError.class)
    public Uni<EventView> event(String eventId) {
        return stub.withDeadlineAfter(deadline.toMillis(), TimeUnit.MILLISECONDS)
                .getEvent(GetEventRequest.newBuilder().setEventId(eventId).build())
                .onFailure(GrpcErrors::isNotFound).recoverWithNull()
                .onFailure().transform(GrpcErrors::translate);
    }
}
