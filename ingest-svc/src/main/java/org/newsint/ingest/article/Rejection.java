package org.newsint.ingest.article;

/** Why an article was not accepted, in words a person can act on, and which input field is at fault. */
public record Rejection(String field, String reason) {
}
