package org.newsint.gateway.clients;

import io.quarkus.grpc.GrpcClient;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.newsint.proto.ingest.v1.ArticleState;
import org.newsint.proto.ingest.v1.GetArticleStateRequest;
import org.newsint.proto.ingest.v1.MutinyIngestionGrpc;
import org.newsint.proto.ingest.v1.SubmitArticleRequest;
import org.newsint.proto.ingest.v1.SubmitArticleResponse;
import org.newsint.proto.ingest.v1.SubmitArticlesResponse;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** The gateway's only door to ingest-svc: deadlines, retries of reads, a circuit breaker. */
@ApplicationScoped
public class IngestClient {

    private final MutinyIngestionGrpc.MutinyIngestionStub stub;
    private final Duration readDeadline;
    private final Duration writeDeadline;

    public IngestClient(@GrpcClient("ingest") MutinyIngestionGrpc.MutinyIngestionStub stub,
                        @ConfigProperty(name = "newsint.gateway.read-deadline") Duration readDeadline,
                        @ConfigProperty(name = "newsint.gateway.write-deadline") Duration writeDeadline) {
        this.stub = stub;
        this.readDeadline = readDeadline;
        this.writeDeadline = writeDeadline;
    }

    /** Not retried here: a retry after a lost answer would report DUPLICATE for the caller's own article. */
    @CircuitBreaker(requestVolumeThreshold = 20, failureRatio = 0.5, delay = 5000, skipOn = GrpcErrors.ClientError.class)
    public Uni<SubmitArticleResponse> submit(SubmitArticleRequest request) {
        return stub.withDeadlineAfter(writeDeadline.toMillis(), TimeUnit.MILLISECONDS).submitArticle(request)
                .onFailure().transform(GrpcErrors::translate);
    }

    public Uni<SubmitArticlesResponse> submitAll(List<SubmitArticleRequest> requests) {
        return stub.withDeadlineAfter(writeDeadline.toMillis() * Math.max(1, requests.size()), TimeUnit.MILLISECONDS)
                .submitArticles(Multi.createFrom().iterable(requests))
                .onFailure().transform(GrpcErrors::translate);
    }

    /** The article's processing state, or null when ingest-svc does not know the id. */
    @Retry(maxRetries = 2, delay = 200, retryOn = GrpcErrors.Unavailable.class)
    @CircuitBreaker(requestVolumeThreshold = 20, failureRatio = 0.5, delay = 5000, skipOn = GrpcErrors.ClientError.class)
    public Uni<ArticleState> state(String articleId) {
        return stub.withDeadlineAfter(readDeadline.toMillis(), TimeUnit.MILLISECONDS)
                .getArticleState(GetArticleStateRequest.newBuilder().setArticleId(articleId).build())
                .onFailure(GrpcErrors::isNotFound).recoverWithNull()
                .onFailure().transform(GrpcErrors::translate);
    }
}
