package org.newsint.ingest.article;

/** One article as a caller submitted it; any field but body may be null. */
public record Submission(String externalId, String source, String url, String publishedAt, String title, String body) {
}
