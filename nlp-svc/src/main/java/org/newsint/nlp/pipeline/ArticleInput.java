package org.newsint.nlp.pipeline;

/** What the pipeline reads: one article. {@code publishedAt} anchors relative dates; it may be empty. */
public record ArticleInput(String articleId, String title, String body, String publishedAt, String source) {
}
