package org.newsint.gateway;

import io.grpc.Metadata;
import io.grpc.Server;
import io.grpc.ServerCall;
import io.grpc.ServerCallHandler;
import io.grpc.ServerInterceptor;
import io.grpc.Status;
import io.grpc.netty.NettyServerBuilder;
import io.grpc.stub.StreamObserver;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import org.newsint.proto.ingest.v1.ArticleState;
import org.newsint.proto.ingest.v1.GetArticleStateRequest;
import org.newsint.proto.ingest.v1.IngestionGrpc;
import org.newsint.proto.ingest.v1.ProcessingState;
import org.newsint.proto.nlp.v1.Analysis;
import org.newsint.proto.nlp.v1.DateExpression;
import org.newsint.proto.nlp.v1.Entity;
import org.newsint.proto.nlp.v1.EntityMentions;
import org.newsint.proto.nlp.v1.EntityType;
import org.newsint.proto.nlp.v1.Event;
import org.newsint.proto.nlp.v1.EventStatus;
import org.newsint.proto.nlp.v1.Mention;
import org.newsint.proto.nlp.v1.Position;
import org.newsint.proto.nlp.v1.Quote;
import org.newsint.proto.nlp.v1.Sentence;
import org.newsint.proto.nlp.v1.Span;
import org.newsint.proto.query.v1.ArticleMeta;
import org.newsint.proto.query.v1.ArticleView;
import org.newsint.proto.query.v1.EventList;
import org.newsint.proto.query.v1.EventPage;
import org.newsint.proto.query.v1.EventSource;
import org.newsint.proto.query.v1.EventView;
import org.newsint.proto.query.v1.GetArticleRequest;
import org.newsint.proto.query.v1.GetEventRequest;
import org.newsint.proto.query.v1.GetEventsRequest;
import org.newsint.proto.query.v1.ListEventsRequest;
import org.newsint.proto.query.v1.QueryGrpc;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * ingest-svc and query-svc as a real gRPC server on a free loopback port with canned answers: the gateway talks to it
 * over its ordinary gRPC clients (deadlines, retries and error mapping included).
 */
public class FakeBackends implements QuarkusTestResourceLifecycleManager {

    static final String ARTICLE = "art-lavrov";
    static final String OTHER_ARTICLE = "art-other";
    /** An article with many events in several cross-story events. */
    static final String BUSY_ARTICLE = "art-busy";
    static final String CLUSTER = "evt-lavrov-blinken-0212";
    static final String S1 = "أجرى وزير الخارجية الروسي سيرغي لافروف اتصالا هاتفيا مع نظيره الأميركي أنتوني بلينكن أمس.";
    static final String S2 = "وقال لافروف: «لا نريد الحرب».";
    static final String S3 = "وأكد بلينكن أن واشنطن مستعدة للحوار.";
    static final String S4 = "واتهم لافروف الولايات المتحدة بتجاهل مخاوف روسيا، وسيلتقيان العام المقبل.";
    static final String TEXT = S1 + " " + S2 + "\n\n" + S3 + " " + S4;

    /** GetEvent calls per event id (the fake runs in the test's JVM). */
    static final Map<String, AtomicInteger> GET_EVENT_CALLS = new ConcurrentHashMap<>();
    /** Calls per gRPC method ("GetArticleState", "GetArticle", "GetEvent", "GetEvents", …), whatever the service. */
    static final Map<String, AtomicInteger> CALLS = new ConcurrentHashMap<>();

    static final Entity LAVROV = entity("sergey-lavrov", "Sergey Lavrov", EntityType.PERSON, "Q150851");
    static final Entity BLINKEN = entity("antony-blinken", "Antony Blinken", EntityType.PERSON, "Q7256");
    static final Entity USA = entity("united-states", "United States", EntityType.LOC, "Q30");
    static final Entity GENEVA = entity("geneva", "Geneva", EntityType.LOC, "Q71");

    private Server server;

