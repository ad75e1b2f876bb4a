package org.newsint.gateway.model;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;

import java.util.List;

@Description("A diplomatic contact reported in an article.")
public record Event(
        @Id @NonNull String id,
        @NonNull @Description("PHONE_CALL, VIDEO_CALL, MEETING, TALKS, VISIT") String type,
        @NonNull @Description("HAPPENED, PLANNED or NEGATED") String status,
        @Description("YYYY-MM-DD, or YYYY-MM when only the month is known.") String date,
        Entity location,
        @NonNull List<@NonNull Entity> participants,
        Entity initiator) {
}
