package org.newsint.nlp.ner;

import opennlp.tools.util.Span;

import java.util.ArrayList;
import java.util.List;

/**
 * One sentence of a named-entity corpus: tokens as written (invisible marks removed) and BIO tags over the
 * types PER, LOC, ORG and MISC (for example {@code B-PER}, {@code I-PER}, {@code O}).
 */
public record NerSentence(List<String> tokens, List<String> tags) {

    public NerSentence {
        if (tokens.size() != tags.size()) {
            throw new IllegalArgumentException("tokens and tags differ in length: " + tokens.size() + " vs " + tags.size());
        }
        tokens = List.copyOf(tokens);
        tags = List.copyOf(tags);
    }

    public int size() {
        return tokens.size();
    }

    /** Entity spans (token offsets, end exclusive) with their types, read from the BIO tags. */
    public Span[] spans() {
        return spansOf(tags);
    }

    /**
     * Spans of a BIO tag sequence. An {@code I-X} after {@code O} or after another type starts a new span,
     * which is how {@code conll_eval.py} reads tags too.
     */
    public static Span[] spansOf(List<String> tags) {
        List<Span> out = new ArrayList<>();
        int start = -1;
        String type = null;
        for (int i = 0; i <= tags.size(); i++) {
            String t = i < tags.size() ? tags.get(i) : "O";
            boolean inside = t.startsWith("I-") && t.substring(2).equals(type);
            if (!inside && start >= 0) {
                out.add(new Span(start, i, type));
                start = -1;
                type = null;
            }
            if (!inside && !t.equals("O")) {
                start = i;
                type = t.substring(2);
            }
        }
        return out.toArray(new Span[0]);
    }

    /** BIO tags for {@code n} tokens from spans. */
    public static List<String> tagsOf(int n, Span[] spans) {
        String[] tags = new String[n];
        java.util.Arrays.fill(tags, "O");
        for (Span s : spans) {
            for (int i = s.getStart(); i < s.getEnd(); i++) {
                tags[i] = (i == s.getStart() ? "B-" : "I-") + s.getType();
            }
        }
        return List.of(tags);
    }
}
