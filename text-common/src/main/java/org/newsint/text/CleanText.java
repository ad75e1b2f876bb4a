package org.newsint.text;

import java.util.List;

/**
 * An article body after cleaning.
 *
 * @param text               paragraphs joined by one blank line; every offset in an analysis refers to this
 * @param paragraphs         the kept paragraphs with their place in {@code text}
 * @param removedBoilerplate lines dropped as boilerplate, as written
 * @param removedRepeats     paragraphs dropped because they repeat an earlier one (or the title), as written
 */
public record CleanText(String text, List<Segment> paragraphs, List<String> removedBoilerplate,
                        List<String> removedRepeats) {

    public boolean isEmpty() {
        return paragraphs.isEmpty();
    }
}
