package org.newsint.gateway.model;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

@Input("ArticleInput")
@Description("An article to ingest.")
public class ArticleInput {
    @Description("The caller's own id for the article.")
    public String externalId;
    @Description("Who published it, e.g. 'Sputnik Arabic'.")
    public String source;
    public String url;
    @Description("ISO-8601 date or date-time; anchors relative dates such as 'اليوم السبت'.")
    public String publishedAt;
    public String title;
    @NonNull
    @Description("The article text, at most newsint.ingest.max-body-bytes (1 MiB by default).")
    public String body;
}
