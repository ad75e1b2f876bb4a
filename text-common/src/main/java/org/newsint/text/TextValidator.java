package org.newsint.text;

import java.util.Optional;

/** Finds characters that have no business in article text. */
public final class TextValidator {

    private TextValidator() {
    }

    /** A problem found in a text: where and what. */
    public record Problem(int offset, String message) {
    }

    /**
     * The first invalid character: control characters other than tab and line breaks, unpaired
     * surrogates, non-characters, and the replacement character U+FFFD (a sign of a broken encoding
     * upstream).
     */
    public static Optional<Problem> firstInvalid(String s) {
        if (s == null) {
            return Optional.empty();
        }
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isHighSurrogate(c)) {
                if (i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                    int cp = s.codePointAt(i);
                    if ((cp & 0xFFFE) == 0xFFFE) {
                        return Optional.of(new Problem(i, describe(cp) + " is a Unicode non-character"));
                    }
                    i++;
                    continue;
                }
                return Optional.of(new Problem(i, "unpaired surrogate " + describe(c)));
            }
            if (Character.isLowSurrogate(c)) {
                return Optional.of(new Problem(i, "unpaired surrogate " + describe(c)));
            }
            if (c == '\t' || c == '\n' || c == '\r') {
                continue;
            }
            if (c < 0x20 || (c >= 0x7F && c < 0xA0)) {
                return Optional.of(new Problem(i, "control character " + describe(c)));
            }
            if (c == '\uFFFD') {
                return Optional.of(new Problem(i, "replacement character U+FFFD (the text was decoded with the wrong encoding)"));
            }
            if (c == '\uFFFE' || c == '\uFFFF' || (c >= '\uFDD0' && c <= '\uFDEF')) {
                return Optional.of(new Problem(i, describe(c) + " is a Unicode non-character"));
            }
        }
        return Optional.empty();
    }

    private static String describe(int cp) {
        return String.format("U+%04X", cp);
    }
}
