package org.newsint.gateway.model;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

import java.util.List;

@Description("One page of articles, newest first. Pass endCursor as 'after' for the next page; there is no cap on how far you can page.")
public record ArticleConnection(@NonNull List<@NonNull ArticleSummary> items, String endCursor, boolean hasNextPage,
                                long totalCount) {
}
