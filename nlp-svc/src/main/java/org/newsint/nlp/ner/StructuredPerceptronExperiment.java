package org.newsint.nlp.ner;

import opennlp.tools.util.Span;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

/**
 * An experiment, not the bundled model: a first-order structured averaged perceptron (Collins 2002) over the same
 * features as the bundled model ({@link ArabicFeatureGenerator}, version 1 or 2, with domain features), trained with
 * Viterbi decoding over BIO tags under the usual constraint (I-X only after B-X or I-X) instead of OpenNLP's locally
 * trained perceptron with beam search. It tests whether global training (what a CRF would add) helps on the same
 * split. {@link #main} prints the held-out micro F1 of NewsFANE (as news) and AQMAR (as wiki) after every epoch and
 * NewsFANE's per-type report after the last; no model is kept.
 *
 * <pre>StructuredPerceptronExperiment [EPOCHS=15] [FEATURE_VERSION=1]</pre>
 */
public final class StructuredPerceptronExperiment {

    static final String[] LABELS = {"O", "B-PER", "I-PER", "B-LOC", "I-LOC", "B-ORG", "I-ORG"};
    private static final int L = LABELS.length;
    private static final Map<String, Integer> LABEL_INDEX = new HashMap<>();

    static {
        for (int i = 0; i < L; i++) {
            LABEL_INDEX.put(LABELS[i], i);
        }
    }

    /** One training sentence: feature ids per position and gold label ids. */
    record Instance(int[][] features, int[] labels) {
    }

    private final ArabicFeatureGenerator generator;
    private final CliticSplitter splitter;
    private final Map<String, Integer> featureIds = new HashMap<>();
    private float[] weights;
    private double[] weightSums; // averaging: sums of (update × step), as in Daumé's trick (double: steps run to millions)
    private final float[] transitions = new float[(L + 1) * L]; // row 0: from the sentence start
    private final double[] transitionSums = new double[(L + 1) * L];
    private long step = 1;

    StructuredPerceptronExperiment(ArabicFeatureGenerator generator, CliticSplitter splitter) {
        this.generator = generator;
        this.splitter = splitter;
    }

    /** Whether label y may follow label prev (-1: the sentence start). */
    static boolean allowed(int prev, int y) {
        if (y == 0 || LABELS[y].startsWith("B-")) {
            return true;
        }
        return prev > 0 && LABELS[prev].substring(2).equals(LABELS[y].substring(2));
    }

    private int[][] features(String[] tokens, String domain, boolean grow) {
        ArabicFeatureGenerator.TRAINING_DOMAIN.set(domain);
        try {
            List<String>[] fs = generator.prepare(tokens);
            int[][] out = new int[tokens.length][];
            for (int i = 0; i < tokens.length; i++) {
                int[] ids = new int[fs[i].size() + 1];
                int k = 0;
                List<String> all = new ArrayList<>(fs[i]);
                all.add("bias");
                for (String f : all) {
                    Integer id = featureIds.get(f);
                    if (id == null && grow) {
                        id = featureIds.size();
                        featureIds.put(f, id);
                    }
                    if (id != null) {
                        ids[k++] = id;
                    }
                }
                out[i] = Arrays.copyOf(ids, k);
            }
            return out;
        } finally {
            ArabicFeatureGenerator.TRAINING_DOMAIN.remove();
        }
    }

    Instance instance(NerSentence unsplit, String domain) {
        NerSentence s = splitter.split(unsplit);
        String[] tokens = ArabicTokens.norm(s.tokens().toArray(new String[0]));
        int[] labels = new int[tokens.length];
        for (int i = 0; i < labels.length; i++) {
            labels[i] = LABEL_INDEX.getOrDefault(s.tags().get(i), 0); // MISC and anything else: outside
        }
        return new Instance(features(tokens, domain, true), labels);
    }

    private double weight(float[] w, double[] sums, int k, boolean averaged) {
        return averaged ? w[k] - sums[k] / step : w[k];
    }

    /** The best label sequence under the constraint, with the current or the averaged weights. */
    int[] viterbi(int[][] f, boolean averaged) {
        int n = f.length;
        if (n == 0) {
            return new int[0];
        }
        double[][] score = new double[n][L];
        int[][] back = new int[n][L];
        double[] emit = new double[L];
        for (int i = 0; i < n; i++) {
            Arrays.fill(emit, 0);
            for (int id : f[i]) {
                for (int y = 0; y < L; y++) {
                    emit[y] += weight(weights, weightSums, id * L + y, averaged);
                }
            }
            for (int y = 0; y < L; y++) {
                double best = Double.NEGATIVE_INFINITY;
                int arg = -1;
                if (i == 0) {
                    if (allowed(-1, y)) {
                        best = weight(transitions, transitionSums, y, averaged);
                    }
                } else {
                    for (int p = 0; p < L; p++) {
                        if (allowed(p, y) && score[i - 1][p] != Double.NEGATIVE_INFINITY) {
                            double v = score[i - 1][p] + weight(transitions, transitionSums, (p + 1) * L + y, averaged);
                            if (v > best) {
                                best = v;
                                arg = p;
                            }
                        }
                    }
                }
                score[i][y] = best == Double.NEGATIVE_INFINITY ? best : best + emit[y];
                back[i][y] = arg;
            }
        }
        int[] out = new int[n];
        int y = 0;
        for (int k = 1; k < L; k++) {
            if (score[n - 1][k] > score[n - 1][y]) {
                y = k;
            }
        }
        for (int i = n - 1; i >= 0; i--) {
            out[i] = y;
            y = back[i][y];
        }
        return out;
    }

