package org.newsint.gateway.graphql;

import io.smallrye.graphql.api.ErrorCode;

/** An article that ingest-svc refused; the message says why and what to change. */
@ErrorCode("REJECTED")
public class ArticleRejected extends RuntimeException {

    private final String field;

    public ArticleRejected(String field, String reason) {
        super("article rejected: " + reason);
        this.field = field;
    }

    public String getField() {
        return field;
    }
}
