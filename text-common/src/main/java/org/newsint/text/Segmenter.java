package org.newsint.text;

import java.util.ArrayList;
import java.util.List;

/** Sentences and tokens of clean text. Offsets are into the text passed in. */
public final class Segmenter {

    private static final String OPENING_QUOTES = "“«„‟‹";
    private static final String CLOSING_QUOTES = "”»’›";
    private static final String SENTENCE_END = ".!?؟؛…";

    private Segmenter() {
    }

    /**
     * Sentences of one paragraph (at {@code offset} in the enclosing text). A sentence ends at . ! ? ؟ ؛ …
     * followed by white space or the end, unless inside a quotation or after a one-letter abbreviation
     * ("U.S.", "د.").
     */
    public static List<Segment> sentences(String text, int from, int to) {
        List<Segment> out = new ArrayList<>();
        int depth = 0;
        boolean straightOpen = false;
        int start = skipSpace(text, from, to);
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (OPENING_QUOTES.indexOf(c) >= 0) {
                depth++;
            } else if (CLOSING_QUOTES.indexOf(c) >= 0) {
                depth = Math.max(0, depth - 1);
            } else if (c == '"') {
                straightOpen = !straightOpen;
            } else if (SENTENCE_END.indexOf(c) >= 0 && depth == 0 && !straightOpen) {
                int end = i + 1;
                while (end < to && SENTENCE_END.indexOf(text.charAt(end)) >= 0) {
                    end++;
                }
                boolean boundary = end == to || Character.isWhitespace(text.charAt(end));
                if (boundary && c == '.' && isAbbreviation(text, start, i)) {
                    boundary = false;
                }
                if (boundary) {
                    if (end > start) {
                        out.add(new Segment(start, end, text.substring(start, end)));
                    }
                    start = skipSpace(text, end, to);
                    i = end - 1;
                }
            }
        }
        int end = trimEnd(text, start, to);
        if (end > start) {
            out.add(new Segment(start, end, text.substring(start, end)));
        }
        return out;
    }

    private static boolean isAbbreviation(String text, int sentenceStart, int dot) {
        int wordStart = dot;
        while (wordStart > sentenceStart && ArabicText.isWordChar(text.charAt(wordStart - 1))) {
            wordStart--;
        }
        int len = dot - wordStart;
        if (len == 1 && Character.isDigit(text.charAt(wordStart))) {
            // "1. ..." numbers a list item; "... rose to 7." ends a sentence
            return wordStart == sentenceStart;
        }
        return len == 1 || (len > 0 && len <= 3 && Character.isUpperCase(text.charAt(wordStart)));
    }

    private static int skipSpace(String text, int i, int to) {
        while (i < to && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        return i;
    }

    private static int trimEnd(String text, int from, int to) {
        while (to > from && Character.isWhitespace(text.charAt(to - 1))) {
            to--;
        }
        return to;
    }

    /** A token: a run of word characters, or one punctuation mark. */
    public record Token(int start, int end, String text, String normalized, String stem) {
    }

    private static final String[] ARTICLE_PREFIXES = {"وبال", "وال", "فال", "بال", "كال", "لل", "ال"};

    /** Tokens of {@code text[from, to)}. */
    public static List<Token> tokens(String text, int from, int to) {
        List<Token> out = new ArrayList<>();
        int i = from;
        while (i < to) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
                continue;
            }
            int start = i;
            if (ArabicText.isWordChar(c)) {
                i++;
                while (i < to && (ArabicText.isWordChar(text.charAt(i))
                        || (text.charAt(i) == '.' || text.charAt(i) == ',') && i + 1 < to
                        && Character.isDigit(text.charAt(i - 1)) && Character.isDigit(text.charAt(i + 1)))) {
                    i++;
                }
            } else {
                i += Character.charCount(text.codePointAt(i));
            }
            String surface = text.substring(start, i);
            String norm = ArabicText.fold(surface);
            out.add(new Token(start, i, surface, norm, stripArticle(norm)));
        }
        return out;
    }

    /** Removes a definite article with its attached conjunction or preposition (وال، بال، لل …). */
    public static String stripArticle(String folded) {
        for (String p : ARTICLE_PREFIXES) {
            if (folded.startsWith(p) && folded.length() - p.length() >= 2) {
                return p.equals("لل") ? folded.substring(2) : folded.substring(p.length());
            }
        }
        return folded;
    }
}
