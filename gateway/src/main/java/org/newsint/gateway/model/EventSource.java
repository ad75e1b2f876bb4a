package org.newsint.gateway.model;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;

@Description("One article reporting an event, with what that article itself says about it (the event's own status, "
        + "date and initiator are combined from all its sources).")
public record EventSource(
        @Id @NonNull String articleId,
        @Id @NonNull @Description("The event's id within that article's analysis.") String articleEventId,
        String title,
        String source,
        String url,
        String publishedAt,
        @Description("HAPPENED, PLANNED or NEGATED, as this article tells it.") String status,
        @Description("YYYY-MM-DD, or YYYY-MM when only the month is known, as this article gives it; null when it "
                + "gives none.") String date,
        @Description("Who took the initiative according to this article; null when it names no one.") Entity initiator) {
}
