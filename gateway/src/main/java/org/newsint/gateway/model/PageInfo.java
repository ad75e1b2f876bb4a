package org.newsint.gateway.model;

import org.eclipse.microprofile.graphql.Description;

@Description("Where a page ends: pass endCursor as 'after' to read the next one.")
public record PageInfo(String endCursor, boolean hasNextPage) {
}
