package org.newsint.query;

import io.grpc.ManagedChannel;
import io.grpc.ManagedChannelBuilder;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.newsint.proto.nlp.v1.Analysis;
import org.newsint.proto.nlp.v1.Entity;
import org.newsint.proto.nlp.v1.EntityMentions;
import org.newsint.proto.nlp.v1.EntityType;
import org.newsint.proto.nlp.v1.Event;
import org.newsint.proto.nlp.v1.EventStatus;
import org.newsint.proto.nlp.v1.Mention;
import org.newsint.proto.query.v1.ArticleMeta;
import org.newsint.proto.query.v1.EventList;
import org.newsint.proto.query.v1.EventPage;
import org.newsint.proto.query.v1.EventSource;
import org.newsint.proto.query.v1.EventView;
import org.newsint.proto.query.v1.GetArticleRequest;
import org.newsint.proto.query.v1.GetEventRequest;
import org.newsint.proto.query.v1.GetEventsRequest;
import org.newsint.proto.query.v1.ListEventsRequest;
import org.newsint.proto.query.v1.QueryGrpc;
import org.newsint.proto.query.v1.StoreAnalysisRequest;

import java.net.URL;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** ListEvents / GetEvent(s) and the merging of reports across stories, over a real gRPC channel and PostgreSQL. */
@QuarkusTest
class EventGrpcServiceTest {

    @TestHTTPResource
    URL url;

    private ManagedChannel channel;
    private QueryGrpc.QueryBlockingStub query;
    /** Unique per test, so that tests sharing the database never see each other's events. */
    private String run;

    @BeforeEach
    void open() {
        channel = ManagedChannelBuilder.forAddress(url.getHost(), url.getPort()).usePlaintext().build();
        query = QueryGrpc.newBlockingStub(channel).withDeadlineAfter(30, TimeUnit.SECONDS);
        run = UUID.randomUUID().toString().substring(0, 8);
    }

    @AfterEach
    void close() throws InterruptedException {
        channel.shutdownNow().awaitTermination(5, TimeUnit.SECONDS);
    }

    // ---- fixtures

    private String person(String name) {
        return "x-" + name + "-" + run;
    }

    private static Event event(String id, String type, EventStatus status, String date, List<String> participants,
                               String location, String initiator) {
        return Event.newBuilder().setId(id).setType(type).setStatus(status).setDate(date == null ? "" : date)
                .addAllParticipantEntityIds(participants).setLocationEntityId(location == null ? "" : location)
                .setInitiatorEntityId(initiator == null ? "" : initiator).build();
    }

    private static Event call(String id, String date, List<String> participants) {
        return event(id, "PHONE_CALL", EventStatus.HAPPENED, date, participants, null, null);
    }

    private StoreAnalysisRequest article(String articleId, String publishedAt, String version, Event... events) {
        return article(articleId, publishedAt, version, true, events);
    }

    private StoreAnalysisRequest article(String articleId, String publishedAt, String version, boolean withEntities,
                                         Event... events) {
        Analysis.Builder a = Analysis.newBuilder().setArticleId(articleId).setCleanText("نص " + articleId)
                .setPipelineVersion(version).addAllEvents(List.of(events));
        Set<String> ids = new LinkedHashSet<>();
        for (Event e : events) {
            ids.addAll(e.getParticipantEntityIdsList());
            if (!e.getLocationEntityId().isEmpty()) {
                ids.add(e.getLocationEntityId());
            }
        }
        for (String id : withEntities ? ids : Set.<String>of()) {
            boolean place = id.startsWith("x-place");
            a.addEntities(EntityMentions.newBuilder().setEntity(Entity.newBuilder().setId(id).setCanonicalName("Name of " + id)
                            .setType(place ? EntityType.LOC : EntityType.PERSON).setWikidataId(place ? "Q71" : ""))
                    .addMentions(Mention.newBuilder().setText("اسم")));
        }
        return StoreAnalysisRequest.newBuilder()
                .setArticle(ArticleMeta.newBuilder().setArticleId(articleId).setTitle("عنوان " + articleId)
                        .setSource("Sputnik Arabic").setUrl("https://example.org/" + articleId).setPublishedAt(publishedAt)
                        .setContentHash("hash-" + articleId + "-" + version))
                .setAnalysis(a).build();
    }

