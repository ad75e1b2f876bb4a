package org.newsint.nlp.ner;

import opennlp.tools.util.featuregen.AdaptiveFeatureGenerator;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Features for Arabic named entities over normalised tokens ({@link ArabicTokens#norm(String)}):
 * the word and its clitic-stripped core (with which proclitics were there) in a ±2 window, prefixes and
 * suffixes of the core, a coarse shape in a ±2 window, word and core bigrams, sentence start/end, and a
 * previous-decision map (the last outcome given to the same core earlier in the document; cleared with
 * {@link #clearAdaptiveData()}). OpenNLP's name context generator adds the previous outcomes itself.
 */
public final class ArabicFeatureGenerator implements AdaptiveFeatureGenerator {

    private final Map<String, String> previous = new HashMap<>();
    private final boolean usePrevMap;

    private final NerLexicon lexicon;

    public ArabicFeatureGenerator() {
        this(true, NerLexicon.empty());
    }

    public ArabicFeatureGenerator(boolean usePrevMap, NerLexicon lexicon) {
        this.usePrevMap = usePrevMap;
        this.lexicon = lexicon;
    }

    private static final class Cache {
        String[] tokens;
        String[] core;
        String[] clitics;
        String[] shape;
        String[] match;
    }

    private final Cache cache = new Cache();

    private void prepare(String[] tokens) {
        if (cache.tokens == tokens) {
            return;
        }
        int n = tokens.length;
        cache.core = new String[n];
        cache.clitics = new String[n];
        cache.shape = new String[n];
        for (int i = 0; i < n; i++) {
            ArabicTokens.Stripped s = ArabicTokens.strip(tokens[i]);
            cache.core[i] = s.core();
            cache.clitics[i] = s.clitics();
            cache.shape[i] = ArabicTokens.shape(null, tokens[i]);
        }
        cache.match = lexicon.match(cache.core);
        cache.tokens = tokens;
    }

    @Override
    public void createFeatures(List<String> f, String[] tokens, int i, String[] previousOutcomes) {
        prepare(tokens);
        String w = tokens[i];
        String core = cache.core[i];
        f.add("w=" + w);
        f.add("c=" + core);
        f.add("cl=" + cache.clitics[i]);
        f.add("sh=" + cache.shape[i]);
        f.add("len=" + Math.min(core.length(), 9));
        for (int k = 1; k <= 3 && k < core.length(); k++) {
            f.add("pre" + k + "=" + core.substring(0, k));
        }
        for (int k = 1; k <= 4 && k < core.length(); k++) {
            f.add("suf" + k + "=" + core.substring(core.length() - k));
        }
        for (int d = -2; d <= 2; d++) {
            if (d == 0) {
                continue;
            }
            int j = i + d;
            String p = d < 0 ? "p" + (-d) : "n" + d;
            if (j < 0 || j >= tokens.length) {
                f.add(p + "w=" + (j < 0 ? "BOS" : "EOS"));
                continue;
            }
            f.add(p + "w=" + tokens[j]);
            f.add(p + "c=" + cache.core[j]);
            f.add(p + "sh=" + cache.shape[j]);
            if (d == -1 || d == 1) {
                f.add(p + "cl=" + cache.clitics[j]);
            }
        }
        String pw = i > 0 ? tokens[i - 1] : "BOS";
        String nw = i + 1 < tokens.length ? tokens[i + 1] : "EOS";
        String pc = i > 0 ? cache.core[i - 1] : "BOS";
        String nc = i + 1 < tokens.length ? cache.core[i + 1] : "EOS";
        f.add("pw,w=" + pw + "," + w);
        f.add("w,nw=" + w + "," + nw);
        f.add("pc,c=" + pc + "," + core);
        f.add("c,nc=" + core + "," + nc);
        f.add("pc,sh=" + pc + "," + cache.shape[i]);
        if (!lexicon.isEmpty()) {
            for (int d = -1; d <= 1; d++) {
                int j = i + d;
                if (j < 0 || j >= tokens.length) {
                    continue;
                }
                String p = d == 0 ? "" : d < 0 ? "p1" : "n1";
                if (cache.match[j] != null) {
                    f.add(p + "gz=" + cache.match[j]);
                }
                for (String c : lexicon.classes(cache.core[j])) {
                    f.add(p + "lx=" + c);
                }
            }
            if (i >= 2) {
                for (String c : lexicon.classes(cache.core[i - 2])) {
                    f.add("p2lx=" + c);
                }
            }
        }
        if (usePrevMap) {
            f.add("pd=" + previous.getOrDefault(core, "null"));
        }
    }

    @Override
    public void updateAdaptiveData(String[] tokens, String[] outcomes) {
        if (!usePrevMap) {
            return;
        }
        for (int i = 0; i < tokens.length; i++) {
            String core = ArabicTokens.strip(tokens[i]).core();
            String o = outcomes[i];
            // keep the type, not the position (outcomes are TYPE-start, TYPE-cont, other)
            int dash = o.lastIndexOf('-');
            previous.put(core, dash < 0 ? o : o.substring(0, dash));
        }
    }

    @Override
    public void clearAdaptiveData() {
        previous.clear();
    }
}