    @Override
    public Map<String, String> start() {
        try {
            server = NettyServerBuilder.forAddress(new InetSocketAddress("127.0.0.1", 0))
                    .addService(new Ingestion()).addService(new Query()).intercept(new ServerInterceptor() {
                        @Override
                        public <Q, A> ServerCall.Listener<Q> interceptCall(ServerCall<Q, A> call, Metadata headers,
                                                                           ServerCallHandler<Q, A> next) {
                            CALLS.computeIfAbsent(call.getMethodDescriptor().getBareMethodName(), k -> new AtomicInteger())
                                    .incrementAndGet();
                            return next.startCall(call, headers);
                        }
                    }).build().start();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        String port = Integer.toString(server.getPort());
        return Map.of("quarkus.grpc.clients.ingest.host", "127.0.0.1", "quarkus.grpc.clients.ingest.test-port", port,
                "quarkus.grpc.clients.query.host", "127.0.0.1", "quarkus.grpc.clients.query.test-port", port);
    }

    @Override
    public void stop() {
        if (server != null) {
            server.shutdownNow();
        }
    }

    static final class Ingestion extends IngestionGrpc.IngestionImplBase {
        @Override
        public void getArticleState(GetArticleStateRequest request, StreamObserver<ArticleState> out) {
            String id = request.getArticleId();
            if (!id.equals(ARTICLE) && !id.equals(OTHER_ARTICLE) && !id.equals(BUSY_ARTICLE)) {
                out.onError(Status.NOT_FOUND.withDescription("no article " + id).asRuntimeException());
                return;
            }
            out.onNext(ArticleState.newBuilder().setArticleId(id).setState(ProcessingState.DONE).build());
            out.onCompleted();
        }
    }

    static final class Query extends QueryGrpc.QueryImplBase {
        @Override
        public void getArticle(GetArticleRequest request, StreamObserver<ArticleView> out) {
            switch (request.getArticleId()) {
                case ARTICLE -> out.onNext(lavrovArticle());
                case OTHER_ARTICLE -> out.onNext(otherArticle());
                case BUSY_ARTICLE -> out.onNext(busyArticle());
                default -> {
                    out.onError(Status.NOT_FOUND.asRuntimeException());
                    return;
                }
            }
            out.onCompleted();
        }

        @Override
        public void getEvent(GetEventRequest request, StreamObserver<EventView> out) {
            String id = request.getEventId();
            GET_EVENT_CALLS.computeIfAbsent(id, k -> new AtomicInteger()).incrementAndGet();
            if (id.equals("evt-down")) {
                out.onError(Status.UNAVAILABLE.withDescription("database is down").asRuntimeException());
                return;
            }
            EventView v = allEvents().stream().filter(e -> e.getId().equals(id)).findFirst().orElse(null);
            if (v == null) {
                out.onError(Status.NOT_FOUND.withDescription("no event " + id).asRuntimeException());
                return;
            }
            out.onNext(v);
            out.onCompleted();
        }

        @Override
        public void getEvents(GetEventsRequest request, StreamObserver<EventList> out) {
            if (request.getEventIdsList().contains("evt-down")) {
                out.onError(Status.UNAVAILABLE.withDescription("database is down").asRuntimeException());
                return;
            }
            // as query-svc answers: the events found, in the order asked, each once
            List<EventView> found = request.getEventIdsList().stream().distinct()
                    .flatMap(id -> allEvents().stream().filter(e -> e.getId().equals(id))).toList();
            out.onNext(EventList.newBuilder().addAllItems(found).build());
            out.onCompleted();
        }

        @Override
        public void listEvents(ListEventsRequest r, StreamObserver<EventPage> out) {
            if (r.getParticipantIdsList().contains("down")) {
                out.onError(Status.UNAVAILABLE.withDescription("database is down").asRuntimeException());
                return;
            }
            List<EventView> all = allEvents();
            if (!r.getParticipantIdsList().isEmpty()) {
                // Answers only the question the README asks, to show that the filters arrive as given.
                boolean lavrovInFebruary = r.getParticipantIdsList().equals(List.of("sergey-lavrov"))
                        && r.getDateFrom().equals("2022-02-01") && r.getDateTo().equals("2022-02-28")
                        && r.getType().isEmpty() && r.getStatus().isEmpty() && r.getInitiatorId().isEmpty();
                all = lavrovInFebruary ? all.subList(0, 1) : List.of();
            } else if (!r.getStatus().isEmpty() || !r.getType().isEmpty() || !r.getInitiatorId().isEmpty()) {
                all = all.stream().filter(e -> (r.getStatus().isEmpty() || e.getStatus().name().equals(r.getStatus()))
                        && (r.getType().isEmpty() || e.getType().equals(r.getType()))
                        && (r.getInitiatorId().isEmpty() || e.getInitiator().getId().equals(r.getInitiatorId()))).toList();
            }
            int start = 0;
            if (!r.getAfter().isEmpty()) {
                if (!r.getAfter().startsWith("cursor:")) {
                    out.onError(Status.INVALID_ARGUMENT.withDescription("after: not a cursor of this listing").asRuntimeException());
                    return;
                }
                start = Integer.parseInt(r.getAfter().substring("cursor:".length()));
            }
            int first = r.getFirst() == 0 ? 20 : r.getFirst();
            int end = Math.min(all.size(), start + first);
            out.onNext(EventPage.newBuilder().addAllItems(all.subList(start, end))
                    .setEndCursor(end > start ? "cursor:" + end : "").setHasNextPage(end < all.size())
                    .setTotalCount(all.size()).build());
            out.onCompleted();
        }
    }

    static List<EventView> allEvents() {
        EventView call = EventView.newBuilder().setId(CLUSTER).setType("PHONE_CALL").setStatus(EventStatus.HAPPENED)
                .setDate("2022-02-12").addParticipants(LAVROV).addParticipants(BLINKEN).setInitiator(LAVROV)
                .addSources(EventSource.newBuilder().setArticleId(ARTICLE).setArticleEventId("ev-1")
                        .setTitle("لافروف وبلينكن يبحثان الأزمة").setSource("Sputnik Arabic")
                        .setUrl("https://example.org/1").setPublishedAt("2022-02-13")
                        .setStatus(EventStatus.HAPPENED).setDate("2022-02-12").setInitiator(LAVROV))
                // the other article tells the call without a date or initiator
                .addSources(EventSource.newBuilder().setArticleId(OTHER_ARTICLE).setArticleEventId("ev-7")
                        .setTitle("اتصال روسي أميركي").setSource("RT Arabic").setPublishedAt("2022-02-13")
                        .setStatus(EventStatus.HAPPENED))
                .setFirstReportedAt("2022-02-13T08:00:00Z").build();
        EventView meeting = EventView.newBuilder().setId("evt-geneva-0121").setType("MEETING").setStatus(EventStatus.HAPPENED)
                .setDate("2022-01-21").setLocation(GENEVA).addParticipants(LAVROV).addParticipants(BLINKEN)
                .addSources(EventSource.newBuilder().setArticleId(OTHER_ARTICLE).setArticleEventId("ev-8")
                        .setTitle("اتصال روسي أميركي").setSource("RT Arabic").setPublishedAt("2022-02-13")
                        .setStatus(EventStatus.HAPPENED).setDate("2022-01-21"))
                .build();
        EventView planned = EventView.newBuilder().setId("evt-planned").setType("TALKS").setStatus(EventStatus.PLANNED)
                .addParticipants(LAVROV).addParticipants(USA)
                .addSources(EventSource.newBuilder().setArticleId("art-gone").setArticleEventId("ev-1")
                        .setTitle("old").setPublishedAt("2021-12-01").setStatus(EventStatus.PLANNED))
                .build();
        return List.of(call, meeting, planned);
    }

    static ArticleView lavrovArticle() {
        Analysis a = Analysis.newBuilder().setArticleId(ARTICLE).setCleanText(TEXT)
                .addSentences(sentence(S1)).addSentences(sentence(S2)).addSentences(sentence(S3)).addSentences(sentence(S4))
                .addEntities(EntityMentions.newBuilder().setEntity(LAVROV)
                        .addMentions(Mention.newBuilder().setSpan(span("سيرغي لافروف")).setText("سيرغي لافروف")))
                .addEntities(EntityMentions.newBuilder().setEntity(BLINKEN)
                        .addMentions(Mention.newBuilder().setSpan(span("أنتوني بلينكن")).setText("أنتوني بلينكن")))
                .addEvents(Event.newBuilder().setId("ev-1").setType("PHONE_CALL").setStatus(EventStatus.HAPPENED)
                        .setDate("2022-02-12").addParticipantEntityIds(LAVROV.getId())
                        .addParticipantEntityIds(BLINKEN.getId()).setInitiatorEntityId(LAVROV.getId()).addEvidence(span(S1)))
                .addEvents(Event.newBuilder().setId("ev-2").setType("MEETING").setStatus(EventStatus.PLANNED)
                        .addParticipantEntityIds(LAVROV.getId()).addParticipantEntityIds(BLINKEN.getId())
                        .addEvidence(span(S4)))
                .addEvents(Event.newBuilder().setId("ev-3").setType("PHONE_CALL").setStatus(EventStatus.HAPPENED)
                        .addParticipantEntityIds(LAVROV.getId()).addParticipantEntityIds(BLINKEN.getId()))
                .addQuotes(Quote.newBuilder().setSpeakerEntityId(LAVROV.getId()).setText("لا نريد الحرب")
                        .setSpan(span("لا نريد الحرب")))
                .addQuotes(Quote.newBuilder().setSpeakerEntityId(BLINKEN.getId()).setText("واشنطن مستعدة للحوار")
                        .setSpan(span("واشنطن مستعدة للحوار")).setIndirect(true))
                .addPositions(Position.newBuilder().setType("ACCUSE").setSourceEntityId(LAVROV.getId())
                        .setTargetEntityId(USA.getId()).setEvidence(span(S4)).setCue("اتهم"))
                .addPositions(Position.newBuilder().setType("SUPPORT").setSourceEntityId(BLINKEN.getId())
                        .setEvidence(span(S3)).setCue("مستعدة"))
                .addDates(DateExpression.newBuilder().setSpan(span("أمس")).setText("أمس").setValue("2022-02-12")
                        .setPrecision("DAY").setRelative(true))
                .addDates(DateExpression.newBuilder().setSpan(span("العام المقبل")).setText("العام المقبل")
                        .setPrecision("YEAR").setRelative(true))
                .build();
        return ArticleView.newBuilder()
                .setArticle(ArticleMeta.newBuilder().setArticleId(ARTICLE).setTitle("لافروف وبلينكن يبحثان الأزمة")
                        .setSource("Sputnik Arabic").setUrl("https://example.org/1").setPublishedAt("2022-02-13"))
                .setAnalysis(a).addEntities(LAVROV).addEntities(BLINKEN).addEntities(USA)
                .putEventClusters("ev-1", CLUSTER).putEventClusters("ev-3", CLUSTER)
                .build();
    }

    static ArticleView otherArticle() {
        String text = "بحث لافروف وبلينكن الأزمة هاتفيا.";
        return ArticleView.newBuilder()
                .setArticle(ArticleMeta.newBuilder().setArticleId(OTHER_ARTICLE).setTitle("اتصال روسي أميركي")
                        .setSource("RT Arabic").setPublishedAt("2022-02-13"))
                .setAnalysis(Analysis.newBuilder().setArticleId(OTHER_ARTICLE).setCleanText(text)
                        .addEvents(Event.newBuilder().setId("ev-7").setType("PHONE_CALL").setStatus(EventStatus.HAPPENED)
                                .addParticipantEntityIds(LAVROV.getId()).addParticipantEntityIds(BLINKEN.getId())))
                .addEntities(LAVROV).addEntities(BLINKEN).putEventClusters("ev-7", CLUSTER)
                .build();
    }

    /**
     * Six events: two of {@link #CLUSTER}, one each of the two other cross-story events, one of a cross-story event
     * query-svc no longer knows, and one not grouped across stories.
     */
    static ArticleView busyArticle() {
        String text = "اتصالات ولقاءات كثيرة بين لافروف وبلينكن.";
        Analysis.Builder a = Analysis.newBuilder().setArticleId(BUSY_ARTICLE).setCleanText(text);
        String[][] events = {{"ev-b1", CLUSTER}, {"ev-b2", "evt-geneva-0121"}, {"ev-b3", "evt-planned"},
                {"ev-b4", CLUSTER}, {"ev-b5", "evt-vanished"}, {"ev-b6", null}};
        ArticleView.Builder v = ArticleView.newBuilder()
                .setArticle(ArticleMeta.newBuilder().setArticleId(BUSY_ARTICLE).setTitle("أسبوع من الاتصالات")
                        .setSource("Anadolu").setPublishedAt("2022-02-20"))
                .addEntities(LAVROV).addEntities(BLINKEN);
        for (String[] e : events) {
            a.addEvents(Event.newBuilder().setId(e[0]).setType("PHONE_CALL").setStatus(EventStatus.NEGATED)
                    .setDate("2022-02").addParticipantEntityIds(LAVROV.getId()).addParticipantEntityIds(BLINKEN.getId())
                    .setInitiatorEntityId(BLINKEN.getId()));
            if (e[1] != null) {
                v.putEventClusters(e[0], e[1]);
            }
        }
        return v.setAnalysis(a).build();
    }

    private static Sentence sentence(String s) {
        return Sentence.newBuilder().setSpan(span(s)).build();
    }

    private static Span span(String part) {
        int at = TEXT.indexOf(part);
        if (at < 0) {
            throw new IllegalArgumentException(part);
        }
        return Span.newBuilder().setStart(at).setEnd(at + part.length()).build();
    }

    private static Entity entity(String id, String name, EntityType type, String wikidata) {
        return Entity.newBuilder().setId(id).setCanonicalName(name).setType(type).setWikidataId(wikidata).build();
    }
}