    private String store(String articleId, String publishedAt, Event... events) {
        query.storeAnalysis(article(articleId, publishedAt, "1", events));
        return articleId;
    }

    private EventPage list(ListEventsRequest.Builder r) {
        return query.listEvents(r.build());
    }

    private EventPage eventsOf(String participant) {
        return list(ListEventsRequest.newBuilder().addParticipantIds(participant).setFirst(500));
    }

    private String clusterOf(String articleId, String articleEventId) {
        return query.getArticle(GetArticleRequest.newBuilder().setArticleId(articleId).build())
                .getEventClustersOrThrow(articleEventId);
    }

    private static void assertCode(Runnable call, Status.Code code) {
        assertThatThrownBy(call::run).isInstanceOfSatisfying(StatusRuntimeException.class, e -> {
            assertThat(e.getStatus().getCode()).isEqualTo(code);
            assertThat(e.getStatus().getDescription()).isNotBlank();
        });
    }

    // ---- merging

    @Test
    void sameCallReportedOneDayApartIsOneEventWithTwoSources() {
        String lavrov = person("lavrov");
        String blinken = person("blinken");
        String geneva = "x-place-geneva-" + run;
        String a = store("art_a_" + run, "2022-02-12", call("evt_a_" + run, "2022-02-12", List.of(lavrov, blinken)));
        // the later report names the participants in the other order, adds the place and the initiator
        String b = store("art_b_" + run, "2022-02-13T09:30:00Z", event("evt_b_" + run, "PHONE_CALL", EventStatus.HAPPENED,
                "2022-02-13", List.of(blinken, lavrov), geneva, lavrov));

        EventPage page = eventsOf(lavrov);
        assertThat(page.getTotalCount()).isEqualTo(1);
        EventView ev = page.getItems(0);
        assertThat(ev.getId()).startsWith("evc_");
        assertThat(ev.getType()).isEqualTo("PHONE_CALL");
        assertThat(ev.getStatus()).isEqualTo(EventStatus.HAPPENED);
        assertThat(ev.getDate()).isEqualTo("2022-02-12");
        assertThat(ev.getFirstReportedAt()).isEqualTo("2022-02-12");
        assertThat(ev.getParticipantsList()).extracting(Entity::getId).containsExactlyInAnyOrder(lavrov, blinken);
        assertThat(ev.getParticipantsList()).extracting(Entity::getCanonicalName)
                .containsExactlyInAnyOrder("Name of " + lavrov, "Name of " + blinken);
        assertThat(ev.getLocation()).isEqualTo(Entity.newBuilder().setId(geneva).setCanonicalName("Name of " + geneva)
                .setType(EntityType.LOC).setWikidataId("Q71").build());
        assertThat(ev.getInitiator().getId()).isEqualTo(lavrov);
        assertThat(ev.getSourcesList()).extracting(EventSource::getArticleId).containsExactly(a, b);
        EventSource first = ev.getSources(0);
        assertThat(first.getArticleEventId()).isEqualTo("evt_a_" + run);
        assertThat(first.getTitle()).isEqualTo("عنوان " + a);
        assertThat(first.getSource()).isEqualTo("Sputnik Arabic");
        assertThat(first.getUrl()).isEqualTo("https://example.org/" + a);
        assertThat(first.getPublishedAt()).isEqualTo("2022-02-12");
        // each source tells what its own article says: the first names no initiator, the second dates it a day later
        assertThat(first.getStatus()).isEqualTo(EventStatus.HAPPENED);
        assertThat(first.getDate()).isEqualTo("2022-02-12");
        assertThat(first.hasInitiator()).isFalse();
        EventSource second = ev.getSources(1);
        assertThat(second.getStatus()).isEqualTo(EventStatus.HAPPENED);
        assertThat(second.getDate()).isEqualTo("2022-02-13");
        assertThat(second.getInitiator()).isEqualTo(Entity.newBuilder().setId(lavrov).setCanonicalName("Name of " + lavrov)
                .setType(EntityType.PERSON).build());

        assertThat(clusterOf(a, "evt_a_" + run)).isEqualTo(ev.getId());
        assertThat(clusterOf(b, "evt_b_" + run)).isEqualTo(ev.getId());
        assertThat(query.getEvent(GetEventRequest.newBuilder().setEventId(ev.getId()).build())).isEqualTo(ev);
    }

