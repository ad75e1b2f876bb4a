package org.newsint.gateway.model;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

@Description("A date expression of the article, resolved against its publication date.")
public record DateExpression(
        @NonNull @Description("As written, e.g. «أمس» or «12 شباط/فبراير».") String text,
        @Description("YYYY-MM-DD, YYYY-MM or YYYY; null when it cannot be resolved.") String value,
        @Description("DAY, WEEK (value is a day of that week), MONTH or YEAR.") String precision,
        @Description("True when the value depends on the publication date (اليوم، أمس، الأحد الماضي).") boolean relative) {
}
