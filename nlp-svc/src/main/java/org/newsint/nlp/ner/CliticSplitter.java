package org.newsint.nlp.ner;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Splits the conjunctions و and ف off normalised words, the way NewsFANE is tokenised («وقال» → «و» «قال»),
 * so text written unsplit (AQMAR, the product's tokens) looks like the larger training corpus. Decided by
 * word counts from NewsFANE's training part, stored in the model: a word is split when the rest is more
 * common than the whole word («وقال»: قال 400×, وقال 1× → split; «وزير»: وزير 100×, زير 0× → kept); when
 * neither is known, only when the rest starts with the article («والمدينة» → «و» «المدينة»).
 */
public final class CliticSplitter {

    /** Pieces of a sentence: {@code pieces[k]} comes from token {@code tokenOf[k]}. */
    public record Pieces(String[] pieces, int[] tokenOf) {
    }

    private final Map<String, Integer> counts;

    public CliticSplitter(Map<String, Integer> counts) {
        this.counts = counts;
    }

    public static CliticSplitter none() {
        return new CliticSplitter(null);
    }

    public boolean enabled() {
        return counts != null;
    }

    /** Word counts from normalised training tokens, words seen at least {@code min} times. */
    public static Map<String, Integer> count(Iterable<List<String>> sentences, int min) {
        Map<String, Integer> c = new HashMap<>();
        for (List<String> s : sentences) {
            for (String t : s) {
                c.merge(ArabicTokens.norm(t), 1, Integer::sum);
            }
        }
        c.values().removeIf(v -> v < min);
        return c;
    }

    /** The length of the conjunction to split off {@code w} (normalised), 0 or 1. */
    public int split(String w) {
        if (counts == null || w.length() < 3) {
            return 0;
        }
        char c = w.charAt(0);
        if (c != 'و' && c != 'ف') {
            return 0;
        }
        String rest = w.substring(1);
        int whole = counts.getOrDefault(w, 0);
        int part = counts.getOrDefault(rest, 0);
        if (whole > 0 || part > 0) {
            return part > whole ? 1 : 0;
        }
        return rest.startsWith("ال") && rest.length() >= 4 || rest.startsWith("لل") && rest.length() >= 4 ? 1 : 0;
    }

    /** Splits normalised tokens. */
    public Pieces split(String[] norm) {
        List<String> out = new ArrayList<>(norm.length + 4);
        List<Integer> of = new ArrayList<>(norm.length + 4);
        for (int i = 0; i < norm.length; i++) {
            int k = split(norm[i]);
            if (k > 0) {
                out.add(norm[i].substring(0, k));
                of.add(i);
                out.add(norm[i].substring(k));
            } else {
                out.add(norm[i]);
            }
            of.add(i);
        }
        return new Pieces(out.toArray(new String[0]), of.stream().mapToInt(Integer::intValue).toArray());
    }

    /** A training sentence split the same way, tags carried over (a split-off conjunction inside a name stays inside). */
    public NerSentence split(NerSentence s) {
        if (counts == null) {
            return s;
        }
        List<String> toks = new ArrayList<>();
        List<String> tags = new ArrayList<>();
        for (int i = 0; i < s.size(); i++) {
            String raw = s.tokens().get(i);
            String tag = s.tags().get(i);
            int k = split(ArabicTokens.norm(raw));
            if (k > 0) {
                toks.add(raw.substring(0, k));
                tags.add(tag.startsWith("I-") ? tag : "O");
                toks.add(raw.substring(k));
                tags.add(tag);
            } else {
                toks.add(raw);
                tags.add(tag);
            }
        }
        return new NerSentence(toks, tags);
    }

    // storage inside the model: "word<TAB>count" lines

    public String write() {
        StringBuilder sb = new StringBuilder();
        new java.util.TreeMap<>(counts).forEach((w, n) -> sb.append(w).append('\t').append(n).append('\n'));
        return sb.toString();
    }

    public static CliticSplitter read(String text) {
        Map<String, Integer> c = new HashMap<>();
        for (String line : text.split("\n")) {
            int tab = line.indexOf('\t');
            if (tab > 0) {
                c.put(line.substring(0, tab), Integer.parseInt(line.substring(tab + 1)));
            }
        }
        return new CliticSplitter(c);
    }
}