    @Test
    void differentParticipantsTypesOrDatesThreeDaysApartAreSeparateEvents() {
        String lavrov = person("lavrov");
        String blinken = person("blinken");
        String wang = person("wang");
        store("art_1_" + run, "2022-02-12", call("evt_1_" + run, "2022-02-12", List.of(lavrov, blinken)));
        store("art_2_" + run, "2022-02-12", call("evt_2_" + run, "2022-02-12", List.of(lavrov, wang)));
        store("art_3_" + run, "2022-02-15", call("evt_3_" + run, "2022-02-15", List.of(lavrov, blinken)));
        store("art_4_" + run, "2022-02-12", event("evt_4_" + run, "MEETING", EventStatus.HAPPENED, "2022-02-12",
                List.of(lavrov, blinken), null, null));
        // a superset of the participants is another contact
        store("art_5_" + run, "2022-02-12", call("evt_5_" + run, "2022-02-12", List.of(lavrov, blinken, wang)));

        EventPage page = eventsOf(lavrov);
        assertThat(page.getTotalCount()).isEqualTo(5);
        assertThat(page.getItemsList()).allSatisfy(e -> assertThat(e.getSourcesCount()).isEqualTo(1));
        // newest event date first
        assertThat(page.getItems(0).getDate()).isEqualTo("2022-02-15");
    }

    @Test
    void monthPrecisionDatesMergeOnlyWithTheSameMonth() {
        String putin = person("putin");
        String macron = person("macron");
        List<String> both = List.of(putin, macron);
        store("art_m1_" + run, "2022-03-02", call("evt_m1_" + run, "2022-03", both));
        store("art_m2_" + run, "2022-03-20", call("evt_m2_" + run, "2022-03", both));
        store("art_m3_" + run, "2022-03-05", call("evt_m3_" + run, "2022-03-05", both));
        store("art_m4_" + run, "2022-04-02", call("evt_m4_" + run, "2022-04", both));

        EventPage page = eventsOf(putin);
        assertThat(page.getItemsList()).extracting(EventView::getDate).containsExactly("2022-04", "2022-03-05", "2022-03");
        assertThat(page.getItems(2).getSourcesList()).extracting(EventSource::getArticleId)
                .containsExactly("art_m1_" + run, "art_m2_" + run);
    }

    @Test
    void undatedReportsMergeWithTheSameStatusWhenPublishedWithinThreeDays() {
        String erdogan = person("erdogan");
        String zelensky = person("zelensky");
        List<String> both = List.of(erdogan, zelensky);
        store("art_u1_" + run, "2022-05-01", call("evt_u1_" + run, null, both));
        store("art_u2_" + run, "2022-05-04", call("evt_u2_" + run, null, both));
        store("art_u3_" + run, "2022-05-09", call("evt_u3_" + run, null, both));
        store("art_u4_" + run, "2022-05-04", event("evt_u4_" + run, "PHONE_CALL", EventStatus.PLANNED, null, both, null, null));

        EventPage page = eventsOf(erdogan);
        assertThat(page.getTotalCount()).isEqualTo(3);
        assertThat(page.getItemsList()).extracting(EventView::getDate).containsOnly("");
        assertThat(page.getItemsList()).extracting(EventView::getSourcesCount).containsExactlyInAnyOrder(2, 1, 1);
    }

