package org.newsint.text;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Measures {@link Romanizer} against the ANETAC English–Arabic name pairs ({@code CLASS English Arabic} a line):
 * exact-match rate (case-insensitive, hyphens, apostrophes, spaces and accents ignored), the same against any
 * English spelling ANETAC gives for that Arabic form, and mean normalised character similarity
 * (1 − Levenshtein / longer length), per class.
 *
 * <p>The sample is fixed: every 10th distinct Arabic form (folded) in file order, with all its pairs.
 * {@code RomanizerTables} never learns from these forms, so the figures are for names the tables have not seen.
 *
 * <pre>java -cp text-common/target/classes org.newsint.text.RomanizerEval ../shared/corpus/ner/anetac/EN-AR_Named-entities.txt [--rules-only] [--train] [--show N]</pre>
 */
public final class RomanizerEval {

    /** One ANETAC line. */
    public record Pair(String cls, String english, String arabic) {
    }

    private RomanizerEval() {
    }

    public static List<Pair> read(Path file) throws IOException {
        List<Pair> out = new ArrayList<>();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            String[] f = line.strip().split("\\s+");
            if (f.length == 3) {
                out.add(new Pair(f[0], f[1], f[2]));
            }
        }
        return out;
    }

    /** Whether a pair's Arabic form is in the fixed evaluation sample (every 10th distinct folded form). */
    public static Map<String, Boolean> sampleForms(List<Pair> pairs) {
        Map<String, Boolean> forms = new LinkedHashMap<>();
        for (Pair p : pairs) {
            String k = Romanizer.key(String.join("", Romanizer.wordsOf(p.arabic())));
            if (!forms.containsKey(k)) {
                forms.put(k, forms.size() % 10 == 0);
            }
        }
        return forms;
    }

    public static String formOf(Pair p) {
        return Romanizer.key(String.join("", Romanizer.wordsOf(p.arabic())));
    }

    /** Comparison form: accents dropped, lower case, only letters and digits. */
    public static String comparable(String s) {
        String n = Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("\\p{M}+", "").toLowerCase(Locale.ROOT);
        StringBuilder b = new StringBuilder(n.length());
        for (int i = 0; i < n.length(); i++) {
            char c = n.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                b.append(c);
            }
        }
        return b.toString();
    }

    public static double similarity(String a, String b) {
        int max = Math.max(a.length(), b.length());
        return max == 0 ? 1.0 : 1.0 - (double) levenshtein(a, b) / max;
    }

    public static int levenshtein(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int sub = prev[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                cur[j] = Math.min(sub, Math.min(prev[j] + 1, cur[j - 1] + 1));
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }

    private static final class Tally {
        int n;
        int exact;
        int anyVariant;
        double sim;
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 1) {
            System.err.println("usage: RomanizerEval EN-AR_Named-entities.txt [--rules-only] [--train] [--show N]");
            System.exit(2);
        }
        boolean rulesOnly = List.of(args).contains("--rules-only");
        boolean train = List.of(args).contains("--train");
        int show = 0;
        for (int i = 0; i < args.length - 1; i++) {
            if (args[i].equals("--show")) {
                show = Integer.parseInt(args[i + 1]);
            }
        }
        List<Pair> pairs = read(Path.of(args[0]));
        Map<String, Boolean> sample = sampleForms(pairs);
        Map<String, List<String>> variants = new LinkedHashMap<>();
        for (Pair p : pairs) {
            variants.computeIfAbsent(formOf(p), k -> new ArrayList<>()).add(comparable(p.english()));
        }
        Romanizer r = rulesOnly ? Romanizer.rulesOnly() : Romanizer.bundled();
        Map<String, Tally> tallies = new TreeMap<>();
        long t0 = System.nanoTime();
        int shown = 0;
        for (Pair p : pairs) {
            if (sample.get(formOf(p)) == train) {
                continue;
            }
            String got = comparable(r.name(p.arabic()));
            String want = comparable(p.english());
            for (String cls : List.of(p.cls(), "ALL")) {
                Tally t = tallies.computeIfAbsent(cls, k -> new Tally());
                t.n++;
                t.exact += got.equals(want) ? 1 : 0;
                t.anyVariant += variants.get(formOf(p)).contains(got) ? 1 : 0;
                t.sim += similarity(got, want);
            }
            if (shown < show && !got.equals(want)) {
                System.out.println(p.arabic() + "\t" + p.english() + "\t" + r.name(p.arabic()));
                shown++;
            }
        }
        double ms = (System.nanoTime() - t0) / 1e6;
        System.out.printf("ANETAC %s (%s): every 10th distinct Arabic form, %s%n", train ? "training part" : "sample",
                args[0], rulesOnly ? "rules and hand-kept names only" : "bundled tables");
        System.out.printf("%-13s %7s %8s %12s %9s%n", "class", "pairs", "exact", "any-variant", "char-sim");
        for (Map.Entry<String, Tally> e : tallies.entrySet()) {
            Tally t = e.getValue();
            System.out.printf(Locale.ROOT, "%-13s %7d %7.1f%% %11.1f%% %9.3f%n", e.getKey(), t.n, 100.0 * t.exact / t.n,
                    100.0 * t.anyVariant / t.n, t.sim / t.n);
        }
        System.out.printf(Locale.ROOT, "%.1f ms%n", ms);
    }
}
