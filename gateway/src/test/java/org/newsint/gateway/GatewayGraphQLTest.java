package org.newsint.gateway;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

/** The gateway's own behaviour over HTTP: schema, input validation, and what a client sees when a backend is down. */
@QuarkusTest
class GatewayGraphQLTest {

    private static io.restassured.response.ValidatableResponse post(String query, Map<String, Object> variables) {
        return given().contentType(ContentType.JSON).body(Map.of("query", query, "variables", variables))
                .when().post("/graphql").then().statusCode(200);
    }

    @Test
    void schemaServesTheEvaluationContractNames() {
        String sdl = EventsGraphQLTest.oneLine(given().when().get("/graphql/schema.graphql").then().statusCode(200)
                .extract().asString());
        for (String contract : new String[] {
                "ingestArticle(input: ArticleInput!): IngestResult!",
                "article(id: ID!): Article",
                "enrichmentStatus: EnrichmentStatus!",
                "cleanBody: String",
                "duplicateOf: ID",
                "nearDuplicateOf: ID",
                "entities: [ArticleEntity!]!",
                "events: [Event!]!",
                // 'quotes' without arguments is the contract's field: direct quotations only.
                "quotes(includeIndirect: Boolean = false): [Quote!]!",
                "entity: Entity!",
                "mentions: [String!]!",
                "canonicalName: String!",
                "type: EntityType!",
                "wikidataId: String",
                "type: String!",
                "status: String!",
                "date: String",
                "location: Entity",
                "participants: [Entity!]!",
                "initiator: Entity",
                "speaker: Entity",
                "text: String!"}) {
            assertThat(sdl).as("schema has %s", contract).contains(contract);
        }
    }

    @Test
    void missingBodyIsAValidationErrorNamingTheField() {
        post("mutation { ingestArticle(input: {title: \"عنوان\"}) { articleId status } }", Map.of())
                .body("errors[0].message", containsString("body"))
                .body("data", nullValue());
    }

    @Test
    void ingestWhileIngestSvcIsDownIsUnavailableWithAReadableMessage() {
        post("mutation($in: ArticleInput!) { ingestArticle(input: $in) { articleId status } }",
                Map.of("in", Map.of("body", "التقى الوزيران في جنيف.")))
                .body("errors[0].extensions.code", equalTo("UNAVAILABLE"))
                .body("errors[0].message", containsString("try again"))
                .body("errors[0].message", not(containsString("Exception")));
    }

    @Test
    void nonPositivePageSizeIsBadUserInput() {
        post("{ articles(first: 0) { totalCount } }", Map.of())
                .body("errors[0].extensions.code", equalTo("BAD_USER_INPUT"))
                .body("errors[0].message", containsString("first"));
    }

    @Test
    void eventsWhileQuerySvcIsDownAreUnavailable() {
        post("{ events(participantIds: [\"sergey-lavrov\"]) { totalCount items { id } } }", Map.of())
                .body("errors[0].extensions.code", equalTo("UNAVAILABLE"))
                .body("errors[0].message", containsString("try again"));
        post("{ event(id: \"evt-1\") { id } }", Map.of())
                .body("errors[0].extensions.code", equalTo("UNAVAILABLE"))
                .body("data.event", nullValue());
    }

    @Test
    void oversizedPageIsBadUserInputBeforeAnyBackendIsAsked() {
        post("{ events(first: 501) { totalCount } }", Map.of())
                .body("errors[0].extensions.code", equalTo("BAD_USER_INPUT"))
                .body("errors[0].message", containsString("500"));
    }

    @Test
    void healthEndpointsAnswer() {
        given().when().get("/q/health/live").then().statusCode(200).body("status", notNullValue());
    }
}