    @Test
    void plannedContactBecomesHappenedWhenALaterReportSaysSo() {
        String a = person("sholz");
        String b = person("biden");
        store("art_p1_" + run, "2022-06-01", event("evt_p1_" + run, "MEETING", EventStatus.PLANNED, "2022-06-07",
                List.of(a, b), null, null));
        store("art_p2_" + run, "2022-06-08", event("evt_p2_" + run, "MEETING", EventStatus.HAPPENED, "2022-06-08",
                List.of(a, b), null, null));
        EventView ev = eventsOf(a).getItems(0);
        assertThat(eventsOf(a).getTotalCount()).isEqualTo(1);
        assertThat(ev.getStatus()).isEqualTo(EventStatus.HAPPENED);
        assertThat(ev.getDate()).isEqualTo("2022-06-08");
        assertThat(ev.getFirstReportedAt()).isEqualTo("2022-06-01");
        // the sources keep what each article said
        assertThat(ev.getSourcesList()).extracting(EventSource::getStatus)
                .containsExactly(EventStatus.PLANNED, EventStatus.HAPPENED);
        assertThat(ev.getSourcesList()).extracting(EventSource::getDate).containsExactly("2022-06-07", "2022-06-08");
    }

    @Test
    void getEventsAnswersSeveralEventsInTheOrderAskedLeavingOutUnknownIds() {
        String a = person("a");
        String b = person("b");
        String c = person("c");
        String one = clusterOf(store("art_g1_" + run, "2022-10-01", call("evt_g1_" + run, "2022-10-01", List.of(a, b))),
                "evt_g1_" + run);
        store("art_g2_" + run, "2022-10-02", call("evt_g2_" + run, "2022-10-01", List.of(a, b)));
        String two = clusterOf(store("art_g3_" + run, "2022-10-05", event("evt_g3_" + run, "MEETING", EventStatus.PLANNED,
                "2022-10", List.of(a, c), null, c)), "evt_g3_" + run);

        EventList found = query.getEvents(GetEventsRequest.newBuilder()
                .addEventIds(two).addEventIds("evc_missing").addEventIds(one).addEventIds(two).build());
        assertThat(found.getItemsList()).extracting(EventView::getId).containsExactly(two, one);
        // the same views as one GetEvent each
        assertThat(found.getItems(0)).isEqualTo(query.getEvent(GetEventRequest.newBuilder().setEventId(two).build()));
        assertThat(found.getItems(1)).isEqualTo(query.getEvent(GetEventRequest.newBuilder().setEventId(one).build()));
        assertThat(found.getItems(1).getSourcesList()).extracting(EventSource::getArticleId)
                .containsExactly("art_g1_" + run, "art_g2_" + run);
        assertThat(found.getItems(0).getSources(0).getInitiator().getId()).isEqualTo(c);
        assertThat(query.getEvents(GetEventsRequest.newBuilder().build()).getItemsList()).isEmpty();

        GetEventsRequest.Builder tooMany = GetEventsRequest.newBuilder();
        for (int i = 0; i <= 500; i++) {
            tooMany.addEventIds("evc_" + i);
        }
        assertCode(() -> query.getEvents(tooMany.build()), Status.Code.INVALID_ARGUMENT);
        assertCode(() -> query.getEvents(GetEventsRequest.newBuilder().addEventIds(" ").build()), Status.Code.INVALID_ARGUMENT);
    }

    // ---- filters and pages

