package org.newsint.text;

/** A piece of text with its half-open range [start, end) in the text it was cut from. */
public record Segment(int start, int end, String text) {
}
