package org.newsint.gateway.graphql;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.newsint.gateway.clients.GrpcErrors;
import org.newsint.gateway.clients.IngestClient;
import org.newsint.gateway.clients.QueryClient;
import org.newsint.gateway.model.Article;

/** One article with its analysis: its state from ingest-svc, its analysis (once stored) from query-svc. */
@ApplicationScoped
class ArticleLookup {

    private final IngestClient ingest;
    private final QueryClient query;

    ArticleLookup(IngestClient ingest, QueryClient query) {
        this.ingest = ingest;
        this.query = query;
    }

    /** The article, or null when ingest-svc does not know the id. */
    Uni<Article> byId(String id) {
        return ingest.state(id).flatMap(state -> {
            if (state == null) {
                return Uni.createFrom().<Article>nullItem();
            }
            return query.article(id).map(view -> ArticleMapper.toArticle(state, view));
        }).onFailure().transform(GrpcErrors::forClient);
    }
}
