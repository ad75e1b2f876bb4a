package org.newsint.text;

import java.util.List;

/**
 * An article body after cleaning.
 *
 * @param text               paragraphs joined by one blank line; every offset in an analysis refers to this
 * @param paragraphs         the kept paragraphs with their place in {@code text}
 * @param removedBoilerplate lines dropped as boilerplate, as written
 * @param removedRepeats     paragraphs dropped because they repeat an earlier one (or the title), as written
 * @param origin             for every offset of {@code text} (and its end), the offset in the body as received
 */
public record CleanText(String text, List<Segment> paragraphs, List<String> removedBoilerplate,
                        List<String> removedRepeats, int[] origin) {

    /** An offset of the clean text as an offset in the body as received. */
    public int originalOffset(int offset) {
        return origin[Math.max(0, Math.min(offset, origin.length - 1))];
    }

    /** The end of a span of the clean text in the body: just after its last character. */
    public int originalEnd(int end) {
        return end <= 0 ? originalOffset(0) : originalOffset(end - 1) + 1;
    }

    public boolean isEmpty() {
        return paragraphs.isEmpty();
    }
}
