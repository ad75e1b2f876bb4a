package org.newsint.nlp.ner;

import opennlp.tools.util.Span;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * Exact-span precision, recall and F1 per type and micro-averaged over PER, LOC and ORG (MISC reported,
 * left out of the average), the same counting as {@code conll_eval.py}; used by the trainer to compare
 * settings without leaving the JVM.
 */
public final class NerEval {

    private final Map<String, int[]> counts = new TreeMap<>();

    public void add(List<String> goldTags, List<String> predTags) {
        Set<String> g = keys(NerSentence.spansOf(goldTags));
        Set<String> p = keys(NerSentence.spansOf(predTags));
        for (String k : g) {
            int[] c = counts.computeIfAbsent(type(k), t -> new int[3]);
            if (p.contains(k)) {
                c[0]++;
            } else {
                c[2]++;
            }
        }
        for (String k : p) {
            if (!g.contains(k)) {
                counts.computeIfAbsent(type(k), t -> new int[3])[1]++;
            }
        }
    }

    /** Tags every sentence with {@code tagger} (tokens as written to BIO tags) and scores it. */
    public static NerEval run(List<NerSentence> gold, Function<List<String>, List<String>> tagger) {
        NerEval e = new NerEval();
        for (NerSentence s : gold) {
            e.add(s.tags(), tagger.apply(s.tokens()));
        }
        return e;
    }

    public double microF1() {
        int[] m = new int[3];
        counts.forEach((t, c) -> {
            if (!t.equals("MISC")) {
                for (int i = 0; i < 3; i++) {
                    m[i] += c[i];
                }
            }
        });
        return f1(m);
    }

    public double f1(String type) {
        return f1(counts.getOrDefault(type, new int[3]));
    }

    static double f1(int[] c) {
        double p = c[0] + c[1] == 0 ? 0 : (double) c[0] / (c[0] + c[1]);
        double r = c[0] + c[2] == 0 ? 0 : (double) c[0] / (c[0] + c[2]);
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    public String report() {
        StringBuilder sb = new StringBuilder();
        counts.forEach((t, c) -> {
            double p = c[0] + c[1] == 0 ? 0 : (double) c[0] / (c[0] + c[1]);
            double r = c[0] + c[2] == 0 ? 0 : (double) c[0] / (c[0] + c[2]);
            sb.append(String.format(Locale.ROOT, "%-5s p=%.3f r=%.3f f1=%.3f (tp=%d fp=%d fn=%d)%n",
                    t, p, r, f1(c), c[0], c[1], c[2]));
        });
        sb.append(String.format(Locale.ROOT, "micro_f1 %.3f%n", microF1()));
        return sb.toString();
    }

    private static Set<String> keys(Span[] spans) {
        Set<String> out = new HashSet<>();
        for (Span s : spans) {
            out.add(s.getStart() + ":" + s.getEnd() + ":" + s.getType());
        }
        return out;
    }

    private static String type(String key) {
        return key.substring(key.lastIndexOf(':') + 1);
    }
}
