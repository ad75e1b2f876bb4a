package org.newsint.gateway.model;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;

import java.util.List;

@Description("A diplomatic contact. In an article it is one report; its id is the cross-story event it belongs to, so the "
        + "same contact reported by several articles has the same id everywhere. 'sources' and 'sourceCount' list the "
        + "articles that report it.")
public record Event(
        @Id @NonNull @Description("The cross-story event id (the article's own event id while the event is not yet "
                + "grouped across stories).") String id,
        @NonNull @Description("PHONE_CALL, VIDEO_CALL, MEETING, TALKS, VISIT") String type,
        @NonNull @Description("HAPPENED, PLANNED or NEGATED") String status,
        @Description("YYYY-MM-DD, or YYYY-MM when only the month is known.") String date,
        Entity location,
        @NonNull List<@NonNull Entity> participants,
        Entity initiator,
        @Id @Description("The event's id within the article's analysis; null on events read through Query.events/event.")
        String articleEventId,
        @NonNull @Description("The sentences of the article that report the event, as written in cleanBody; empty on "
                + "events read through Query.events/event (read each source's article for those).")
        List<@NonNull String> evidence,
        @Ignore EventSourcesSlot sourcesSlot) {
}
