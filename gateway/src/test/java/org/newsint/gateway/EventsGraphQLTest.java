package org.newsint.gateway;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

/**
 * Events across stories, positions, dates and quotes over HTTP, against {@link FakeBackends}: a real gRPC server with
 * canned ingest-svc and query-svc answers, reached through the gateway's ordinary gRPC clients.
 */
@QuarkusTest
@WithTestResource(FakeBackends.class)
class EventsGraphQLTest {

    private static ValidatableResponse post(String query, Map<String, Object> variables) {
        return given().contentType(ContentType.JSON).body(Map.of("query", query, "variables", variables))
                .when().post("/graphql").then().statusCode(200);
    }

    private static ValidatableResponse post(String query) {
        return post(query, Map.of());
    }

    private static int getEventCalls(String id) {
        return FakeBackends.GET_EVENT_CALLS.getOrDefault(id, new AtomicInteger()).get();
    }

    private static int calls(String method) {
        return FakeBackends.CALLS.getOrDefault(method, new AtomicInteger()).get();
    }

    private static int allCalls() {
        return FakeBackends.CALLS.values().stream().mapToInt(AtomicInteger::get).sum();
    }

    @Test
    void schemaServesTheNewFieldsAndArguments() throws Exception {
        String sdl = given().when().get("/graphql/schema.graphql").then().statusCode(200).extract().asString();
        Files.writeString(Path.of("target", "schema.graphql"), sdl);
        assertThat(oneLine(sdl))
                .contains("events(after: String, dateFrom: String, dateTo: String, first: Int = 20, initiatorId: ID, "
                        + "participantIds: [String], status: String, type: String): EventConnection!")
                .contains("event(id: ID!): Event")
                .contains("quotes(includeIndirect: Boolean = false): [Quote!]!")
                .contains("indirect: Boolean!")
                .contains("positions: [Position!]!")
                .contains("dates: [DateExpression!]!")
                .contains("sources: [EventSource!]!")
                .contains("sourceCount: Int!")
                .contains("evidence: [String!]!")
                .contains("article: Article")
                .doesNotContain("allQuotes")
                .doesNotContain("sourcesSlot");
        Matcher source = Pattern.compile("type EventSource \\{[^}]*}").matcher(oneLine(sdl));
        assertThat(source.find()).isTrue();
        assertThat(source.group()).contains("articleId: ID!").contains("status: String").contains("date: String")
                .contains("initiator: Entity").contains("article: Article");
    }

    /** The SDL without descriptions, each field with its arguments on one line. */
    static String oneLine(String sdl) {
        return sdl.replaceAll("(?m)^\\s*\"(?:[^\"\\\\]|\\\\.)*\"\\s*$", "")
                .replaceAll("\\(\\s+", "(").replaceAll("\\s+\\)", ")").replaceAll(",\\s+", ", ");
    }

    @Test
    void articleEventIdIsTheCrossStoryIdWhenThereIsOneAndEvidenceIsTheSentence() {
        post("query($id: ID!) { article(id: $id) { events { id articleEventId type evidence } } }",
                Map.of("id", FakeBackends.ARTICLE))
                .body("errors", nullValue())
                .body("data.article.events.id", contains(FakeBackends.CLUSTER, "ev-2", FakeBackends.CLUSTER))
                .body("data.article.events.articleEventId", contains("ev-1", "ev-2", "ev-3"))
                .body("data.article.events[0].evidence", contains(FakeBackends.S1))
                .body("data.article.events[1].evidence", contains(FakeBackends.S4))
                .body("data.article.events[2].evidence", empty());
    }

