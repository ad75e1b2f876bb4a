package org.newsint.text;

import java.nio.ByteBuffer;
import java.util.HashSet;
import java.util.Set;

/**
 * MinHash signatures of a text's word shingles, for finding articles that tell the same story in slightly
 * different words (another outlet's rewrite, a corrected version). Texts are compared in matching form, so
 * spelling variants and diacritics do not count as differences.
 */
public final class MinHash {

    /** Number of hash functions; also the signature length. */
    public static final int SIZE = 64;
    /** Words per shingle. */
    public static final int SHINGLE = 3;
    /** LSH bands of {@link #ROWS} rows: two texts become candidates when one band is equal. */
    public static final int BANDS = 16;
    public static final int ROWS = SIZE / BANDS;

    private MinHash() {
    }

    public static long[] signature(String text) {
        Set<Long> shingles = shingles(text);
        long[] sig = new long[SIZE];
        java.util.Arrays.fill(sig, Long.MAX_VALUE);
        for (long sh : shingles) {
            for (int k = 0; k < SIZE; k++) {
                long h = mix(sh ^ SEEDS[k]);
                if (h < sig[k]) {
                    sig[k] = h;
                }
            }
        }
        return sig;
    }

    /** Estimated Jaccard similarity of the two shingle sets. */
    public static double similarity(long[] a, long[] b) {
        int same = 0;
        for (int k = 0; k < SIZE; k++) {
            if (a[k] == b[k] && a[k] != Long.MAX_VALUE) {
                same++;
            }
        }
        return same / (double) SIZE;
    }

    /** The LSH band keys of a signature, e.g. {@code "3:9f2c…"}. */
    public static String[] bands(long[] sig) {
        String[] out = new String[BANDS];
        for (int b = 0; b < BANDS; b++) {
            long h = 0x9E3779B97F4A7C15L * (b + 1);
            for (int r = 0; r < ROWS; r++) {
                h = mix(h ^ sig[b * ROWS + r]);
            }
            out[b] = b + ":" + Long.toHexString(h);
        }
        return out;
    }

    public static byte[] toBytes(long[] sig) {
        ByteBuffer buf = ByteBuffer.allocate(sig.length * Long.BYTES);
        for (long v : sig) {
            buf.putLong(v);
        }
        return buf.array();
    }

    public static long[] fromBytes(byte[] bytes) {
        ByteBuffer buf = ByteBuffer.wrap(bytes);
        long[] sig = new long[bytes.length / Long.BYTES];
        for (int i = 0; i < sig.length; i++) {
            sig[i] = buf.getLong();
        }
        return sig;
    }

    static Set<Long> shingles(String text) {
        String[] words = ArabicText.fold(text).replaceAll("[\\p{P}\\p{S}]", " ").trim().split("\\s+");
        Set<Long> out = new HashSet<>();
        if (words.length == 1 && words[0].isEmpty()) {
            return out;
        }
        for (int i = 0; i + SHINGLE <= Math.max(words.length, SHINGLE); i++) {
            StringBuilder sb = new StringBuilder();
            for (int j = i; j < Math.min(words.length, i + SHINGLE); j++) {
                sb.append(words[j]).append(' ');
            }
            out.add(hash64(sb.toString()));
        }
        return out;
    }

    private static long hash64(String s) {
        long h = 0xCBF29CE484222325L; // FNV-1a, then mixed
        for (int i = 0; i < s.length(); i++) {
            h ^= s.charAt(i);
            h *= 0x100000001B3L;
        }
        return mix(h);
    }

    /** SplitMix64's finaliser: a good bit mixer. */
    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    private static final long[] SEEDS = new long[SIZE];

    static {
        long s = 0x5DEECE66DL;
        for (int k = 0; k < SIZE; k++) {
            s = mix(s + 0x9E3779B97F4A7C15L);
            SEEDS[k] = s;
        }
    }
}
