package org.newsint.ingest.grpc;

import io.grpc.Status;
import io.quarkus.grpc.GrpcService;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import org.newsint.ingest.article.ArticleEntity;
import org.newsint.ingest.article.ArticleService;
import org.newsint.ingest.article.Submission;
import org.newsint.proto.ingest.v1.ArticleState;
import org.newsint.proto.ingest.v1.GetArticleStateRequest;
import org.newsint.proto.ingest.v1.GetRawArticleRequest;
import org.newsint.proto.ingest.v1.IngestStatus;
import org.newsint.proto.ingest.v1.Ingestion;
import org.newsint.proto.ingest.v1.ProcessingState;
import org.newsint.proto.ingest.v1.RawArticle;
import org.newsint.proto.ingest.v1.SubmitArticleRequest;
import org.newsint.proto.ingest.v1.SubmitArticleResponse;
import org.newsint.proto.ingest.v1.SubmitArticlesResponse;

@GrpcService
public class IngestionGrpcService implements Ingestion {

    private final ArticleService articles;

    public IngestionGrpcService(ArticleService articles) {
        this.articles = articles;
    }

    @Override
    public Uni<SubmitArticleResponse> submitArticle(SubmitArticleRequest request) {
        return articles.submit(toSubmission(request)).map(IngestionGrpcService::toResponse);
    }

    @Override
    public Uni<SubmitArticlesResponse> submitArticles(Multi<SubmitArticleRequest> requests) {
        return requests.onItem().transformToUniAndConcatenate(this::submitArticle).collect().asList().map(results -> {
            var b = SubmitArticlesResponse.newBuilder().addAllResults(results);
            for (SubmitArticleResponse r : results) {
                switch (r.getStatus()) {
                    case ACCEPTED -> b.setAccepted(b.getAccepted() + 1);
                    case DUPLICATE -> b.setDuplicates(b.getDuplicates() + 1);
                    default -> b.setRejected(b.getRejected() + 1);
                }
            }
            return b.build();
        });
    }

    @Override
    public Uni<ArticleState> getArticleState(GetArticleStateRequest request) {
        return found(request.getArticleId()).map(a -> ArticleState.newBuilder().setArticleId(a.id)
                .setState(ProcessingState.valueOf(a.state)).setAttempts(a.attempts).setLastError(nz(a.lastError))
                .setReceivedAt(a.receivedAt.toInstant().toString())
                .setEnrichedAt(a.enrichedAt == null ? "" : a.enrichedAt.toInstant().toString())
                .setExternalId(nz(a.externalId)).build());
    }

    @Override
    public Uni<RawArticle> getRawArticle(GetRawArticleRequest request) {
        return found(request.getArticleId()).map(a -> RawArticle.newBuilder().setArticleId(a.id)
                .setExternalId(nz(a.externalId)).setSource(nz(a.source)).setUrl(nz(a.url))
                .setPublishedAt(nz(a.publishedAt)).setTitle(nz(a.title)).setBody(a.body)
                .setContentHash(a.contentHash).setReceivedAt(a.receivedAt.toInstant().toString()).build());
    }

    private Uni<ArticleEntity> found(String id) {
        if (id == null || id.isBlank()) {
            return Uni.createFrom().failure(Status.INVALID_ARGUMENT.withDescription("article_id is required").asRuntimeException());
        }
        return articles.find(id).map(a -> {
            if (a == null) {
                throw Status.NOT_FOUND.withDescription("no article with id " + id).asRuntimeException();
            }
            return a;
        });
    }

    static Submission toSubmission(SubmitArticleRequest r) {
        return new Submission(r.getExternalId(), r.getSource(), r.getUrl(), r.getPublishedAt(), r.getTitle(), r.getBody());
    }

    static SubmitArticleResponse toResponse(ArticleService.Outcome o) {
        var b = SubmitArticleResponse.newBuilder().setStatus(IngestStatus.valueOf(o.status().name()))
                .setArticleId(nz(o.articleId())).setDuplicateOf(nz(o.duplicateOf()));
        if (o.rejection() != null) {
            b.setReason(o.rejection().reason()).setField(o.rejection().field());
        }
        return b.build();
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
