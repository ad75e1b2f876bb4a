package org.newsint.text;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** The identity of an article's content: SHA-256 of its clean text in matching form. */
public final class ContentHash {

    private ContentHash() {
    }

    /**
     * Two bodies that differ only in diacritics, spelling of alef/yaa/taa marbuta, white space,
     * boilerplate lines or repeated paragraphs hash the same.
     */
    public static String of(CleanText clean) {
        return sha256(ArabicText.fold(clean.text()));
    }

    public static String sha256(String s) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(md.digest(s.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by every JVM", e);
        }
    }
}