    @Test
    void articleEventSourcesCostOneGetEventsPerRequest() {
        int before = calls("GetEvents");
        int getEvent = calls("GetEvent");
        post("query($id: ID!) { article(id: $id) { events { id sourceCount sources { articleId articleEventId title source "
                        + "publishedAt status date initiator { id canonicalName } } } } }",
                Map.of("id", FakeBackends.ARTICLE))
                .body("errors", nullValue())
                .body("data.article.events[0].sourceCount", equalTo(2))
                .body("data.article.events[0].sources.articleId", contains(FakeBackends.ARTICLE, FakeBackends.OTHER_ARTICLE))
                .body("data.article.events[0].sources.articleEventId", contains("ev-1", "ev-7"))
                .body("data.article.events[0].sources[1].source", equalTo("RT Arabic"))
                // what each source itself says
                .body("data.article.events[0].sources.status", contains("HAPPENED", "HAPPENED"))
                .body("data.article.events[0].sources.date", contains("2022-02-12", null))
                .body("data.article.events[0].sources[0].initiator.canonicalName", equalTo("Sergey Lavrov"))
                .body("data.article.events[0].sources[1].initiator", nullValue())
                .body("data.article.events[2].sourceCount", equalTo(2))
                // Not grouped across stories: the article itself is the one source, without asking query-svc.
                .body("data.article.events[1].sourceCount", equalTo(1))
                .body("data.article.events[1].sources[0].articleId", equalTo(FakeBackends.ARTICLE))
                .body("data.article.events[1].sources[0].articleEventId", equalTo("ev-2"))
                .body("data.article.events[1].sources[0].title", equalTo("لافروف وبلينكن يبحثان الأزمة"))
                .body("data.article.events[1].sources[0].publishedAt", equalTo("2022-02-13"))
                .body("data.article.events[1].sources[0].status", equalTo("PLANNED"))
                .body("data.article.events[1].sources[0].date", nullValue())
                .body("data.article.events[1].sources[0].initiator", nullValue());
        // Two article events of the same cross-story event, 'sources' and 'sourceCount' on each: one call.
        assertThat(calls("GetEvents") - before).isEqualTo(1);
        assertThat(calls("GetEvent") - getEvent).isZero();
    }

    @Test
    void anArticleWithManyCrossStoryEventsCostsABoundedNumberOfCalls() {
        int before = allCalls();
        int getEvent = calls("GetEvent");
        int getEvents = calls("GetEvents");
        post("query($id: ID!) { article(id: $id) { events { id articleEventId sourceCount "
                        + "sources { articleId articleEventId status date initiator { id } } } } }",
                Map.of("id", FakeBackends.BUSY_ARTICLE))
                .body("errors", nullValue())
                .body("data.article.events.id", contains(FakeBackends.CLUSTER, "evt-geneva-0121", "evt-planned",
                        FakeBackends.CLUSTER, "evt-vanished", "ev-b6"))
                .body("data.article.events.sourceCount", contains(2, 1, 1, 2, 1, 1))
                .body("data.article.events[1].sources.articleEventId", contains("ev-8"))
                .body("data.article.events[1].sources[0].date", equalTo("2022-01-21"))
                .body("data.article.events[2].sources[0].status", equalTo("PLANNED"))
                .body("data.article.events[3].sources.articleEventId", contains("ev-1", "ev-7"))
                // a cross-story event query-svc no longer knows, and one not grouped: the article itself
                .body("data.article.events[4].sources[0].articleEventId", equalTo("ev-b5"))
                .body("data.article.events[5].sources[0].articleId", equalTo(FakeBackends.BUSY_ARTICLE))
                .body("data.article.events[5].sources[0].status", equalTo("NEGATED"))
                .body("data.article.events[5].sources[0].date", equalTo("2022-02"))
                .body("data.article.events[5].sources[0].initiator.id", equalTo("antony-blinken"));
        // the article's state, its analysis, and the four cross-story events at once: not one call per event
        assertThat(calls("GetEvents") - getEvents).isEqualTo(1);
        assertThat(calls("GetEvent") - getEvent).isZero();
        assertThat(allCalls() - before).isEqualTo(3);
    }

    @Test
    void eventByIdHasItsSourcesAndEachSourceItsArticle() {
        post("query($id: ID!) { event(id: $id) { id type status date sourceCount evidence articleEventId "
                + "participants { canonicalName } initiator { canonicalName } "
                + "sources { articleId title status date initiator { canonicalName } article { id title events { id } } } } }",
                Map.of("id", FakeBackends.CLUSTER))
                .body("errors", nullValue())
                .body("data.event.id", equalTo(FakeBackends.CLUSTER))
                .body("data.event.type", equalTo("PHONE_CALL"))
                .body("data.event.status", equalTo("HAPPENED"))
                .body("data.event.date", equalTo("2022-02-12"))
                .body("data.event.sourceCount", equalTo(2))
                .body("data.event.evidence", empty())
                .body("data.event.articleEventId", nullValue())
                .body("data.event.participants.canonicalName", contains("Sergey Lavrov", "Antony Blinken"))
                .body("data.event.initiator.canonicalName", equalTo("Sergey Lavrov"))
                .body("data.event.sources.status", contains("HAPPENED", "HAPPENED"))
                .body("data.event.sources.date", contains("2022-02-12", null))
                .body("data.event.sources[0].initiator.canonicalName", equalTo("Sergey Lavrov"))
                .body("data.event.sources[1].initiator", nullValue())
                .body("data.event.sources.article.id", contains(FakeBackends.ARTICLE, FakeBackends.OTHER_ARTICLE))
                .body("data.event.sources[1].article.title", equalTo("اتصال روسي أميركي"))
                .body("data.event.sources[1].article.events.id", contains(FakeBackends.CLUSTER));
    }

