package org.newsint.nlp.ner;

import opennlp.tools.ml.BeamSearch;
import opennlp.tools.ml.model.AbstractModel;
import opennlp.tools.ml.model.Context;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.ml.perceptron.PerceptronModel;
import opennlp.tools.namefind.NameFinderME;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.util.SequenceCodec;
import opennlp.tools.util.SequenceValidator;
import opennlp.tools.util.Span;
import opennlp.tools.util.featuregen.FeatureGeneratorUtil;

import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * The decoding of {@link NameFinderME} for a perceptron model with {@link ArabicFeatureGenerator} features,
 * without its per-hypothesis overhead. NameFinderME builds every feature string for each of the beam's
 * hypotheses at each token and looks each one up in the model; here the one-token features are summed once
 * per distinct token and window offset (cached with the generator's token information), the features that
 * span several tokens once per position, and only OpenNLP's four previous-outcome features ({@code po},
 * {@code pow}, {@code powf}, {@code ppo}) per hypothesis. Same beam search (width from the model), same
 * score normalisation, same sequence validity and span probabilities as {@code NameFinderME.find}; the sums
 * are taken in another order, so scores agree up to rounding (names identical on the held-out parts, checked
 * by a test). About 7 times faster. Not thread-safe: one per thread.
 */
final class FastNameFinder {

    private final Map<String, Context> pmap;
    private final String[] outcomes;
    private final int numOutcomes;
    private final int beam;
    private final SequenceCodec<String> codec;
    private final ArabicFeatureGenerator generator;
    private final String domainPrefix; // null for models without domain features
    private final boolean[][] valid;   // [previous outcome][outcome]
    private final boolean[] validFirst;
    private final Context[] po;        // "po=" + outcome, outcome index numOutcomes = "other" at the start
    private final Context[] ppo;
    private final String[] poPrefix;   // "pow=" + outcome + ","
    private final String[] powfPrefix; // "powf=" + outcome + ","

    private FastNameFinder(MaxentModel model, int beam, SequenceCodec<String> codec, ArabicFeatureGenerator generator) {
        Object[] data = ((AbstractModel) model).getDataStructures();
        @SuppressWarnings("unchecked")
        Map<String, Context> map = (Map<String, Context>) data[1];
        this.pmap = map;
        this.outcomes = (String[]) data[2];
        this.numOutcomes = outcomes.length;
        this.beam = beam;
        this.codec = codec;
        this.generator = generator;
        this.domainPrefix = generator.domainPrefix();
        SequenceValidator<String> v = codec.createSequenceValidator();
        String[] none = new String[0];
        valid = new boolean[numOutcomes][numOutcomes];
        validFirst = new boolean[numOutcomes];
        for (int o = 0; o < numOutcomes; o++) {
            validFirst[o] = v.validSequence(0, none, none, outcomes[o]);
            for (int p = 0; p < numOutcomes; p++) {
                valid[p][o] = v.validSequence(1, new String[] {"x", "y"}, new String[] {outcomes[p]}, outcomes[o]);
            }
        }
        po = new Context[numOutcomes + 1];
        ppo = new Context[numOutcomes + 1];
        poPrefix = new String[numOutcomes + 1];
        powfPrefix = new String[numOutcomes + 1];
        for (int o = 0; o <= numOutcomes; o++) {
            String name = o < numOutcomes ? outcomes[o] : NameFinderME.OTHER;
            po[o] = pmap.get("po=" + name);
            ppo[o] = pmap.get("ppo=" + name);
            poPrefix[o] = "pow=" + name + ",";
            powfPrefix[o] = "powf=" + name + ",";
        }
    }

    /**
     * A decoder for {@code model}, or null when the model is not one it reproduces exactly (not a perceptron,
     * not this package's features, or with the per-document previous-decision feature).
     */
    static FastNameFinder of(TokenNameFinderModel model) {
        return of(model, ArabicNerFactory.DEFAULT_DOMAIN);
    }

