package org.newsint.nlp.pipeline;

import org.newsint.text.Segmenter;

import java.util.List;

/** Character offsets ⇄ token positions in a list of tokens sorted by offset. */
public final class TokenIndex {

    private TokenIndex() {
    }

    /** The token containing or following a character offset ({@code tokens.size()} when none). */
    public static int firstToken(List<Segmenter.Token> tokens, int offset) {
        int lo = 0;
        int hi = tokens.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (tokens.get(mid).end() <= offset) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /** The first token after a span that starts at token {@code first} and ends at character {@code endOffset}. */
    public static int endToken(List<Segmenter.Token> tokens, int first, int endOffset) {
        int end = first;
        while (end < tokens.size() && tokens.get(end).start() < endOffset) {
            end++;
        }
        return end;
    }
}
