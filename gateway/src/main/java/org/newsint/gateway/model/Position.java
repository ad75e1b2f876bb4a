package org.newsint.gateway.model;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

@Description("A PLOVER-style statement of one actor about or towards another.")
public record Position(
        @NonNull @Description("ACCUSE, DEMAND, THREATEN, REJECT, SUPPORT, AGREE or APPEAL") String type,
        @NonNull @Description("Who takes the position.") Entity source,
        @Description("Whom it is aimed at or about; null when none is named.") Entity target,
        @Description("The sentence that states it, as written in cleanBody.") String evidence,
        @Description("The word that signals it, as written.") String cue) {
}