    /** As {@link #of(TokenNameFinderModel)}, for text of {@code domain} (models with domain features). */
    static FastNameFinder of(TokenNameFinderModel model, String domain) {
        if (!(model.getFactory() instanceof ArabicNerFactory f)
                || Boolean.parseBoolean(f.settings().getProperty("prevmap", "false"))
                || !(model.getNameFinderSequenceModel() instanceof BeamSearch search)) {
            return null;
        }
        try {
            Field m = BeamSearch.class.getDeclaredField("model");
            m.setAccessible(true);
            Field s = BeamSearch.class.getDeclaredField("size");
            s.setAccessible(true);
            Object maxent = m.get(search);
            if (!(maxent instanceof PerceptronModel p)) {
                return null;
            }
            ArabicFeatureGenerator g = f.createFeatureGenerators(domain);
            return new FastNameFinder(p, (Integer) s.get(search), model.getFactory().createSequenceCodec(), g);
        } catch (ReflectiveOperationException | RuntimeException e) {
            return null;
        }
    }

    /** Names in normalised tokens, as {@code NameFinderME.find} gives them. */
    Span[] find(String[] tokens) {
        int n = tokens.length;
        if (n == 0) {
            return new Span[0];
        }
        double[][] base = new double[n][numOutcomes];
        // the one-token features summed once per token and window offset, the rest per position
        ArabicFeatureGenerator.Tok[] t = generator.toks(tokens);
        String[] cores = new String[n];
        for (int i = 0; i < n; i++) {
            cores[i] = t[i].core;
        }
        String[] match = generator.match(cores);
        List<String> context = new ArrayList<>(24);
        for (int i = 0; i < n; i++) {
            double[] b = base[i];
            for (int d = -2; d <= 2; d++) {
                int j = i + d;
                if (j >= 0 && j < n) {
                    double[] v = tokenScores(t[j], d);
                    for (int o = 0; o < numOutcomes; o++) {
                        b[o] += v[o];
                    }
                }
            }
            context.clear();
            generator.contextFeatures(context, t, match, i);
            for (String f : context) {
                add(b, pmap.get(f));
                if (domainPrefix != null) {
                    add(b, pmap.get(domainPrefix + f));
                }
            }
        }
        // beam: hypotheses as outcome paths with their summed log probabilities
        int cap = Math.max(beam, 1);
        int[][] paths = new int[cap][n];
        double[][] probs = new double[cap][n];
        double[] scores = new double[cap];
        int live = 1;
        int[][] nextPaths = new int[cap][n];
        double[][] nextProbs = new double[cap][n];
        double[] nextScores = new double[cap];
        double[] s = new double[numOutcomes];
        double[] sorted = new double[numOutcomes];
        // candidates of one step: (hypothesis, outcome, score)
        int maxCand = cap * numOutcomes;
        int[] candHyp = new int[maxCand];
        int[] candOut = new int[maxCand];
        double[] candScore = new double[maxCand];
        double[] candProb = new double[maxCand];
        for (int i = 0; i < n; i++) {
            int nc = 0;
            String tf = null;
            for (int h = 0; h < live; h++) {
                int prev = i > 0 ? paths[h][i - 1] : numOutcomes;
                int pprev = i > 1 ? paths[h][i - 2] : numOutcomes;
                System.arraycopy(base[i], 0, s, 0, numOutcomes);
                add(s, po[prev]);
                add(s, pmap.get(poPrefix[prev] + tokens[i]));
                if (tf == null) {
                    tf = FeatureGeneratorUtil.tokenFeature(tokens[i]);
                }
                add(s, pmap.get(powfPrefix[prev] + tf));
                add(s, ppo[pprev]);
                normalize(s);
                System.arraycopy(s, 0, sorted, 0, numOutcomes);
                Arrays.sort(sorted);
                double min = sorted[Math.max(0, numOutcomes - beam)];
                int before = nc;
                for (int o = 0; o < numOutcomes; o++) {
                    if (s[o] >= min && (i == 0 ? validFirst[o] : valid[prev][o])) {
                        candHyp[nc] = h;
                        candOut[nc] = o;
                        candProb[nc] = s[o];
                        candScore[nc++] = scores[h] + Math.log(s[o]);
                    }
                }
                if (nc == before) {
                    for (int o = 0; o < numOutcomes; o++) {
                        if (i == 0 ? validFirst[o] : valid[prev][o]) {
                            if (nc == candHyp.length) {
                                candHyp = Arrays.copyOf(candHyp, nc * 2);
                                candOut = Arrays.copyOf(candOut, nc * 2);
                                candProb = Arrays.copyOf(candProb, nc * 2);
                                candScore = Arrays.copyOf(candScore, nc * 2);
                            }
                            candHyp[nc] = h;
                            candOut[nc] = o;
                            candProb[nc] = s[o];
                            candScore[nc++] = scores[h] + Math.log(s[o]);
                        }
                    }
                }
            }
            if (nc == 0) {
                break; // no valid continuation (does not happen with the BIO/BILOU validators)
            }
            // keep the best `cap` candidates, best first
            int keep = Math.min(cap, nc);
            for (int k = 0; k < keep; k++) {
                int best = k;
                for (int c = k + 1; c < nc; c++) {
                    if (candScore[c] > candScore[best]) {
                        best = c;
                    }
                }
                swap(candHyp, candOut, candScore, candProb, k, best);
                int h = candHyp[k];
                System.arraycopy(paths[h], 0, nextPaths[k], 0, i);
                System.arraycopy(probs[h], 0, nextProbs[k], 0, i);
                nextPaths[k][i] = candOut[k];
                nextProbs[k][i] = candProb[k];
                nextScores[k] = candScore[k];
            }
            int[][] tp = paths;
            paths = nextPaths;
            nextPaths = tp;
            double[][] tq = probs;
            probs = nextProbs;
            nextProbs = tq;
            double[] ts = scores;
            scores = nextScores;
            nextScores = ts;
            live = keep;
        }
        String[] best = new String[n];
        for (int i = 0; i < n; i++) {
            best[i] = outcomes[paths[0][i]];
        }
        Span[] spans = codec.decode(Arrays.asList(best));
        double[] p = probs[0];
        for (int k = 0; k < spans.length; k++) {
            double sum = 0;
            for (int i = spans[k].getStart(); i < spans[k].getEnd(); i++) {
                sum += p[i];
            }
            spans[k] = new Span(spans[k], sum / spans[k].length());
        }
        return spans;
    }

