package org.newsint.nlp.ner;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Folds the tags of the two training corpora to BIO over PER, LOC, ORG and MISC.
 *
 * <ul>
 *   <li>AQMAR: PER, LOC, ORG as they are; MIS0–MIS3 (and the typos MIS, MIS-1, MISS1, MIS1`, SPANISH,
 *       ENGLISH) to MISC; the typo {@code I--ORG} to I-ORG; {@code OO}, {@code IO} and anything without a
 *       B-/I- prefix to O.</li>
 *   <li>NewsFANE: the fine-grained class after B-/I- through {@code /ner/newsfane-classes.tsv}; an unknown
 *       class is an error, so the table stays complete.</li>
 * </ul>
 */
public final class NerTags {

    public static final Set<String> TYPES = Set.of("PER", "LOC", "ORG", "MISC");
    private static final Pattern BIO = Pattern.compile("^([BIbi])[-_]+(.+)$");

    private NerTags() {
    }

    /** AQMAR tag to folded BIO. */
    public static String aqmar(String raw) {
        Matcher m = BIO.matcher(clean(raw));
        if (!m.matches()) {
            return "O";
        }
        String type = m.group(2).toUpperCase(Locale.ROOT);
        String folded = switch (type) {
            case "PER", "PERS", "PERSON" -> "PER";
            case "LOC", "LOCATION" -> "LOC";
            case "ORG", "PRG", "ORGANIZATION" -> "ORG";
            default -> "MISC";
        };
        return m.group(1).toUpperCase(Locale.ROOT) + "-" + folded;
    }

    /** NewsFANE tag to folded BIO through the class table. */
    public static String newsFane(String raw, Map<String, String> classes) {
        String t = clean(raw);
        if (t.isEmpty() || t.equals("O")) {
            return "O";
        }
        Matcher m = BIO.matcher(t);
        if (!m.matches()) {
            throw new IllegalArgumentException("not a BIO tag: «" + raw + "»");
        }
        String type = classes.get(m.group(2));
        if (type == null) {
            throw new IllegalArgumentException("NewsFANE class not in newsfane-classes.tsv: «" + m.group(2) + "»");
        }
        return m.group(1).toUpperCase(Locale.ROOT) + "-" + type;
    }

    /** The bundled NewsFANE class table ({@code /ner/newsfane-classes.tsv}): fine class to PER/LOC/ORG/MISC. */
    public static Map<String, String> newsFaneClasses() {
        try (InputStream in = NerTags.class.getResourceAsStream("/ner/newsfane-classes.tsv")) {
            if (in == null) {
                throw new IllegalStateException("missing resource /ner/newsfane-classes.tsv");
            }
            return parseClasses(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Map<String, String> parseClasses(BufferedReader r) throws IOException {
        Map<String, String> out = new LinkedHashMap<>();
        for (String line; (line = r.readLine()) != null; ) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] f = line.split("\t");
            if (f.length < 2 || !TYPES.contains(f[1].trim())) {
                throw new IllegalArgumentException("bad class line: «" + line + "»");
            }
            out.put(f[0].trim(), f[1].trim());
        }
        return Map.copyOf(out);
    }

    /**
     * Makes a tag sequence well-formed BIO: an I-X that does not continue an X becomes B-X (the same
     * spans as conll_eval.py reads, written the canonical way).
     */
    public static void repair(String[] tags) {
        String prev = "O";
        for (int i = 0; i < tags.length; i++) {
            String t = tags[i];
            if (t.startsWith("I-") && !(prev.length() > 2 && prev.substring(2).equals(t.substring(2)))) {
                tags[i] = "B-" + t.substring(2);
            }
            prev = tags[i];
        }
    }

    static String clean(String s) {
        return s.replace("\u200e", "").replace("\ufeff", "").replace("\r", "").trim();
    }
}
