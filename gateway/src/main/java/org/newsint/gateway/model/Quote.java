package org.newsint.gateway.model;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

@Description("Words attributed to a speaker.")
public record Quote(
        Entity speaker,
        @NonNull String text,
        @Description("False for a quotation in quotation marks; true for reported speech («أكد أن …»).") boolean indirect) {
}
