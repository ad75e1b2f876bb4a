package org.newsint.gateway.model;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

@Description("Words attributed to a speaker.")
public record Quote(
        Entity speaker,
        @NonNull String text,
        @Description("True for reported speech without quotation marks.") boolean indirect) {
}
