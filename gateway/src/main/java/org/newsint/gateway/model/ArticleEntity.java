package org.newsint.gateway.model;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

import java.util.List;

@Description("An entity as it appears in one article.")
public record ArticleEntity(
        @NonNull Entity entity,
        @NonNull @Description("Surface forms as written in this article, clitics removed.") List<@NonNull String> mentions) {
}