    private void update(int[][] f, int[] labels, int delta) {
        for (int i = 0; i < f.length; i++) {
            for (int id : f[i]) {
                weights[id * L + labels[i]] += delta;
                weightSums[id * L + labels[i]] += delta * step;
            }
            int k = ((i == 0 ? -1 : labels[i - 1]) + 1) * L + labels[i];
            transitions[k] += delta;
            transitionSums[k] += delta * step;
        }
    }

    /** One pass over the shuffled instances; returns the number of sentences decoded wrongly. */
    int epoch(List<Instance> train, Random random) {
        if (weights == null) {
            weights = new float[featureIds.size() * L];
            weightSums = new double[weights.length];
        }
        Collections.shuffle(train, random);
        int errors = 0;
        for (Instance in : train) {
            int[] guess = viterbi(in.features(), false);
            if (!Arrays.equals(guess, in.labels())) {
                errors++;
                update(in.features(), in.labels(), 1);
                update(in.features(), guess, -1);
            }
            step++;
        }
        return errors;
    }

    /** BIO tags of one sentence's tokens as written, with the averaged weights (names over clitic pieces widened). */
    List<String> tag(List<String> tokens, String domain) {
        String[] written = tokens.toArray(new String[0]);
        CliticSplitter.Pieces p = splitter.split(ArabicTokens.norm(written));
        int[] y = viterbi(features(p.pieces(), domain, false), true);
        List<String> pieceTags = new ArrayList<>();
        for (int v : y) {
            pieceTags.add(LABELS[v]);
        }
        List<Span> out = new ArrayList<>();
        int covered = 0;
        for (Span s : NerSentence.spansOf(pieceTags)) {
            int start = Math.max(covered, p.tokenOf()[s.getStart()]);
            int end = p.tokenOf()[s.getEnd() - 1] + 1;
            if (start < end) {
                out.add(new Span(start, end, s.getType()));
                covered = end;
            }
        }
        return NerSentence.tagsOf(written.length, out.toArray(new Span[0]));
    }

    public static void main(String[] args) throws IOException {
        int epochs = args.length > 0 ? Integer.parseInt(args[0]) : 15;
        int version = args.length > 1 ? Integer.parseInt(args[1]) : 1;
        List<NerSentence> aq = ConllReader.readAqmar(Path.of(NerTrainer.DEFAULT_AQMAR));
        List<NerSentence> nf = ConllReader.readNewsFane(Path.of(NerTrainer.DEFAULT_NEWSFANE));
        NerSplit.Parts aqParts = NerSplit.aqmar(aq);
        NerSplit.Parts nfParts = NerSplit.newsFane(nf);
        CliticSplitter splitter = new CliticSplitter(CliticSplitter.count(nfParts.train().stream().map(NerSentence::tokens).toList(), 2));
        StructuredPerceptronExperiment x = new StructuredPerceptronExperiment(
                new ArabicFeatureGenerator(false, NerLexicon.fromKnowledgeBase(), version, "news"), splitter);
        List<Instance> train = new ArrayList<>();
        for (NerTrainer.Doc d : NerTrainer.aqmarDocs(aq, false)) {
            d.sentences().forEach(s -> train.add(x.instance(s, "wiki")));
        }
        nfParts.train().forEach(s -> train.add(x.instance(s, "news")));
        System.err.printf(Locale.ROOT, "ner: %d training sentences, %d features%n", train.size(), x.featureIds.size());
        Random random = new Random(1);
        NerEval news = null;
        for (int e = 1; e <= epochs; e++) {
            long t0 = System.nanoTime();
            int errors = x.epoch(train, random);
            news = NerEval.run(nfParts.heldOut(), tokens -> x.tag(tokens, "news"));
            NerEval wiki = NerEval.run(aqParts.heldOut(), tokens -> x.tag(tokens, "wiki"));
            System.out.printf(Locale.ROOT, "epoch %d: %d sentences wrong; NewsFANE %.3f, AQMAR %.3f (%.1f s)%n", e, errors,
                    news.microF1(), wiki.microF1(), (System.nanoTime() - t0) / 1e9);
        }
        if (news != null) {
            System.out.println("== NewsFANE held-out\n" + news.report());
        }
    }
}
