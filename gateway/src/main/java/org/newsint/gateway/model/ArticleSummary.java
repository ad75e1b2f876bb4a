package org.newsint.gateway.model;

import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;

public record ArticleSummary(@Id @NonNull String id, String externalId, String title, String source,
                             String publishedAt, String storedAt) {
}
