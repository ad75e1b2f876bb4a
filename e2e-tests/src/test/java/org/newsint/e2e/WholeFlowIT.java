package org.newsint.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.newsint.devstack.Stack;
import org.newsint.devstack.Stores;
import org.newsint.devstack.TestStores;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The four services as separate processes (exactly as the quick start runs them) against real PostgreSQL and
 * Redis, driven through GraphQL over HTTP.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class WholeFlowIT {

    private static final String DATABASE = "newsint_e2e";
    private static final int REDIS_DB = 4;
    private static final String INGEST = "mutation($in: ArticleInput!) { ingestArticle(input: $in) { articleId status duplicateOf } }";
    private static final String ARTICLE = "query($id: ID!) { article(id: $id) { id enrichmentStatus cleanBody duplicateOf paragraphs sentences } }";
    private static final ObjectMapper JSON = new ObjectMapper();

    private static Path root;
    private static Stack stack;
    private static Stores.Pg pg;
    private static final Map<String, String> sampleIds = new LinkedHashMap<>();

    @BeforeAll
    static void startStack() throws Exception {
        root = Path.of(System.getProperty("newsint.root", "..")).toAbsolutePath().normalize();
        pg = TestStores.pg();
        Stores.Redis redis = TestStores.redis();
        pg.recreateDatabase(DATABASE);
        redis.flush(REDIS_DB);
        Map<String, Integer> ports = new LinkedHashMap<>();
        for (String svc : Stack.SERVICES) {
            ports.put(svc, Stores.freePort());
        }
        Map<String, String> env = new HashMap<>();
        env.put("NEWSINT_PG_HOST", pg.host());
        env.put("NEWSINT_PG_PORT", Integer.toString(pg.port()));
        env.put("NEWSINT_PG_USER", pg.user());
        env.put("NEWSINT_PG_PASSWORD", pg.password());
        env.put("NEWSINT_PG_DATABASE", DATABASE);
        env.put("NEWSINT_REDIS_URL", redis.url(REDIS_DB));
        Path state = root.resolve("e2e-tests/target/stack");
        Files.createDirectories(state);
        stack = new Stack(root, state, ports, env, List.of("-Xmx256m", "-XX:+UseSerialGC"));
        for (String svc : Stack.SERVICES) {
            stack.start(svc);
        }
        for (String svc : Stack.SERVICES) {
            stack.awaitReady(svc, Duration.ofSeconds(120));
        }
    }

    @AfterAll
    static void stopStack() throws IOException {
        if (stack != null) {
            for (String svc : Stack.SERVICES) {
                stack.stop(svc, Duration.ofSeconds(20));
            }
        }
    }

    private static JsonPath graphql(String query, Map<String, Object> variables) {
        return given().baseUri("http://127.0.0.1:" + stack.port("gateway")).contentType(ContentType.JSON)
                .body(Map.of("query", query, "variables", variables))
                .when().post("/graphql").then().statusCode(200).extract().jsonPath();
    }

    private static Map<String, Object> input(JsonNode a) {
        Map<String, Object> in = new HashMap<>();
        in.put("externalId", a.path("id").asText());
        in.put("source", a.path("source").asText());
        in.put("publishedAt", a.path("published_at").asText());
        in.put("title", a.path("title").isNull() ? null : a.path("title").asText());
        in.put("body", a.path("body").asText());
        return in;
    }

    private static String awaitFinalStatus(String id, Duration timeout) throws InterruptedException {
        Instant deadline = Instant.now().plus(timeout);
        String status = null;
        while (Instant.now().isBefore(deadline)) {
            status = graphql(ARTICLE, Map.of("id", id)).getString("data.article.enrichmentStatus");
            if (!"PENDING".equals(status)) {
                return status;
            }
            Thread.sleep(200);
        }
        return status;
    }

    @Test
    @Order(1)
    void samplesAreIngestedEnrichedAndCleaned() throws Exception {
        List<Path> files;
        try (Stream<Path> s = Files.list(root.resolve("samples"))) {
            files = s.filter(p -> p.toString().endsWith(".json")).sorted().toList();
        }
        assertThat(files).hasSizeGreaterThanOrEqualTo(5);
        for (Path f : files) {
            JsonPath r = graphql(INGEST, Map.of("in", input(JSON.readTree(f.toFile()))));
            assertThat(r.getList("errors")).as("errors for %s", f).isNull();
            assertThat(r.getString("data.ingestArticle.status")).isEqualTo("ACCEPTED");
            sampleIds.put(f.getFileName().toString(), r.getString("data.ingestArticle.articleId"));
        }
        for (var e : sampleIds.entrySet()) {
            assertThat(awaitFinalStatus(e.getValue(), Duration.ofSeconds(60))).as(e.getKey()).isEqualTo("DONE");
        }
        JsonPath a = graphql(ARTICLE, Map.of("id", sampleIds.get("seed-001.json")));
        String clean = a.getString("data.article.cleanBody");
        assertThat(clean).doesNotContain("أفكارك وتعليقاتك").doesNotContain("(تستمر)").contains("زاخاروفا");
        assertThat(a.getList("data.article.sentences")).isNotEmpty();
        // seed-004 prints its whole story twice: each paragraph must survive exactly once
        String clean4 = graphql(ARTICLE, Map.of("id", sampleIds.get("seed-004.json"))).getString("data.article.cleanBody");
        String paragraph = "وعقدت مساعدة وزير الخارجية الأمريكي، كارين دونفريد، أول اجتماعاتها";
        assertThat(clean4.split(paragraph, -1)).hasSize(2);
    }

    @Test
    @Order(2)
    void sameArticleAgainIsDuplicateNamingTheFirstAndNotEnrichedTwice() throws Exception {
        JsonNode seed = JSON.readTree(root.resolve("samples/seed-000.json").toFile());
        Map<String, Object> in = input(seed);
        in.put("externalId", "another-outlet-" + UUID.randomUUID());
        JsonPath r = graphql(INGEST, Map.of("in", in));
        assertThat(r.getString("data.ingestArticle.status")).isEqualTo("DUPLICATE");
        assertThat(r.getString("data.ingestArticle.duplicateOf")).isEqualTo(sampleIds.get("seed-000.json"));
        try (Connection c = pg.connect(DATABASE); var st = c.prepareStatement(
                "select count(*) from query.article_analysis where content_hash = (select content_hash from ingest.article where id = ?)")) {
            st.setString(1, sampleIds.get("seed-000.json"));
            var rs = st.executeQuery();
            rs.next();
            assertThat(rs.getLong(1)).isEqualTo(1);
        }
    }

    @Test
    @Order(3)
    void badInputIsRefusedWithAReasonAndNothingStored() {
        long before = graphql("{ articles(first: 1) { totalCount } }", Map.of()).getLong("data.articles.totalCount");
        JsonPath r = graphql(INGEST, Map.of("in", Map.of("body", "التقى الوزيران في الرياض.", "publishedAt", "أمس")));
        assertThat(r.getString("errors[0].extensions.code")).isEqualTo("REJECTED");
        assertThat(r.getString("errors[0].message")).contains("publishedAt");
        assertThat(graphql("{ articles(first: 1) { totalCount } }", Map.of()).getLong("data.articles.totalCount")).isEqualTo(before);
    }

    @Test
    @Order(4)
    void paginationWalksEveryArticleOnce() {
        List<String> seen = new ArrayList<>();
        String after = null;
        long total;
        do {
            Map<String, Object> vars = new HashMap<>();
            vars.put("after", after);
            JsonPath page = graphql("query($after: String) { articles(first: 2, after: $after) { totalCount endCursor hasNextPage items { id } } }", vars);
            total = page.getLong("data.articles.totalCount");
            seen.addAll(page.getList("data.articles.items.id"));
            after = page.getBoolean("data.articles.hasNextPage") ? page.getString("data.articles.endCursor") : null;
        } while (after != null);
        assertThat(seen).doesNotHaveDuplicates().hasSize((int) total).containsAll(sampleIds.values());
    }

    @Test
    @Order(5)
    void articlesWaitingWhileNlpIsDownAreEnrichedExactlyOnceAfterItReturns() throws Exception {
        assertThat(stack.kill("nlp-svc")).isTrue();
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            String body = "عقد وزير الخارجية الأردني اجتماعا مع نظيره المصري في عمّان لبحث التطورات الإقليمية.\n"
                    + "وقال البيان المشترك إن الجانبين اتفقا على مواصلة التنسيق رقم " + i + " " + UUID.randomUUID() + ".";
            JsonPath r = graphql(INGEST, Map.of("in", Map.of("body", body, "publishedAt", "2024-02-0" + (i + 1))));
            assertThat(r.getString("data.ingestArticle.status")).isEqualTo("ACCEPTED");
            ids.add(r.getString("data.ingestArticle.articleId"));
        }
        Thread.sleep(3000);
        for (String id : ids) {
            assertThat(graphql(ARTICLE, Map.of("id", id)).getString("data.article.enrichmentStatus")).isEqualTo("PENDING");
        }
        stack.start("nlp-svc");
        stack.awaitReady("nlp-svc", Duration.ofSeconds(120));
        for (String id : ids) {
            assertThat(awaitFinalStatus(id, Duration.ofSeconds(60))).as(id).isEqualTo("DONE");
        }
        // the restarted nlp-svc enriched exactly these articles, once each
        assertThat(metric("nlp-svc", "newsint_enrich_articles_total")).isEqualTo(ids.size());
        try (Connection c = pg.connect(DATABASE)) {
            for (String id : ids) {
                var st = c.prepareStatement("select (select count(*) from query.article_analysis where article_id = ?),"
                        + " (select attempts from ingest.article where id = ?), (select state from ingest.article where id = ?)");
                st.setString(1, id);
                st.setString(2, id);
                st.setString(3, id);
                var rs = st.executeQuery();
                rs.next();
                assertThat(rs.getLong(1)).as("analyses of %s", id).isEqualTo(1);
                assertThat(rs.getInt(2)).as("an outage spends no attempts").isZero();
                assertThat(rs.getString(3)).isEqualTo("DONE");
            }
        }
    }

    @Test
    @Order(6)
    void oneContactToldByTwoOutletsIsOneEventWithTwoSources() throws Exception {
        // two stories the team wrote, a day apart, telling the same call in different words
        String first = "أجرى وزير الخارجية التركي مولود جاويش أوغلو اليوم الإثنين اتصالا هاتفيا بنظيره الإيراني محمد جواد ظريف، "
                + "بحثا خلاله العلاقات الثنائية والتطورات في المنطقة.";
        String second = "بحث وزير الخارجية الإيراني محمد جواد ظريف مع نظيره التركي مولود جاويش أوغلو أمس في اتصال هاتفي "
                + "آخر المستجدات الإقليمية، وفق بيان للخارجية الإيرانية نشر صباح اليوم.";
        List<String> ids = new java.util.ArrayList<>();
        for (String[] a : new String[][] {{"e2e-call-1", "2020-05-04", first}, {"e2e-call-2", "2020-05-05", second}}) {
            Map<String, Object> in = new HashMap<>(Map.of("externalId", a[0], "source", "e2e", "publishedAt", a[1], "body", a[2]));
            JsonPath r = graphql(INGEST, Map.of("in", in));
            assertThat(r.getString("data.ingestArticle.status")).isEqualTo("ACCEPTED");
            ids.add(r.getString("data.ingestArticle.articleId"));
        }
        for (String id : ids) {
            assertThat(awaitFinalStatus(id, Duration.ofSeconds(60))).isEqualTo("DONE");
        }
        JsonPath events = graphql("""
                query { events(participantIds: ["mohammad-javad-zarif", "mevlut-cavusoglu"]) {
                  totalCount items { id type status date initiator { id } sourceCount sources { articleId } } } }""", Map.of());
        assertThat(events.getList("errors")).isNull();
        assertThat(events.getInt("data.events.totalCount")).isEqualTo(1);
        assertThat(events.getString("data.events.items[0].type")).isEqualTo("PHONE_CALL");
        assertThat(events.getString("data.events.items[0].date")).isEqualTo("2020-05-04");
        assertThat(events.getString("data.events.items[0].initiator.id")).isEqualTo("mevlut-cavusoglu");
        assertThat(events.getInt("data.events.items[0].sourceCount")).isEqualTo(2);
        assertThat(events.getList("data.events.items[0].sources.articleId", String.class)).containsExactlyElementsOf(ids);
        String eventId = events.getString("data.events.items[0].id");
        for (String id : ids) {
            JsonPath article = graphql("query($id: ID!) { article(id: $id) { events { id sourceCount "
                    + "sources { articleId status date } } } }", Map.of("id", id));
            assertThat(article.getList("errors")).isNull();
            assertThat(article.getString("data.article.events[0].id")).isEqualTo(eventId);
            assertThat(article.getInt("data.article.events[0].sourceCount")).isEqualTo(2);
            // each source with what its own story says; the event keeps the oldest report's date
            assertThat(article.getList("data.article.events[0].sources.articleId", String.class)).containsExactlyElementsOf(ids);
            assertThat(article.getList("data.article.events[0].sources.status", String.class)).containsOnly("HAPPENED");
            assertThat(article.getString("data.article.events[0].sources[0].date")).isEqualTo("2020-05-04");
        }
    }

    private static double metric(String service, String name) throws IOException, InterruptedException {
        HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create("http://127.0.0.1:" + stack.port(service) + "/q/metrics")).GET().build(), HttpResponse.BodyHandlers.ofString());
        return r.body().lines().filter(l -> l.startsWith(name + " ") || l.startsWith(name + "{"))
                // "name{labels} value [# {exemplar labels} value timestamp]": drop the exemplar, keep the last field
                .mapToDouble(l -> {
                    String[] fields = l.split(" # ")[0].trim().split("\\s+");
                    return Double.parseDouble(fields[fields.length - 1]);
                }).sum();
    }
}
