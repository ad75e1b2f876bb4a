package org.newsint.gateway.model;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;

@Description("The answer to one ingested article.")
public record IngestResult(
        @Id @Description("The article's id; for a DUPLICATE, the id of the article it repeats. Empty when REJECTED.") String articleId,
        @NonNull IngestStatus status,
        @Id @Description("Set when an identical article was already stored.") String duplicateOf,
        @Description("Why the article was rejected (only in ingestArticles, which answers per article).") String reason) {
}
