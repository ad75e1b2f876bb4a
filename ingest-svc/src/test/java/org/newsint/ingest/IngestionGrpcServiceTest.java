package org.newsint.ingest;

import io.grpc.ManagedChannel;
import io.grpc.ManagedChannelBuilder;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.grpc.stub.StreamObserver;
import io.quarkus.redis.datasource.RedisDataSource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.newsint.proto.ingest.v1.ArticleState;
import org.newsint.proto.ingest.v1.GetArticleStateRequest;
import org.newsint.proto.ingest.v1.GetRawArticleRequest;
import org.newsint.proto.ingest.v1.IngestStatus;
import org.newsint.proto.ingest.v1.IngestionGrpc;
import org.newsint.proto.ingest.v1.ProcessingState;
import org.newsint.proto.ingest.v1.SubmitArticleRequest;
import org.newsint.proto.ingest.v1.SubmitArticleResponse;
import org.newsint.proto.ingest.v1.SubmitArticlesResponse;

import java.net.URL;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** ingest-svc over a real gRPC channel, storing into real PostgreSQL and queueing into real Redis. */
@QuarkusTest
class IngestionGrpcServiceTest {

    private static final String STREAM = "newsint:articles";

    @TestHTTPResource
    URL url;

    @Inject
    RedisDataSource redis;

    private ManagedChannel channel;
    private IngestionGrpc.IngestionBlockingStub ingest;

    @BeforeEach
    void open() {
        channel = ManagedChannelBuilder.forAddress(url.getHost(), url.getPort()).usePlaintext().build();
        ingest = IngestionGrpc.newBlockingStub(channel).withDeadlineAfter(20, TimeUnit.SECONDS);
    }

    @AfterEach
    void close() throws InterruptedException {
        channel.shutdownNow().awaitTermination(5, TimeUnit.SECONDS);
    }

    /** A body no other test submits, so duplicate detection does not cross tests. */
    private static String uniqueBody() {
        return "استقبل رئيس الوزراء العراقي وزير الخارجية التركي في بغداد لبحث ملف المياه.\n"
                + "وقال البيان إن الجانبين اتفقا على تشكيل لجنة مشتركة رقم " + UUID.randomUUID() + ".";
    }

    private static SubmitArticleRequest article(String body) {
        return SubmitArticleRequest.newBuilder().setExternalId("ext-" + UUID.randomUUID()).setSource("وكالة الأنباء")
                .setPublishedAt("2024-01-09").setTitle("لقاء في بغداد").setBody(body).build();
    }

    private long streamEntriesFor(String articleId) {
        return redis.stream(String.class).xrange(STREAM, io.quarkus.redis.datasource.stream.StreamRange.of("-", "+"))
                .stream().filter(m -> articleId.equals(m.payload().get("article_id"))).count();
    }

    @Test
    void acceptedArticleIsStoredAndQueuedOnce() {
        SubmitArticleResponse r = ingest.submitArticle(article(uniqueBody()));
        assertThat(r.getStatus()).isEqualTo(IngestStatus.ACCEPTED);
        assertThat(r.getArticleId()).startsWith("art_");
        ArticleState state = ingest.getArticleState(GetArticleStateRequest.newBuilder().setArticleId(r.getArticleId()).build());
        assertThat(state.getState()).isEqualTo(ProcessingState.PENDING);
        assertThat(state.getAttempts()).isZero();
        assertThat(streamEntriesFor(r.getArticleId())).isEqualTo(1);
    }

    @Test
    void sameContentTwiceIsDuplicateNamingTheFirstAndNotQueuedAgain() {
        String body = uniqueBody();
        SubmitArticleResponse first = ingest.submitArticle(article(body));
        // the same story with different diacritics, spacing and a boilerplate line is still the same content
        SubmitArticleResponse second = ingest.submitArticle(article("  " + body.replace("الوزراء", "الوزَراء") + "\nتابعنا عبر"));
        assertThat(second.getStatus()).isEqualTo(IngestStatus.DUPLICATE);
        assertThat(second.getDuplicateOf()).isEqualTo(first.getArticleId());
        assertThat(second.getArticleId()).isEqualTo(first.getArticleId());
        assertThat(streamEntriesFor(first.getArticleId())).isEqualTo(1);
    }

