package org.newsint.gateway.model;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;

import java.util.List;

@Description("An ingested article and, once enriched, its analysis.")
public record Article(
        @Id @NonNull String id,
        String externalId,
        String source,
        String url,
        String publishedAt,
        String title,
        @NonNull EnrichmentStatus enrichmentStatus,
        @Description("Why enrichment failed, when FAILED.") String enrichmentError,
        @Description("The body without boilerplate and repeated paragraphs.") String cleanBody,
        @Id @Description("An earlier article with the same content.") String duplicateOf,
        @Id @Description("An earlier article telling the same story.") String nearDuplicateOf,
        @Description("The agency named in the story's dateline, e.g. «سبوتنيك».") String datelineSource,
        @Description("The filing date in the dateline, YYYY-MM-DD.") String datelineDate,
        @NonNull List<@NonNull String> paragraphs,
        @NonNull List<@NonNull String> sentences,
        @NonNull List<@NonNull ArticleEntity> entities,
        @NonNull List<@NonNull Event> events,
        @Ignore List<Quote> allQuotes,
        @NonNull @Description("Statements of one actor about or towards another (ACCUSE, DEMAND, …).")
        List<@NonNull Position> positions,
        @NonNull @Description("Date expressions of the text, resolved against the publication date.")
        List<@NonNull DateExpression> dates) {
}