    @Test
    void filtersCombineWithAnd() {
        String lavrov = person("lavrov");
        String blinken = person("blinken");
        String wang = person("wang");
        store("art_f1_" + run, "2022-01-10", event("evt_f1_" + run, "PHONE_CALL", EventStatus.HAPPENED, "2022-01-10",
                List.of(lavrov, blinken), null, lavrov));
        store("art_f2_" + run, "2022-01-20", event("evt_f2_" + run, "MEETING", EventStatus.PLANNED, "2022-02",
                List.of(lavrov, wang), null, wang));
        store("art_f3_" + run, "2022-03-01", event("evt_f3_" + run, "PHONE_CALL", EventStatus.NEGATED, "2022-03-01",
                List.of(lavrov, blinken, wang), null, null));
        store("art_f4_" + run, "2022-03-02", event("evt_f4_" + run, "TALKS", EventStatus.HAPPENED, null,
                List.of(lavrov, wang), null, null));

        ListEventsRequest.Builder base = ListEventsRequest.newBuilder().addParticipantIds(lavrov);
        assertThat(dates(list(base.clone()))).containsExactly("2022-03-01", "2022-02", "2022-01-10", "");
        assertThat(ids(list(base.clone().addParticipantIds(blinken))))
                .containsExactlyInAnyOrder("f1", "f3");
        assertThat(ids(list(base.clone().addParticipantIds(blinken).addParticipantIds(wang)))).containsExactly("f3");
        assertThat(ids(list(base.clone().setType("PHONE_CALL")))).containsExactly("f3", "f1");
        assertThat(ids(list(base.clone().setType("PHONE_CALL").setStatus("HAPPENED")))).containsExactly("f1");
        assertThat(ids(list(base.clone().setStatus("PLANNED")))).containsExactly("f2");
        assertThat(ids(list(base.clone().setInitiatorId(wang)))).containsExactly("f2");
        // inclusive bounds on the day; a month date counts when the month overlaps the range; undated never match
        assertThat(ids(list(base.clone().setDateFrom("2022-01-10").setDateTo("2022-01-10")))).containsExactly("f1");
        assertThat(ids(list(base.clone().setDateFrom("2022-02-27")))).containsExactly("f3", "f2");
        assertThat(ids(list(base.clone().setDateFrom("2022-01-11").setDateTo("2022-02-01")))).containsExactly("f2");
        assertThat(ids(list(base.clone().setDateTo("2022-01-31")))).containsExactly("f1");
        assertThat(ids(list(base.clone().setDateFrom("2022-03-02")))).isEmpty();
        EventPage none = list(base.clone().setType("VISIT"));
        assertThat(none.getTotalCount()).isZero();
        assertThat(none.getHasNextPage()).isFalse();
        assertThat(none.getEndCursor()).isEmpty();
    }

    private static List<String> dates(EventPage page) {
        return page.getItemsList().stream().map(EventView::getDate).toList();
    }

    /** The short names (f1, f2 …) of the articles reporting each event. */
    private List<String> ids(EventPage page) {
        assertThat(page.getTotalCount()).isEqualTo(page.getItemsCount());
        return page.getItemsList().stream().map(e -> e.getSources(0).getArticleId().split("_")[1]).toList();
    }

    @Test
    void pagesCoverEveryEventOnce() {
        String host = person("host");
        List<String> dates = new ArrayList<>(List.of("2022-01-05", "2022-01-05", "2022-01-05", "2022-01", "2021-12-31"));
        dates.add(null);
        dates.add(null);
        Set<String> expected = new LinkedHashSet<>();
        for (int i = 0; i < dates.size(); i++) {
            // a different guest each time: seven separate events, three of them on the same day, two undated
            String guest = person("guest" + i);
            String a = store("art_pg" + i + "_" + run, "2022-01-06", call("evt_pg" + i + "_" + run, dates.get(i), List.of(host, guest)));
            expected.add(clusterOf(a, "evt_pg" + i + "_" + run));
        }
        List<String> seen = new ArrayList<>();
        List<String> seenDates = new ArrayList<>();
        String after = "";
        int pages = 0;
        while (after != null) {
            EventPage page = list(ListEventsRequest.newBuilder().addParticipantIds(host).setFirst(3).setAfter(after));
            assertThat(page.getTotalCount()).isEqualTo(7);
            page.getItemsList().forEach(e -> {
                seen.add(e.getId());
                seenDates.add(e.getDate());
            });
            after = page.getHasNextPage() ? page.getEndCursor() : null;
            pages++;
        }
        assertThat(pages).isEqualTo(3);
        assertThat(seen).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(expected);
        assertThat(seenDates).containsExactly("2022-01-05", "2022-01-05", "2022-01-05", "2022-01", "2021-12-31", "", "");
        // the default page size (20) holds them all
        EventPage all = list(ListEventsRequest.newBuilder().addParticipantIds(host));
        assertThat(all.getItemsList()).extracting(EventView::getId).containsExactlyElementsOf(seen);
        assertThat(all.getHasNextPage()).isFalse();
    }

