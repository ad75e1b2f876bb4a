package org.newsint.gateway.graphql;

import io.smallrye.mutiny.Uni;
import org.eclipse.microprofile.graphql.DefaultValue;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.eclipse.microprofile.graphql.Source;
import org.newsint.gateway.clients.GrpcErrors;
import org.newsint.gateway.clients.IngestClient;
import org.newsint.gateway.clients.QueryClient;
import org.newsint.gateway.model.Article;
import org.newsint.gateway.model.ArticleConnection;
import org.newsint.gateway.model.ArticleInput;
import org.newsint.gateway.model.IngestResult;
import org.newsint.gateway.model.Quote;
import org.newsint.proto.ingest.v1.IngestStatus;
import org.newsint.proto.query.v1.ListArticlesRequest;

import java.util.List;

@GraphQLApi
public class ArticleGraphQLApi {

    private final IngestClient ingest;
    private final QueryClient query;
    private final ArticleLookup articles;

    public ArticleGraphQLApi(IngestClient ingest, QueryClient query, ArticleLookup articles) {
        this.ingest = ingest;
        this.query = query;
        this.articles = articles;
    }

    @Mutation
    @Description("Ingest one article. Identical content is answered DUPLICATE with the id of the first; an article that "
            + "cannot be accepted is answered with an error whose code is REJECTED and whose message says why.")
    public Uni<@NonNull IngestResult> ingestArticle(@NonNull @Name("input") ArticleInput input) {
        return ingest.submit(ArticleMapper.toRequest(input)).map(r -> {
            if (r.getStatus() == IngestStatus.REJECTED) {
                throw new ArticleRejected(r.getField(), r.getReason());
            }
            return ArticleMapper.toResult(r);
        }).onFailure().transform(GrpcErrors::forClient);
    }

    @Mutation
    @Description("Ingest many articles in one request (one gRPC client stream). Answers one result per article, in order; "
            + "a rejected article does not stop the others and carries its reason.")
    public Uni<@NonNull List<@NonNull IngestResult>> ingestArticles(@NonNull @Name("inputs") List<@NonNull ArticleInput> inputs) {
        return ingest.submitAll(inputs.stream().map(ArticleMapper::toRequest).toList())
                .map(r -> r.getResultsList().stream().map(ArticleMapper::toResult).toList())
                .onFailure().transform(GrpcErrors::forClient);
    }

    @Query
    @Description("One article with its analysis; null when the id is unknown.")
    public Uni<Article> article(@NonNull @Id @Name("id") String id) {
        return articles.byId(id);
    }

    @Description("Quotations attributed to a speaker: by default direct quotations (words in quotation marks) only; "
            + "includeIndirect: true adds reported speech («أكد أن …»), marked indirect: true.")
    public @NonNull List<@NonNull Quote> quotes(@Source Article article,
            @DefaultValue("false") @Description("Also return reported speech.") boolean includeIndirect) {
        List<Quote> all = article.allQuotes() == null ? List.of() : article.allQuotes();
        return includeIndirect ? all : all.stream().filter(q -> !q.indirect()).toList();
    }

    @Query
    @Description("Enriched articles, newest first, one page at a time; follow endCursor with 'after'.")
    public Uni<@NonNull ArticleConnection> articles(
            @DefaultValue("20") @Description("Page size, 1 to 500.") int first,
            @Description("endCursor of the previous page.") String after,
            @Description("Only articles whose text contains this (spelling variants of alef, yaa, taa marbuta and diacritics are ignored).") String text,
            @Id @Description("Only articles mentioning this entity.") String entityId,
            @Description("YYYY-MM-DD, inclusive.") String publishedFrom,
            @Description("YYYY-MM-DD, inclusive.") String publishedTo) {
        Args.pageSize(first);
        Args.range("publishedFrom", Args.date("publishedFrom", publishedFrom), "publishedTo", Args.date("publishedTo", publishedTo));
        var request = ListArticlesRequest.newBuilder().setFirst(first);
        if (after != null) {
            request.setAfter(after);
        }
        if (text != null) {
            request.setText(text);
        }
        if (entityId != null) {
            request.setEntityId(entityId);
        }
        if (publishedFrom != null) {
            request.setPublishedFrom(publishedFrom);
        }
        if (publishedTo != null) {
            request.setPublishedTo(publishedTo);
        }
        return query.list(request.build()).map(ArticleMapper::toConnection).onFailure().transform(GrpcErrors::forClient);
    }
}
