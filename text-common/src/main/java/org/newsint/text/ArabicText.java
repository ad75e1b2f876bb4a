package org.newsint.text;

import java.text.Normalizer;

/**
 * Character-level normalisation of Arabic news text.
 *
 * <p>Two levels: {@link #normalize(String)} is what we store and show (NFKC, Persian/Urdu letters mapped to
 * their Arabic forms, invisible marks removed, white space tidied), and {@link #fold(String)} is for
 * matching only (diacritics and tatweel removed, alef/hamza forms, yaa/alef maqsura and taa marbuta
 * unified, digits unified to ASCII).
 */
public final class ArabicText {

    /** {@link #foldChar} of every UTF-16 unit, computed once: folding is on every hot path. */
    private static final char[] FOLD = new char[Character.MAX_VALUE + 1];
    /** White space for {@link #fold}: {@link Character#isWhitespace} or {@link Character#isSpaceChar}. */
    private static final boolean[] SPACE = new boolean[Character.MAX_VALUE + 1];
    /** Combining marks of the BMP ({@link #isCombining}). */
    private static final boolean[] COMBINING = new boolean[Character.MAX_VALUE + 1];
    /** Characters below U+2100 that NFKC leaves as they are when no combining mark follows them. */
    private static final boolean[] NFKC_STABLE = new boolean[0x2100];

