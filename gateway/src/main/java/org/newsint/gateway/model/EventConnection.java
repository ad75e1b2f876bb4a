package org.newsint.gateway.model;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

import java.util.List;

@Description("One page of events across stories, newest first (by event date, then id). Pass endCursor as 'after' for "
        + "the next page. endCursor and hasNextPage are also under pageInfo.")
public record EventConnection(@NonNull List<@NonNull Event> items, String endCursor, boolean hasNextPage,
                              long totalCount, @NonNull PageInfo pageInfo) {
}