    @Test
    void theEventsOfSeveralArticlesInOneResponseShareOneGetEvents() {
        int getEvents = calls("GetEvents");
        int getEvent = calls("GetEvent");
        post("query($id: ID!) { event(id: $id) { sources { article { events { id sourceCount sources { articleId } } } } } }",
                Map.of("id", FakeBackends.CLUSTER))
                .body("errors", nullValue())
                .body("data.event.sources[0].article.events.sourceCount", contains(2, 1, 2))
                .body("data.event.sources[1].article.events.sourceCount", contains(2));
        // GetEvent for the event itself; the two articles' events are looked up together
        assertThat(calls("GetEvent") - getEvent).isEqualTo(1);
        assertThat(calls("GetEvents") - getEvents).isEqualTo(1);
    }

    @Test
    void aSourceWhoseArticleIsGoneHasANullArticle() {
        post("{ event(id: \"evt-planned\") { sources { articleId article { id } } } }")
                .body("errors", nullValue())
                .body("data.event.sources[0].articleId", equalTo("art-gone"))
                .body("data.event.sources[0].article", nullValue());
    }

    @Test
    void unknownEventIsNull() {
        post("{ event(id: \"evt-nope\") { id } }")
                .body("errors", nullValue())
                .body("data.event", nullValue());
    }

    @Test
    void quotesAreDirectOnlyUnlessIndirectIsAskedFor() {
        post("query($id: ID!) { article(id: $id) { "
                + "quotes { speaker { canonicalName } text indirect } "
                + "direct: quotes(includeIndirect: false) { text } "
                + "all: quotes(includeIndirect: true) { speaker { canonicalName } text indirect } } }",
                Map.of("id", FakeBackends.ARTICLE))
                .body("errors", nullValue())
                .body("data.article.quotes", hasSize(1))
                .body("data.article.quotes[0].text", equalTo("لا نريد الحرب"))
                .body("data.article.quotes[0].indirect", equalTo(false))
                .body("data.article.quotes[0].speaker.canonicalName", equalTo("Sergey Lavrov"))
                .body("data.article.direct.text", contains("لا نريد الحرب"))
                .body("data.article.all.text", contains("لا نريد الحرب", "واشنطن مستعدة للحوار"))
                .body("data.article.all.indirect", contains(false, true))
                .body("data.article.all[1].speaker.canonicalName", equalTo("Antony Blinken"));
    }

    @Test
    void positionsAndDatesAreServedWithTheirSentences() {
        post("query($id: ID!) { article(id: $id) { "
                + "positions { type source { id canonicalName } target { id wikidataId } evidence cue } "
                + "dates { text value precision relative } } }",
                Map.of("id", FakeBackends.ARTICLE))
                .body("errors", nullValue())
                .body("data.article.positions.type", contains("ACCUSE", "SUPPORT"))
                .body("data.article.positions[0].source.canonicalName", equalTo("Sergey Lavrov"))
                .body("data.article.positions[0].target.wikidataId", equalTo("Q30"))
                .body("data.article.positions[0].evidence", equalTo(FakeBackends.S4))
                .body("data.article.positions[0].cue", equalTo("اتهم"))
                .body("data.article.positions[1].target", nullValue())
                .body("data.article.positions[1].evidence", equalTo(FakeBackends.S3))
                .body("data.article.dates.text", contains("أمس", "العام المقبل"))
                .body("data.article.dates[0].value", equalTo("2022-02-12"))
                .body("data.article.dates[0].precision", equalTo("DAY"))
                .body("data.article.dates[0].relative", equalTo(true))
                .body("data.article.dates[1].value", nullValue())
                .body("data.article.dates[1].precision", equalTo("YEAR"));
    }

    @Test
    void eventsPageThroughPassingCursorsToQuerySvc() {
        String q = "query($after: String) { events(first: 2, after: $after) { totalCount hasNextPage endCursor "
                + "pageInfo { endCursor hasNextPage } items { id sourceCount } } }";
        Map<String, Object> noCursor = new HashMap<>();
        noCursor.put("after", null);
        String cursor = post(q, noCursor)
                .body("errors", nullValue())
                .body("data.events.totalCount", equalTo(3))
                .body("data.events.hasNextPage", equalTo(true))
                .body("data.events.pageInfo.hasNextPage", equalTo(true))
                .body("data.events.items.id", contains(FakeBackends.CLUSTER, "evt-geneva-0121"))
                .body("data.events.items.sourceCount", contains(2, 1))
                .extract().path("data.events.pageInfo.endCursor");
        assertThat(cursor).isEqualTo("cursor:2");
        post(q, Map.of("after", cursor))
                .body("errors", nullValue())
                .body("data.events.items.id", contains("evt-planned"))
                .body("data.events.hasNextPage", equalTo(false))
                .body("data.events.pageInfo.endCursor", equalTo("cursor:3"));
    }

