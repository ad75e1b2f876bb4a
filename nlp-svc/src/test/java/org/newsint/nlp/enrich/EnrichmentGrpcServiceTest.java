package org.newsint.nlp.enrich;

import io.grpc.ManagedChannel;
import io.grpc.ManagedChannelBuilder;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import grpc.health.v1.HealthOuterClass.HealthCheckRequest;
import grpc.health.v1.HealthOuterClass.HealthCheckResponse;
import grpc.health.v1.HealthGrpc;
import io.grpc.reflection.v1.ServerReflectionGrpc;
import io.grpc.reflection.v1.ServerReflectionRequest;
import io.grpc.reflection.v1.ServerReflectionResponse;
import io.grpc.reflection.v1.ServiceResponse;
import io.grpc.stub.StreamObserver;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.newsint.proto.nlp.v1.Analysis;
import org.newsint.proto.nlp.v1.ArticleText;
import org.newsint.proto.nlp.v1.EnrichRequest;
import org.newsint.proto.nlp.v1.EnrichmentGrpc;

import java.net.URL;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The Enrich RPC over a real channel to the running test instance (gRPC shares the HTTP port). */
@QuarkusTest
class EnrichmentGrpcServiceTest {

    @TestHTTPResource
    URL url;

    private ManagedChannel channel;

    @BeforeEach
    void open() {
        channel = ManagedChannelBuilder.forAddress(url.getHost(), url.getPort()).usePlaintext().build();
    }

    @AfterEach
    void close() throws InterruptedException {
        channel.shutdownNow().awaitTermination(5, TimeUnit.SECONDS);
    }

    @Test
    void enrichReturnsCleanTextParagraphsAndSentences() {
        Analysis a = EnrichmentGrpc.newBlockingStub(channel).withDeadlineAfter(10, TimeUnit.SECONDS)
                .enrich(EnrichRequest.newBuilder().setArticle(ArticleText.newBuilder().setArticleId("t-1")
                        .setBody("أجرى الرئيس الفرنسي اتصالا هاتفيا بنظيره التونسي. وتناول الاتصال العلاقات الثنائية.\nأفكارك وتعليقاتك")
                        .setPublishedAt("2024-03-02")).build())
                .getAnalysis();
        assertThat(a.getArticleId()).isEqualTo("t-1");
        assertThat(a.getCleanText()).doesNotContain("أفكارك");
        assertThat(a.getParagraphsCount()).isEqualTo(1);
        assertThat(a.getSentencesCount()).isEqualTo(2);
        assertThat(a.getRemovedBoilerplateList()).containsExactly("أفكارك وتعليقاتك");
    }

    @Test
    void emptyBodyIsInvalidArgument() {
        assertThatThrownBy(() -> EnrichmentGrpc.newBlockingStub(channel)
                .enrich(EnrichRequest.newBuilder().setArticle(ArticleText.newBuilder().setBody(" ")).build()))
                .isInstanceOfSatisfying(StatusRuntimeException.class,
                        e -> assertThat(e.getStatus().getCode()).isEqualTo(Status.Code.INVALID_ARGUMENT));
    }

    @Test
    void standardGrpcHealthServiceReportsServing() {
        HealthCheckResponse r = HealthGrpc.newBlockingStub(channel).check(HealthCheckRequest.newBuilder().build());
        assertThat(r.getStatus()).isEqualTo(HealthCheckResponse.ServingStatus.SERVING);
    }

    @Test
    void serverReflectionListsTheEnrichmentService() throws Exception {
        CompletableFuture<ServerReflectionResponse> answer = new CompletableFuture<>();
        StreamObserver<ServerReflectionRequest> requests = ServerReflectionGrpc.newStub(channel)
                .serverReflectionInfo(new StreamObserver<>() {
                    @Override
                    public void onNext(ServerReflectionResponse value) {
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
        requests.onNext(ServerReflectionRequest.newBuilder().setListServices("").build());
        requests.onCompleted();
        assertThat(answer.get(10, TimeUnit.SECONDS).getListServicesResponse().getServiceList())
                .extracting(ServiceResponse::getName)
                .contains("newsint.nlp.v1.Enrichment", "grpc.health.v1.Health");
    }
}
