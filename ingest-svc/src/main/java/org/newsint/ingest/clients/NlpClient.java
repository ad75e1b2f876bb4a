package org.newsint.ingest.clients;

import io.quarkus.grpc.GrpcClient;
import jakarta.enterprise.context.ApplicationScoped;
import org.newsint.ingest.IngestConfig;
import org.newsint.ingest.article.ArticleEntity;
import org.newsint.proto.nlp.v1.Analysis;
import org.newsint.proto.nlp.v1.ArticleText;
import org.newsint.proto.nlp.v1.EnrichRequest;
import org.newsint.proto.nlp.v1.EnrichmentGrpc;

import java.time.Duration;
import java.util.concurrent.TimeUnit;

/**
 * The one place that calls nlp-svc. Blocking on purpose: it is called from the enrichment worker's own
 * thread, never from an event loop. Retries are the worker's business (a stream entry stays pending).
 */
@ApplicationScoped
public class NlpClient {

    private final EnrichmentGrpc.EnrichmentBlockingStub stub;
    private final Duration deadline;

    public NlpClient(@GrpcClient("nlp") EnrichmentGrpc.EnrichmentBlockingStub stub, IngestConfig config) {
        this.stub = stub;
        this.deadline = config.worker().enrichDeadline();
    }

    public Analysis enrich(ArticleEntity a) {
        ArticleText text = ArticleText.newBuilder().setArticleId(a.id).setTitle(nz(a.title)).setBody(a.body)
                .setPublishedAt(nz(a.publishedAt)).setSource(nz(a.source)).setUrl(nz(a.url)).setLanguage("ar").build();
        return stub.withDeadlineAfter(deadline.toMillis(), TimeUnit.MILLISECONDS)
                .enrich(EnrichRequest.newBuilder().setArticle(text).build())
                .getAnalysis();
    }

    static String nz(String s) {
        return s == null ? "" : s;
    }
}
