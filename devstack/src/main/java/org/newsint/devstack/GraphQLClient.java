package org.newsint.devstack;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;

/** A minimal GraphQL-over-HTTP client for the launcher (the tests use REST Assured). */
public final class GraphQLClient {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final URI endpoint;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    public GraphQLClient(String endpoint) {
        this.endpoint = URI.create(endpoint);
    }

    /** Runs a query and returns its {@code data}; GraphQL errors become an IOException with their messages. */
    public JsonNode execute(String query, Map<String, Object> variables) throws IOException, InterruptedException {
        ObjectNode body = JSON.createObjectNode();
        body.put("query", query);
        body.set("variables", JSON.valueToTree(variables));
        HttpRequest request = HttpRequest.newBuilder(endpoint).timeout(Duration.ofSeconds(60))
                .header("Content-Type", "application/json").header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body))).build();
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        JsonNode doc = JSON.readTree(response.body());
        if (doc.hasNonNull("errors") && doc.get("errors").size() > 0) {
            StringBuilder sb = new StringBuilder();
            doc.get("errors").forEach(e -> sb.append(sb.length() > 0 ? "; " : "").append(e.path("message").asText()));
            throw new IOException(sb.toString());
        }
        return doc.get("data");
    }
}