    static Stream<Arguments> badArticles() {
        return Stream.of(
                Arguments.of("blank body", article("   \n  "), "body", "missing"),
                Arguments.of("body over the limit", article("كلمة ".repeat(1000)), "body", "limit"),
                Arguments.of("unparseable date", article(uniqueBody()).toBuilder().setPublishedAt("السبت الماضي").build(),
                        "publishedAt", "ISO-8601"),
                Arguments.of("control character", article(uniqueBody() + "\u0000"), "body", "control character"),
                Arguments.of("broken encoding", article(uniqueBody() + "\uFFFD"), "body", "U+FFFD"),
                Arguments.of("only boilerplate", article("تابعنا عبر\nأفكارك وتعليقاتك\n(تستمر)"), "body", "nothing is left"),
                Arguments.of("not a URL", article(uniqueBody()).toBuilder().setUrl("ftp//x").build(), "url", "http"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badArticles")
    void badArticleIsRejectedWithReasonAndNothingStored(String name, SubmitArticleRequest req, String field, String reasonPart)
            throws SQLException {
        long before = countArticles();
        SubmitArticleResponse r = ingest.submitArticle(req);
        assertThat(r.getStatus()).isEqualTo(IngestStatus.REJECTED);
        assertThat(r.getField()).isEqualTo(field);
        assertThat(r.getReason()).contains(reasonPart);
        assertThat(r.getArticleId()).isEmpty();
        assertThat(countArticles()).isEqualTo(before);
    }

    @Test
    void clientStreamAnswersEveryArticleInOrder() throws Exception {
        String body = uniqueBody();
        CompletableFuture<SubmitArticlesResponse> answer = new CompletableFuture<>();
        StreamObserver<SubmitArticleRequest> requests = IngestionGrpc.newStub(channel).submitArticles(new StreamObserver<>() {
            @Override
            public void onNext(SubmitArticlesResponse value) {
                answer.complete(value);
            }

            @Override
            public void onError(Throwable t) {
                answer.completeExceptionally(t);
            }

            @Override
            public void onCompleted() {
            }
        });
        requests.onNext(article(body));
        requests.onNext(article(""));
        requests.onNext(article(body));
        requests.onNext(article(uniqueBody()));
        requests.onCompleted();
        SubmitArticlesResponse r = answer.get(20, TimeUnit.SECONDS);
        assertThat(r.getResultsList()).extracting(SubmitArticleResponse::getStatus)
                .containsExactly(IngestStatus.ACCEPTED, IngestStatus.REJECTED, IngestStatus.DUPLICATE, IngestStatus.ACCEPTED);
        assertThat(r.getAccepted()).isEqualTo(2);
        assertThat(r.getRejected()).isEqualTo(1);
        assertThat(r.getDuplicates()).isEqualTo(1);
    }

    @Test
    void rawArticleIsKeptAsSubmitted() {
        SubmitArticleRequest req = article(uniqueBody() + "\nتابعنا عبر");
        String id = ingest.submitArticle(req).getArticleId();
        var raw = ingest.getRawArticle(GetRawArticleRequest.newBuilder().setArticleId(id).build());
        assertThat(raw.getBody()).isEqualTo(req.getBody());
        assertThat(raw.getExternalId()).isEqualTo(req.getExternalId());
        assertThat(raw.getPublishedAt()).isEqualTo("2024-01-09");
    }

    @Test
    void unknownArticleIsNotFoundAndMissingIdIsInvalid() {
        assertThatThrownBy(() -> ingest.getArticleState(GetArticleStateRequest.newBuilder().setArticleId("art_nope").build()))
                .isInstanceOfSatisfying(StatusRuntimeException.class,
                        e -> assertThat(e.getStatus().getCode()).isEqualTo(Status.Code.NOT_FOUND));
        assertThatThrownBy(() -> ingest.getArticleState(GetArticleStateRequest.newBuilder().build()))
                .isInstanceOfSatisfying(StatusRuntimeException.class,
                        e -> assertThat(e.getStatus().getCode()).isEqualTo(Status.Code.INVALID_ARGUMENT));
    }

    private static long countArticles() throws SQLException {
        try (Connection c = org.newsint.devstack.TestStores.pg().connect("newsint_test_ingest");
             var rs = c.createStatement().executeQuery("select count(*) from ingest.article")) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
