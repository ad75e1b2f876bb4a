package org.newsint.gateway.model;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;

@Description("One article reporting an event.")
public record EventSource(
        @Id @NonNull String articleId,
        @Id @NonNull @Description("The event's id within that article's analysis.") String articleEventId,
        String title,
        String source,
        String url,
        String publishedAt) {
}