    @Test
    void badArgumentsAreInvalidArgumentAndUnknownEventsNotFound() {
        for (ListEventsRequest bad : List.of(
                ListEventsRequest.newBuilder().setFirst(501).build(),
                ListEventsRequest.newBuilder().setFirst(-1).build(),
                ListEventsRequest.newBuilder().setAfter("not-a-cursor").build(),
                ListEventsRequest.newBuilder().setAfter("ZXxub3RoaW5n").build(),
                ListEventsRequest.newBuilder().setDateFrom("12/02/2022").build(),
                ListEventsRequest.newBuilder().setDateTo("2022-02").build(),
                ListEventsRequest.newBuilder().setDateFrom("2022-03-01").setDateTo("2022-02-01").build(),
                ListEventsRequest.newBuilder().setStatus("DONE").build())) {
            assertCode(() -> query.listEvents(bad), Status.Code.INVALID_ARGUMENT);
        }
        assertThatThrownBy(() -> query.listEvents(ListEventsRequest.newBuilder().setFirst(501).build()))
                .hasMessageContaining("at most 500");
        assertThat(query.listEvents(ListEventsRequest.newBuilder().setFirst(500).build()).getItemsCount()).isLessThanOrEqualTo(500);
        assertCode(() -> query.getEvent(GetEventRequest.newBuilder().setEventId("evc_missing").build()), Status.Code.NOT_FOUND);
        assertCode(() -> query.getEvent(GetEventRequest.newBuilder().build()), Status.Code.INVALID_ARGUMENT);
    }

    // ---- storing again, analysing again, storing at once

    @Test
    void storingTheSameAnalysisTwiceAddsNoSource() {
        String a = person("a");
        String b = person("b");
        StoreAnalysisRequest req = article("art_i1_" + run, "2022-07-01", "1", call("evt_i1_" + run, "2022-07-01", List.of(a, b)));
        assertThat(query.storeAnalysis(req).getStored()).isTrue();
        assertThat(query.storeAnalysis(req).getStored()).isFalse();
        store("art_i2_" + run, "2022-07-01", call("evt_i2_" + run, "2022-07-01", List.of(a, b)));
        assertThat(query.storeAnalysis(req).getStored()).isFalse();
        EventPage page = eventsOf(a);
        assertThat(page.getTotalCount()).isEqualTo(1);
        assertThat(page.getItems(0).getSourcesList()).extracting(EventSource::getArticleId)
                .containsExactly("art_i1_" + run, "art_i2_" + run);
    }

