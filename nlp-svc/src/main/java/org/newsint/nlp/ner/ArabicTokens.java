package org.newsint.nlp.ner;

import org.newsint.text.ArabicText;

/**
 * The token forms the recognizer sees. Training and tagging both pass every token through
 * {@link #norm(String)}: {@code ArabicText.fold(ArabicText.normalize(token))}, the product's matching form
 * (NFKC, diacritics and tatweel removed, alef/hamza, yaa/alef maqsura and taa marbuta unified, ASCII
 * digits, lower case), so AQMAR (أ/إ/ى/ة kept) and NewsFANE (already normalised) look alike.
 */
public final class ArabicTokens {

    /** The proclitics and article split off a folded word by {@link #strip(String)}, and the rest. */
    public record Stripped(String clitics, String core) {
    }

    private ArabicTokens() {
    }

    /** The model's form of one token; never empty. */
    public static String norm(String token) {
        String f = ArabicText.fold(ArabicText.normalize(token));
        if (f.isEmpty()) {
            return token.isBlank() ? "_" : "#";
        }
        return f.replace(' ', '_');
    }

    public static String[] norm(String[] tokens) {
        String[] out = new String[tokens.length];
        for (int i = 0; i < tokens.length; i++) {
            out[i] = norm(tokens[i]);
        }
        return out;
    }

    /**
     * Splits the proclitics off a folded word: an optional conjunction (و ف), an optional preposition
     * (ب ك ل) and the article (ال, or «لل» = ل + ال), keeping a core of at least 2 letters (3 when no article
     * was found). Works on words written unsplit (AQMAR, the product's tokens) and on NewsFANE's split
     * ones (where only ال, and sometimes ب/ل/ك + ال, is still attached). Heuristic: «وزير» gives و + زير; the
     * model learns how far to trust it.
     */
    public static Stripped strip(String w) {
        int n = w.length();
        if (n < 3 || !ArabicText.isArabicLetter(w.charAt(0))) {
            return new Stripped("", w);
        }
        int i = 0;
        StringBuilder cl = new StringBuilder();
        char c0 = w.charAt(0);
        if ((c0 == 'و' || c0 == 'ف') && n - 1 >= 3) {
            cl.append(c0);
            i = 1;
        }
        // article, possibly after a preposition
        if (w.startsWith("ال", i) && n - i - 2 >= 2) {
            return new Stripped(cl + "ال", w.substring(i + 2));
        }
        if (i < n) {
            char p = w.charAt(i);
            if ((p == 'ب' || p == 'ك' || p == 'ل')) {
                if (w.startsWith("ال", i + 1) && n - i - 3 >= 2) {
                    return new Stripped(cl.toString() + p + "ال", w.substring(i + 3));
                }
                if (p == 'ل' && w.startsWith("ل", i + 1) && n - i - 2 >= 2) {
                    return new Stripped(cl + "لال", w.substring(i + 2));
                }
                if (n - i - 1 >= 3) {
                    return new Stripped(cl.toString() + p, w.substring(i + 1));
                }
            }
        }
        if (i > 0) {
            return new Stripped(cl.toString(), w.substring(i));
        }
        return new Stripped("", w);
    }

    /** A coarse shape: digits, Latin (capitalised or not), Arabic, punctuation (the character itself), mixed. */
    public static String shape(String raw, String w) {
        boolean ar = false;
        boolean lat = false;
        boolean dig = false;
        boolean other = false;
        for (int i = 0; i < w.length(); i++) {
            char c = w.charAt(i);
            if (ArabicText.isArabicLetter(c)) {
                ar = true;
            } else if (c >= '0' && c <= '9') {
                dig = true;
            } else if (Character.isLetter(c)) {
                lat = true;
            } else {
                other = true;
            }
        }
        if (!ar && !lat && !dig) {
            return w.length() == 1 ? "p" + w : "punct";
        }
        if (ar && !lat && !dig) {
            return other ? "ar+" : "ar";
        }
        if (dig && !ar && !lat) {
            return w.length() == 4 ? "d4" : "d";
        }
        if (lat && !ar && !dig) {
            boolean cap = raw != null && !raw.isEmpty() && Character.isUpperCase(raw.charAt(0));
            return cap ? "Lat" : "lat";
        }
        return "mix";
    }
}
