package org.newsint.ingest.clients;

import io.quarkus.grpc.GrpcClient;
import jakarta.enterprise.context.ApplicationScoped;
import org.newsint.ingest.IngestConfig;
import org.newsint.ingest.article.ArticleEntity;
import org.newsint.proto.nlp.v1.Analysis;
import org.newsint.proto.query.v1.ArticleMeta;
import org.newsint.proto.query.v1.QueryGrpc;
import org.newsint.proto.query.v1.StoreAnalysisRequest;
import org.newsint.proto.query.v1.StoreAnalysisResponse;

import java.time.Duration;
import java.util.concurrent.TimeUnit;

/** The one place where ingest-svc writes to query-svc: storing an analysis (idempotent on the other side). */
@ApplicationScoped
public class QueryClient {

    private final QueryGrpc.QueryBlockingStub stub;
    private final Duration deadline;

    public QueryClient(@GrpcClient("query") QueryGrpc.QueryBlockingStub stub, IngestConfig config) {
        this.stub = stub;
        this.deadline = config.worker().storeDeadline();
    }

    public StoreAnalysisResponse store(ArticleEntity a, Analysis analysis) {
        ArticleMeta meta = ArticleMeta.newBuilder().setArticleId(a.id).setExternalId(NlpClient.nz(a.externalId))
                .setSource(NlpClient.nz(a.source)).setUrl(NlpClient.nz(a.url)).setPublishedAt(NlpClient.nz(a.publishedAt))
                .setTitle(NlpClient.nz(a.title)).setContentHash(a.contentHash).build();
        return stub.withDeadlineAfter(deadline.toMillis(), TimeUnit.MILLISECONDS)
                .storeAnalysis(StoreAnalysisRequest.newBuilder().setArticle(meta).setAnalysis(analysis).build());
    }
}
