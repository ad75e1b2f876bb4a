package org.newsint.text.dates;

import java.util.ArrayList;
import java.util.List;
import org.newsint.text.ArabicText;

/**
 * A text folded for matching ({@link ArabicText#foldChar}, white space runs collapsed to one space) with a map
 * back to the original UTF-16 offsets, cut into tokens: runs of letters, runs of ASCII digits (Arabic-Indic
 * digits are already folded to ASCII), and single other characters.
 */
final class FoldedText {

    enum Kind { WORD, NUM, PUNCT }

    /** A token of the folded text: [start, end) in folded offsets; spaceBefore if white space precedes it. */
    record Token(int start, int end, String text, Kind kind, boolean spaceBefore) {
    }

    private final String source;
    private final int[] map;
    final List<Token> tokens;

    private FoldedText(String source, int[] map, List<Token> tokens) {
        this.source = source;
        this.map = map;
        this.tokens = tokens;
    }

    static FoldedText of(String source) {
        StringBuilder folded = new StringBuilder(source.length());
        int[] map = new int[source.length() + 1];
        int spaceAt = -1;
        for (int i = 0; i < source.length(); i++) {
            char c = source.charAt(i);
            if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                if (spaceAt < 0 && folded.length() > 0) {
                    spaceAt = i;
                }
                continue;
            }
            char f = ArabicText.foldChar(c);
            if (f == 0) {
                continue;
            }
            if (spaceAt >= 0) {
                map[folded.length()] = spaceAt;
                folded.append(' ');
                spaceAt = -1;
            }
            map[folded.length()] = i;
            folded.append(f);
        }
        return new FoldedText(source, map, tokenize(folded));
    }

    private static List<Token> tokenize(CharSequence s) {
        List<Token> out = new ArrayList<>();
        boolean space = false;
        int i = 0;
        while (i < s.length()) {
            char c = s.charAt(i);
            if (c == ' ') {
                space = true;
                i++;
                continue;
            }
            int j = i + 1;
            Kind kind;
            if (Character.isLetter(c)) {
                kind = Kind.WORD;
                while (j < s.length() && Character.isLetter(s.charAt(j))) {
                    j++;
                }
            } else if (c >= '0' && c <= '9') {
                kind = Kind.NUM;
                while (j < s.length() && s.charAt(j) >= '0' && s.charAt(j) <= '9') {
                    j++;
                }
            } else {
                kind = Kind.PUNCT;
            }
            out.add(new Token(i, j, s.subSequence(i, j).toString(), kind, space));
            space = false;
            i = j;
        }
        return out;
    }

    /** Source offset of the folded character at {@code foldedStart}. */
    int sourceStart(int foldedStart) {
        return map[foldedStart];
    }

    /** Source offset just after the folded range ending at {@code foldedEnd}, trailing marks included. */
    int sourceEnd(int foldedEnd) {
        int e = map[foldedEnd - 1] + 1;
        while (e < source.length() && (ArabicText.isDiacritic(source.charAt(e)) || source.charAt(e) == '\u0640')) {
            e++;
        }
        return e;
    }
}