    @Test
    void reanalysisReplacesTheArticlesReportsAndDropsEventsLeftWithoutSource() {
        String a = person("a");
        String b = person("b");
        String c = person("c");
        String first = "art_r1_" + run;
        String second = "art_r2_" + run;
        String alone = "art_r3_" + run;
        query.storeAnalysis(article(first, "2022-08-01", "1", call("evt_r1_" + run, "2022-08-01", List.of(a, b))));
        query.storeAnalysis(article(second, "2022-08-02", "1", call("evt_r2_" + run, "2022-08-02", List.of(a, b))));
        query.storeAnalysis(article(alone, "2022-08-05", "1", call("evt_r3_" + run, "2022-08-05", List.of(a, c))));
        String shared = clusterOf(first, "evt_r1_" + run);
        String lonely = clusterOf(alone, "evt_r3_" + run);
        assertThat(clusterOf(second, "evt_r2_" + run)).isEqualTo(shared);

        // version 2 of the first article dates the same event id a week later: it leaves the shared event, which
        // keeps its id (and the second article's report), and starts one of its own under another id
        assertThat(query.storeAnalysis(article(first, "2022-08-01", "2", call("evt_r1_" + run, "2022-08-09", List.of(a, b))))
                .getStored()).isTrue();
        EventView kept = query.getEvent(GetEventRequest.newBuilder().setEventId(shared).build());
        assertThat(kept.getSourcesList()).extracting(EventSource::getArticleId).containsExactly(second);
        assertThat(kept.getDate()).isEqualTo("2022-08-02");
        assertThat(kept.getFirstReportedAt()).isEqualTo("2022-08-02");
        String moved = clusterOf(first, "evt_r1_" + run);
        assertThat(moved).isNotEqualTo(shared).startsWith("evc_");
        assertThat(query.getEvent(GetEventRequest.newBuilder().setEventId(moved).build()).getDate()).isEqualTo("2022-08-09");

        // version 2 of the lone article reports another contact: its old event has no source left and goes
        query.storeAnalysis(article(alone, "2022-08-05", "2", call("evt_r3b_" + run, "2022-08-05", List.of(b, c))));
        assertCode(() -> query.getEvent(GetEventRequest.newBuilder().setEventId(lonely).build()), Status.Code.NOT_FOUND);
        assertThat(query.getArticle(GetArticleRequest.newBuilder().setArticleId(alone).build()).getEventClustersMap())
                .containsOnlyKeys("evt_r3b_" + run);
        assertThat(eventsOf(c).getTotalCount()).isEqualTo(1);
        assertThat(eventsOf(a).getTotalCount()).isEqualTo(2);
    }

    @Test
    void concurrentStoresOfTheSameContactMakeOneEvent() throws Exception {
        int contacts = 4;
        int reports = 8;
        List<Callable<Boolean>> calls = new ArrayList<>();
        CountDownLatch gate = new CountDownLatch(1);
        for (int k = 0; k < contacts; k++) {
            String a = person("a" + k);
            String b = person("b" + k);
            for (int i = 0; i < reports; i++) {
                // dates alternate one day apart: every report is compatible with whichever is stored first.
                // No entity mentions: upserting the same entity rows would serialise the stores by itself, so only
                // the contact lock keeps them from making several events
                String day = "2022-09-0" + (1 + i % 2);
                StoreAnalysisRequest req = article("art_c" + k + "x" + i + "_" + run, day, "1", false,
                        call("evt_c" + k + "x" + i + "_" + run, day, i % 2 == 0 ? List.of(a, b) : List.of(b, a)));
                calls.add(() -> {
                    gate.await();
                    return query.storeAnalysis(req).getStored();
                });
            }
        }
        ExecutorService pool = Executors.newFixedThreadPool(calls.size());
        try {
            List<Future<Boolean>> results = new ArrayList<>();
            for (Callable<Boolean> c : calls) {
                results.add(pool.submit(c));
            }
            gate.countDown();
            for (Future<Boolean> f : results) {
                assertThat(f.get(60, TimeUnit.SECONDS)).isTrue();
            }
        } finally {
            pool.shutdownNow();
        }
        for (int k = 0; k < contacts; k++) {
            String a = person("a" + k);
            EventPage page = eventsOf(a);
            assertThat(page.getTotalCount()).as("events of contact %d", k).isEqualTo(1);
            EventView ev = page.getItems(0);
            assertThat(ev.getSourcesList()).extracting(EventSource::getArticleId).hasSize(reports).doesNotHaveDuplicates();
            assertThat(ev.getDate()).isEqualTo("2022-09-01");
            // participants the entity table does not know come back as bare ids
            assertThat(ev.getParticipantsList()).containsExactlyInAnyOrder(
                    Entity.newBuilder().setId(a).build(), Entity.newBuilder().setId(person("b" + k)).build());
        }
    }
}
