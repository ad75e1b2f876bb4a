package org.newsint.nlp.enrich;

import io.grpc.Status;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.quarkus.grpc.GrpcService;
import io.quarkus.logging.Log;
import io.smallrye.common.annotation.Blocking;
import io.smallrye.mutiny.Uni;
import org.newsint.nlp.pipeline.Pipeline;
import org.newsint.proto.nlp.v1.EnrichRequest;
import org.newsint.proto.nlp.v1.EnrichResponse;
import org.newsint.proto.nlp.v1.Enrichment;

/** The Enrich RPC: runs the pipeline on a worker thread (it is CPU-bound) and counts what it did. */
@GrpcService
public class EnrichmentGrpcService implements Enrichment {

    private final Pipeline pipeline;
    private final Counter enriched;
    private final Timer timer;

    public EnrichmentGrpcService(Pipeline pipeline, MeterRegistry registry) {
        this.pipeline = pipeline;
        this.enriched = Counter.builder("newsint.enrich.articles").description("Articles enriched").register(registry);
        this.timer = Timer.builder("newsint.enrich.duration").description("Time to enrich one article").register(registry);
    }

    @Override
    @Blocking
    public Uni<EnrichResponse> enrich(EnrichRequest request) {
        if (!request.hasArticle() || request.getArticle().getBody().isBlank()) {
            return Uni.createFrom().failure(Status.INVALID_ARGUMENT
                    .withDescription("EnrichRequest.article.body is empty: there is nothing to analyse").asRuntimeException());
        }
        var analysis = timer.record(() -> pipeline.analyze(AnalysisMapper.toInput(request.getArticle())));
        enriched.increment();
        Log.debugf("enriched article=%s paragraphs=%d sentences=%d", request.getArticle().getArticleId(),
                analysis.clean().paragraphs().size(), analysis.sentences().size());
        return Uni.createFrom().item(EnrichResponse.newBuilder().setAnalysis(AnalysisMapper.toProto(analysis)).build());
    }
}