    static {
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            FOLD[c] = computeFoldChar((char) c);
            SPACE[c] = Character.isWhitespace(c) || Character.isSpaceChar(c);
            COMBINING[c] = combiningType(c);
        }
        for (char c = 0; c < NFKC_STABLE.length; c++) {
            NFKC_STABLE[c] = Normalizer.isNormalized(String.valueOf(c), Normalizer.Form.NFKC);
        }
    }

    private ArabicText() {
    }

    /** NFKC plus the mappings that make Urdu/Persian-typed Arabic look like Arabic; keeps line breaks. */
    public static String normalize(String s) {
        return normalizeMapped(s).text();
    }

    /**
     * A normalised text and where each of its characters came from: {@code origin[i]} is the index in the input
     * of the character that produced {@code text.charAt(i)}; {@code origin[text.length()]} is the input's length.
     */
    public record Mapped(String text, int[] origin) {

        /** The input offset of a text offset (0 ≤ offset ≤ text.length()). */
        public int originOf(int offset) {
            return origin[Math.max(0, Math.min(offset, origin.length - 1))];
        }
    }

    /**
     * {@link #normalize} with offsets kept. NFKC is applied to each base character together with the combining
     * marks that follow it, which gives the whole-string result for Arabic, Latin and digits.
     */
    public static Mapped normalizeMapped(String s) {
        if (s == null || s.isEmpty()) {
            return new Mapped("", new int[] {0});
        }
        StringBuilder out = new StringBuilder(s.length());
        int[] origin = new int[s.length() * 2 + 1];
        int i = 0;
        while (i < s.length()) {
            int end = i + Character.charCount(s.codePointAt(i));
            while (end < s.length() && isCombining(s.codePointAt(end))) {
                end += Character.charCount(s.codePointAt(end));
            }
            char first = s.charAt(i);
            // a lone character NFKC keeps (most of Latin and Arabic text) needs no substring and no normaliser call
            String n = end == i + 1 && first < NFKC_STABLE.length && NFKC_STABLE[first] ? null : s.substring(i, end);
            int clusterLength = end - i;
            if (n != null && !Normalizer.isNormalized(n, Normalizer.Form.NFKC)) {
                n = Normalizer.normalize(n, Normalizer.Form.NFKC);
            }
            int length = n == null ? 1 : n.length();
            for (int k = 0; k < length; k++) {
                char c = n == null ? first : n.charAt(k);
                int from = i + Math.min(k, clusterLength - 1);
                if (c == '\r') {
                    if (k + 1 < length ? n.charAt(k + 1) == '\n' : end < s.length() && s.charAt(end) == '\n') {
                        continue;
                    }
                    c = '\n';
                }
                char mapped = mapChar(c);
                if (mapped == 0) {
                    continue;
                }
                if (out.length() + 1 >= origin.length) {
                    origin = java.util.Arrays.copyOf(origin, origin.length * 2);
                }
                origin[out.length()] = from;
                out.append(mapped);
            }
            i = end;
        }
        origin[out.length()] = s.length();
        return new Mapped(out.toString(), java.util.Arrays.copyOf(origin, out.length() + 1));
    }

    private static boolean isCombining(int cp) {
        return cp <= Character.MAX_VALUE ? COMBINING[cp] : combiningType(cp);
    }

    private static boolean combiningType(int cp) {
        int t = Character.getType(cp);
        return t == Character.NON_SPACING_MARK || t == Character.COMBINING_SPACING_MARK || t == Character.ENCLOSING_MARK;
    }

    /** One character of {@link #normalize}'s mapping after NFKC, or 0 when it is dropped. */
    private static char mapChar(char c) {
        return switch (c) {
            case '\u2028', '\u2029', '\u0085' -> '\n';
            case '\t', '\u00A0', '\u2007', '\u202F', '\u3000' -> ' ';
            case '\u06CC', '\u06D2' -> '\u064A'; // Farsi yeh, yeh barree -> yaa
            case '\u06A9' -> '\u0643';           // keheh -> kaf
            case '\u06C1', '\u06BE' -> '\u0647'; // heh goal, heh doachashmee -> haa
            case '\u06C0' -> '\u0629';           // heh with yeh above -> taa marbuta
            case '\u06D4' -> '.';                 // Urdu full stop
            default -> {
                if (isInvisible(c)) {
                    yield 0;
                }
                yield Character.isSpaceChar(c) && c != ' ' ? ' ' : c;
            }
        };
    }

    /** Zero-width and bidi control characters that carry no text. */
    static boolean isInvisible(char c) {
        return c == '\u200B' || c == '\u200C' || c == '\u200D' || c == '\u200E' || c == '\u200F'
                || (c >= '\u202A' && c <= '\u202E') || (c >= '\u2066' && c <= '\u2069')
                || c == '\uFEFF' || c == '\u061C' || c == '\u00AD';
    }

    /** Harakat, Quranic marks, superscript alef. */
    public static boolean isDiacritic(char c) {
        return (c >= '\u0610' && c <= '\u061A') || (c >= '\u064B' && c <= '\u065F') || c == '\u0670'
                || (c >= '\u06D6' && c <= '\u06DC') || (c >= '\u06DF' && c <= '\u06E8')
                || (c >= '\u06EA' && c <= '\u06ED');
    }

    /** Folds one character for matching, or returns 0 when the character is dropped. */
    public static char foldChar(char c) {
        return FOLD[c];
    }

    private static char computeFoldChar(char c) {
        if (isDiacritic(c) || c == '\u0640' || isInvisible(c)) {
            return 0;
        }
        return switch (c) {
            case '\u0623', '\u0625', '\u0622', '\u0671', '\u0672', '\u0673' -> '\u0627'; // alef forms
            case '\u0649', '\u06CC', '\u06D2' -> '\u064A';                               // yaa forms
            case '\u0629', '\u06C0' -> '\u0647';                                         // taa marbuta
            case '\u06A9' -> '\u0643';
            case '\u06C1', '\u06BE' -> '\u0647';
            default -> {
                if (c >= '\u0660' && c <= '\u0669') {
                    yield (char) ('0' + (c - '\u0660'));
                }
                if (c >= '\u06F0' && c <= '\u06F9') {
                    yield (char) ('0' + (c - '\u06F0'));
                }
                yield Character.toLowerCase(c);
            }
        };
    }

    /** The matching form of a string: folded characters, white space collapsed to single spaces, trimmed. */
    public static String fold(String s) {
        if (s == null) {
            return "";
        }
        int n = s.length();
        int i = 0;
        // most strings folded are folded already: return them as they are
        while (i < n) {
            char c = s.charAt(i);
            if (FOLD[c] != c || c == 0 || SPACE[c] && (c != ' ' || i == 0 || i == n - 1 || s.charAt(i - 1) == ' ')) {
                break;
            }
            i++;
        }
        if (i == n) {
            return s;
        }
        StringBuilder out = new StringBuilder(n);
        boolean space = false;
        for (i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (SPACE[c]) {
                space = out.length() > 0;
                continue;
            }
            char f = FOLD[c];
            if (f == 0) {
                continue;
            }
            if (space) {
                out.append(' ');
                space = false;
            }
            out.append(f);
        }
        return out.toString();
    }

    /** A folded word without the conjunction «و» or «ف» written on it («والتقى» → «التقى»); words of three letters or fewer as they are. */
    public static String stripConjunction(String folded) {
        return folded.length() > 3 && (folded.charAt(0) == 'و' || folded.charAt(0) == 'ف') ? folded.substring(1) : folded;
    }

    /** True for Arabic-script letters (not digits, punctuation or marks). */
    public static boolean isArabicLetter(char c) {
        return (c >= '\u0621' && c <= '\u064A') || (c >= '\u066E' && c <= '\u06D3') || c == '\u06D5'
                || (c >= '\u06FA' && c <= '\u06FF') || (c >= '\u0750' && c <= '\u077F')
                || (c >= '\u08A0' && c <= '\u08FF' && Character.isLetter(c));
    }

    /** Letters, digits and marks that belong inside a word. */
    public static boolean isWordChar(char c) {
        return Character.isLetterOrDigit(c) || isDiacritic(c) || c == '\u0640';
    }
}