    /** The summed weights of the features token {@code t} gives the position {@code d} tokens before it. */
    private double[] tokenScores(ArabicFeatureGenerator.Tok t, int d) {
        double[][] data = (double[][]) t.decoderData;
        if (data == null) {
            data = new double[5][];
            t.decoderData = data;
        }
        double[] v = data[d + 2];
        if (v == null) {
            v = new double[numOutcomes];
            for (String f : t.features(d, generator.version())) {
                add(v, pmap.get(f));
                if (domainPrefix != null) {
                    add(v, pmap.get(domainPrefix + f));
                }
            }
            data[d + 2] = v;
        }
        return v;
    }

    private static void swap(int[] a, int[] b, double[] c, double[] d, int i, int j) {
        if (i == j) {
            return;
        }
        int t = a[i];
        a[i] = a[j];
        a[j] = t;
        t = b[i];
        b[i] = b[j];
        b[j] = t;
        double u = c[i];
        c[i] = c[j];
        c[j] = u;
        u = d[i];
        d[i] = d[j];
        d[j] = u;
    }

    private static void add(double[] s, Context c) {
        if (c == null) {
            return;
        }
        int[] o = c.getOutcomes();
        double[] w = c.getParameters();
        for (int k = 0; k < o.length; k++) {
            s[o[k]] += w[k];
        }
    }

    /** The perceptron's normalisation (PerceptronModel.eval): exp(score / max(1, max |score|)), summing to 1. */
    private static void normalize(double[] s) {
        double max = 1;
        for (double v : s) {
            if (max < StrictMath.abs(v)) {
                max = StrictMath.abs(v);
            }
        }
        double total = 0;
        for (int o = 0; o < s.length; o++) {
            s[o] = StrictMath.exp(s[o] / max);
            total += s[o];
        }
        for (int o = 0; o < s.length; o++) {
            s[o] /= total;
        }
    }
}
