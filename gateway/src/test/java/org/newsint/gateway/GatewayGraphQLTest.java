package org.newsint.gateway;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static io.restassured.RestAssured.given;
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
        given().when().get("/graphql/schema.graphql").then().statusCode(200)
                .body(containsString("ingestArticle(input: ArticleInput!): IngestResult!"))
                .body(containsString("article(id: ID!): Article"))
                .body(containsString("enrichmentStatus: EnrichmentStatus!"))
                .body(containsString("nearDuplicateOf: ID"))
                .body(containsString("participants: [Entity!]!"))
                .body(containsString("mentions: [String!]!"));
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
    void healthEndpointsAnswer() {
        given().when().get("/q/health/live").then().statusCode(200).body("status", notNullValue());
    }
}