    @Test
    void whomLavrovSpokeWithInFebruary2022AndAtWhoseInitiative() {
        int before = getEventCalls(FakeBackends.CLUSTER);
        int getEvents = calls("GetEvents");
        post("{ events(participantIds: [\"sergey-lavrov\"], dateFrom: \"2022-02-01\", dateTo: \"2022-02-28\") { "
                + "totalCount items { id type date participants { canonicalName } initiator { canonicalName } "
                + "sources { title publishedAt } } } }")
                .body("errors", nullValue())
                .body("data.events.totalCount", equalTo(1))
                .body("data.events.items[0].type", equalTo("PHONE_CALL"))
                .body("data.events.items[0].participants.canonicalName", contains("Sergey Lavrov", "Antony Blinken"))
                .body("data.events.items[0].initiator.canonicalName", equalTo("Sergey Lavrov"))
                .body("data.events.items[0].sources.title", contains("لافروف وبلينكن يبحثان الأزمة", "اتصال روسي أميركي"));
        // ListEvents carries the sources: no GetEvent(s) for them.
        assertThat(getEventCalls(FakeBackends.CLUSTER)).isEqualTo(before);
        assertThat(calls("GetEvents")).isEqualTo(getEvents);
    }

    @Test
    void typeAndStatusFiltersAreSentInUpperCase() {
        post("{ events(status: \"planned\", type: \"talks\") { items { id status } } }")
                .body("errors", nullValue())
                .body("data.events.items.id", contains("evt-planned"));
    }

    @Test
    void badArgumentsAreBadUserInputNamingTheArgument() {
        String[][] cases = {
                {"events(first: 0)", "first"},
                {"events(first: 501)", "first"},
                {"events(dateFrom: \"2022-13-01\")", "dateFrom"},
                {"events(dateTo: \"28/02/2022\")", "dateTo"},
                {"events(dateFrom: \"2022-02\")", "dateFrom"},
                {"events(dateFrom: \"2022-03-01\", dateTo: \"2022-02-01\")", "dateFrom"},
                {"events(status: \"DONE\")", "status"},
                {"events(participantIds: [\" \"])", "participantIds"},
                {"events(participantIds: [null])", "participantIds"},
                {"articles(first: 501)", "first"},
                {"articles(publishedFrom: \"yesterday\")", "publishedFrom"}};
        for (String[] c : cases) {
            try {
                post("{ " + c[0] + " { totalCount } }")
                        .body("errors[0].extensions.code", equalTo("BAD_USER_INPUT"))
                        .body("errors[0].message", containsString(c[1]))
                        .body("data", nullValue());
            } catch (AssertionError e) {
                throw new AssertionError(c[0] + ": " + e.getMessage(), e);
            }
        }
    }

    @Test
    void aCursorQuerySvcRefusesIsBadUserInput() {
        post("{ events(after: \"garbage\") { totalCount } }")
                .body("errors[0].extensions.code", equalTo("BAD_USER_INPUT"))
                .body("errors[0].message", containsString("cursor"));
    }

    @Test
    void querySvcFailingIsUnavailable() {
        post("{ events(participantIds: [\"down\"]) { totalCount } }")
                .body("errors[0].extensions.code", equalTo("UNAVAILABLE"))
                .body("errors[0].message", containsString("try again"))
                .body("errors[0].message", not(containsString("Exception")));
        post("{ event(id: \"evt-down\") { id } }")
                .body("errors[0].extensions.code", equalTo("UNAVAILABLE"))
                .body("data.event", nullValue());
    }

    @Test
    void contractQueryOfTheEvaluationStillWorks() {
        post("query($id: ID!) { article(id: $id) { id enrichmentStatus cleanBody duplicateOf nearDuplicateOf "
                + "entities { entity { id canonicalName type wikidataId } mentions } "
                + "events { id type status date location { id } participants { id canonicalName } initiator { id } } "
                + "quotes { speaker { id } text } } }", Map.of("id", FakeBackends.ARTICLE))
                .body("errors", nullValue())
                .body("data.article.enrichmentStatus", equalTo("DONE"))
                .body("data.article.cleanBody", equalTo(FakeBackends.TEXT))
                .body("data.article.entities.entity.id", contains("sergey-lavrov", "antony-blinken"))
                .body("data.article.events", hasSize(3))
                .body("data.article.quotes", hasSize(1));
    }
}
