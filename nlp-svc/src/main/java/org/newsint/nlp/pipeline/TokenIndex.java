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

    /** Which tokens overlap any of the mentions (given as lists, e.g. the values of a map by actor). */
    public static boolean[] covered(List<Segmenter.Token> tokens, java.util.Collection<? extends List<Analysis.Mention>> mentions) {
        boolean[] covered = new boolean[tokens.size()];
        List<int[]> spans = new java.util.ArrayList<>();
        mentions.forEach(ms -> ms.forEach(m -> spans.add(new int[] {m.start(), m.end()})));
        if (spans.isEmpty()) {
            return covered;
        }
        spans.sort((a, b) -> Integer.compare(a[0], b[0]));
        int s = 0;
        for (int k = 0; k < tokens.size(); k++) {
            Segmenter.Token t = tokens.get(k);
            while (s < spans.size() && spans.get(s)[1] <= t.start()) {
                s++;
            }
            for (int x = s; x < spans.size() && spans.get(x)[0] < t.end(); x++) {
                if (spans.get(x)[1] > t.start()) {
                    covered[k] = true;
                    break;
                }
            }
        }
        return covered;
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
