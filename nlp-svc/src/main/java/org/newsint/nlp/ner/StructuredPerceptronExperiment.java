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
 * <p>Document-level evidence (session 10): with {@code DOC} &gt; 0, sentences are grouped into documents (AQMAR's
 * articles; NewsFANE, which has no document marks, in blocks of {@code DOC} consecutive sentences, training and
 * held-out parts alike) and each token gets context-aggregation features (Ratinov and Roth 2009): the cores next to
 * the other occurrences of its core in the document ({@code AGG} 1) and their knowledge-base list classes ({@code AGG}
 * 2). {@code stacked} adds a second stage (Krishnan and Manning 2006): a model trained on the training documents'
 * stage-1 labels, jackknifed over {@code FOLDS} so that no document is labelled by a model that saw it, with features
 * from the stage-1 labels of the token, of the other occurrences of its core and of names found elsewhere in the
 * document. In {@code stacked} mode the document features are given to news only (AQMAR's held-out articles lose
 * 4 points with them).
 *
 * <pre>
 * StructuredPerceptronExperiment [EPOCHS=15] [FEATURE_VERSION=1] [DOC=0] [AGG=1]
 * StructuredPerceptronExperiment stacked EPOCHS FEATURE_VERSION DOC AGG FOLDS
 * </pre>
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

    private int[][] features(String[] tokens, String domain, boolean grow, List<String>[] extra) {
        ArabicFeatureGenerator.TRAINING_DOMAIN.set(domain);
        try {
            List<String>[] fs = generator.prepare(tokens);
            int[][] out = new int[tokens.length][];
            for (int i = 0; i < tokens.length; i++) {
                List<String> all = new ArrayList<>(fs[i]);
                all.add("bias");
                if (extra != null) {
                    all.addAll(extra[i]);
                    if (!"news".equals(domain)) {
                        for (String e : extra[i]) {
                            all.add(domain + "|" + e);
                        }
                    }
                }
                int[] ids = new int[all.size()];
                int k = 0;
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

    /** Sentences a NewsFANE document (0: no document features). */
    private static int docSize = 0;
    /** 1: the neighbouring cores of a core's other occurrences; 2: also their list classes. */
    private static int aggMode = 1;
    /** Document features for news documents only (stacked mode). */
    private static boolean newsOnly = false;

    /** The pieces of a sentence as written, normalised then split at clitics, as {@link #tag} does (training splits first). */
    String[] pieces(List<String> written) {
        return splitter.split(ArabicTokens.norm(written.toArray(new String[0]))).pieces();
    }

    /**
     * Document context aggregation (Ratinov and Roth 2009): for a token whose core occurs more than once in the
     * document, the cores and list classes next to its other occurrences.
     */
    List<String>[][] aggregate(List<String[]> doc) {
        Map<String, List<int[]>> where = new HashMap<>();
        for (int s = 0; s < doc.size(); s++) {
            String[] t = doc.get(s);
            for (int i = 0; i < t.length; i++) {
                String c = ArabicTokens.strip(t[i]).core();
                if (c.length() >= 2 && Character.isLetter(c.charAt(0))) {
                    where.computeIfAbsent(c, k -> new ArrayList<>()).add(new int[] {s, i});
                }
            }
        }
        @SuppressWarnings("unchecked")
        List<String>[][] out = new List[doc.size()][];
        for (int s = 0; s < doc.size(); s++) {
            String[] t = doc.get(s);
            out[s] = new List[t.length];
            for (int i = 0; i < t.length; i++) {
                java.util.Set<String> f = new java.util.LinkedHashSet<>();
                List<int[]> occ = where.get(ArabicTokens.strip(t[i]).core());
                if (occ != null && occ.size() > 1 && occ.size() <= 40) {
                    f.add("ag:n=" + Math.min(occ.size(), 5));
                    for (int[] o : occ) {
                        if (o[0] == s && o[1] == i) {
                            continue;
                        }
                        String[] u = doc.get(o[0]);
                        String pc = o[1] > 0 ? ArabicTokens.strip(u[o[1] - 1]).core() : "BOS";
                        String nc = o[1] + 1 < u.length ? ArabicTokens.strip(u[o[1] + 1]).core() : "EOS";
                        f.add("ag:p=" + pc);
                        f.add("ag:nx=" + nc);
                        if (aggMode >= 2) {
                            if (o[1] > 0) {
                                for (String x : generator.tok(u[o[1] - 1]).lx) {
                                    f.add("ag:plx=" + x);
                                }
                            }
                            if (o[1] + 1 < u.length) {
                                for (String x : generator.tok(u[o[1] + 1]).lx) {
                                    f.add("ag:nlx=" + x);
                                }
                            }
                        }
                    }
                }
                out[s][i] = new ArrayList<>(f);
            }
        }
        return out;
    }

    /** The training instances of one document. */
    List<Instance> instances(List<NerSentence> doc, String domain) {
        DocData d = docData(doc, domain);
        List<String>[][] agg = docSize > 0 ? aggregate(d.pieces()) : null;
        List<Instance> out = new ArrayList<>();
        for (int k = 0; k < d.pieces().size(); k++) {
            out.add(new Instance(features(d.pieces().get(k), domain, true, agg == null ? null : agg[k]), d.gold().get(k)));
        }
        return out;
    }

    /** The aggregated features of the held-out sentences, by sentence (identity of its token list). */
    final Map<List<String>, List<String>[]> heldOutAgg = new java.util.IdentityHashMap<>();

    void prepareHeldOut(List<List<NerSentence>> docs) {
        if (docSize == 0) {
            return;
        }
        for (List<NerSentence> d : docs) {
            List<String[]> pieces = d.stream().map(s -> pieces(s.tokens())).toList();
            List<String>[][] agg = aggregate(pieces);
            for (int k = 0; k < d.size(); k++) {
                heldOutAgg.put(d.get(k).tokens(), agg[k]);
            }
        }
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
        int[] y = viterbi(features(p.pieces(), domain, false, heldOutAgg.get(tokens)), true);
        return writtenTags(p, y, written.length);
    }

    /** BIO tags of the written tokens from the label ids of their pieces (a name over part of a token takes it whole). */
    static List<String> writtenTags(CliticSplitter.Pieces p, int[] y, int written) {
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
        return NerSentence.tagsOf(written, out.toArray(new Span[0]));
    }

    /** A document's sentences: split as trained, their pieces, gold label ids and its domain. */
    record DocData(String domain, List<NerSentence> sentences, List<String[]> pieces, List<int[]> gold) {
    }

    DocData docData(List<NerSentence> doc, String domain) {
        List<NerSentence> split = doc.stream().map(splitter::split).toList();
        List<String[]> pieces = split.stream().map(s -> ArabicTokens.norm(s.tokens().toArray(new String[0]))).toList();
        List<int[]> gold = new ArrayList<>();
        for (NerSentence s : split) {
            int[] labels = new int[s.tokens().size()];
            for (int i = 0; i < labels.length; i++) {
                labels[i] = LABEL_INDEX.getOrDefault(s.tags().get(i), 0); // MISC and anything else: outside
            }
            gold.add(labels);
        }
        return new DocData(domain, doc, pieces, gold);
    }

    /** Extra features of a document: aggregation (docSize > 0) and, given stage-1 labels, stacked ones. */
    List<String>[][] extra(DocData d, List<int[]> stage1) {
        if (newsOnly && !"news".equals(d.domain())) {
            return null;
        }
        List<String>[][] agg = docSize > 0 ? aggregate(d.pieces()) : null;
        if (stage1 == null) {
            return agg;
        }
        @SuppressWarnings("unchecked")
        List<String>[][] out = new List[d.pieces().size()][];
        // the stage-1 types given to each core, and to each name (piece sequence) stage 1 found
        Map<String, int[]> byCore = new HashMap<>();
        Map<String, String> names = new HashMap<>();
        for (int s = 0; s < d.pieces().size(); s++) {
            String[] t = d.pieces().get(s);
            int[] y = stage1.get(s);
            for (int i = 0; i < t.length; i++) {
                int[] c = byCore.computeIfAbsent(ArabicTokens.strip(t[i]).core(), k -> new int[4]);
                c[(y[i] + 1) / 2]++;
            }
            for (int i = 0; i < t.length; i++) {
                if (LABELS[y[i]].startsWith("B-")) {
                    int j = i + 1;
                    while (j < t.length && y[j] == y[i] + 1) {
                        j++;
                    }
                    StringBuilder key = new StringBuilder();
                    for (int k = i; k < j; k++) {
                        key.append(k > i ? " " : "").append(ArabicTokens.strip(t[k]).core());
                    }
                    names.putIfAbsent(key.toString(), LABELS[y[i]].substring(2)); // the first type found
                }
            }
        }
        String[] types = {"O", "PER", "LOC", "ORG"};
        for (int s = 0; s < d.pieces().size(); s++) {
            String[] t = d.pieces().get(s);
            int[] y = stage1.get(s);
            out[s] = new List[t.length];
            String[] cores = new String[t.length];
            for (int i = 0; i < t.length; i++) {
                cores[i] = ArabicTokens.strip(t[i]).core();
            }
            for (int i = 0; i < t.length; i++) {
                List<String> f = agg == null ? new ArrayList<>() : new ArrayList<>(agg[s][i]);
                f.add("s1=" + LABELS[y[i]]);
                int[] c = byCore.get(cores[i]).clone();
                c[(y[i] + 1) / 2]--; // the other occurrences
                int total = c[0] + c[1] + c[2] + c[3];
                if (total > 0 && total <= 40) {
                    for (int k = 1; k < 4; k++) {
                        if (c[k] > 0) {
                            f.add("s1o=" + types[k]);
                            f.add("s1o=" + types[k] + (2 * c[k] >= total ? ">half" : "<half"));
                        }
                    }
                    if (c[1] + c[2] + c[3] == 0) {
                        f.add("s1o=none");
                    }
                }
                out[s][i] = f;
            }
            // names found elsewhere in the document: mark every occurrence of the same pieces
            for (int i = 0; i < t.length; i++) {
                StringBuilder key = new StringBuilder();
                for (int j = i; j < Math.min(t.length, i + 5); j++) {
                    key.append(j > i ? " " : "").append(cores[j]);
                    String type = names.get(key.toString());
                    if (type != null) {
                        out[s][i].add("s1n=B-" + type);
                        for (int k = i + 1; k <= j; k++) {
                            out[s][k].add("s1n=I-" + type);
                        }
                    }
                }
            }
        }
        return out;
    }

    void train(List<DocData> docs, List<List<int[]>> stage1, int epochs, long seed) {
        List<Instance> train = new ArrayList<>();
        for (int k = 0; k < docs.size(); k++) {
            DocData d = docs.get(k);
            List<String>[][] ex = extra(d, stage1 == null ? null : stage1.get(k));
            for (int s = 0; s < d.pieces().size(); s++) {
                train.add(new Instance(features(d.pieces().get(s), d.domain(), true, ex == null ? null : ex[s]), d.gold().get(s)));
            }
        }
        Random random = new Random(seed);
        for (int e = 0; e < epochs; e++) {
            epoch(train, random);
        }
    }

    List<int[]> predict(DocData d, List<int[]> stage1) {
        List<String>[][] ex = extra(d, stage1);
        List<int[]> out = new ArrayList<>();
        for (int s = 0; s < d.pieces().size(); s++) {
            out.add(viterbi(features(d.pieces().get(s), d.domain(), false, ex == null ? null : ex[s]), true));
        }
        return out;
    }

    /** Scores piece labels of held-out documents against the written tokens' gold tags. */
    static NerEval score(List<DocData> docs, List<List<int[]>> labels, CliticSplitter splitter) {
        NerEval e = new NerEval();
        for (int k = 0; k < docs.size(); k++) {
            DocData d = docs.get(k);
            for (int s = 0; s < d.sentences().size(); s++) {
                NerSentence written = d.sentences().get(s);
                String[] w = written.tokens().toArray(new String[0]);
                CliticSplitter.Pieces p = splitter.split(ArabicTokens.norm(w));
                int[] y = labels.get(k).get(s);
                if (p.pieces().length != y.length) {
                    throw new IllegalStateException("pieces differ: " + p.pieces().length + " vs " + y.length);
                }
                e.add(written.tags(), writtenTags(p, y, w.length));
            }
        }
        return e;
    }

    /** Two stages: stage 1 as {@link #main}, its labels (jackknifed over FOLDS on the training documents) feed stage 2. */
    static void stacked(int epochs, int version, int folds) throws IOException {
        List<NerSentence> aq = ConllReader.readAqmar(Path.of(NerTrainer.DEFAULT_AQMAR));
        List<NerSentence> nf = ConllReader.readNewsFane(Path.of(NerTrainer.DEFAULT_NEWSFANE));
        NerSplit.Parts nfParts = NerSplit.newsFane(nf);
        CliticSplitter splitter = new CliticSplitter(CliticSplitter.count(nfParts.train().stream().map(NerSentence::tokens).toList(), 2));
        java.util.function.Supplier<StructuredPerceptronExperiment> model = () -> new StructuredPerceptronExperiment(
                new ArabicFeatureGenerator(false, NerLexicon.fromKnowledgeBase(), version, "news"), splitter);
        StructuredPerceptronExperiment x = model.get();
        int size = Math.max(docSize, 1);
        List<DocData> train = new ArrayList<>();
        NerTrainer.aqmarDocs(aq, false).forEach(d -> train.add(x.docData(d.sentences(), "wiki")));
        NerTrainer.blocks(nfParts.train(), size).forEach(d -> train.add(x.docData(d.sentences(), "news")));
        List<DocData> heldNews = new ArrayList<>();
        NerTrainer.blocks(nfParts.heldOut(), size).forEach(d -> heldNews.add(x.docData(d.sentences(), "news")));
        List<DocData> heldWiki = new ArrayList<>();
        NerSplit.aqmarArticles(aq).forEach((k, v) -> {
            if (NerSplit.aqmarHeldOut(k)) {
                heldWiki.add(x.docData(v, "wiki"));
            }
        });
        long t0 = System.nanoTime();
        // stage-1 labels of the training documents, each from a model that did not see it
        List<List<int[]>> jack = new ArrayList<>(java.util.Collections.nCopies(train.size(), (List<int[]>) null));
        for (int f = 0; f < folds; f++) {
            List<DocData> in = new ArrayList<>();
            for (int k = 0; k < train.size(); k++) {
                if (k % folds != f) {
                    in.add(train.get(k));
                }
            }
            StructuredPerceptronExperiment m = model.get();
            m.train(in, null, epochs, 1);
            for (int k = f; k < train.size(); k += folds) {
                jack.set(k, m.predict(train.get(k), null));
            }
            System.err.printf(Locale.ROOT, "fold %d done (%.0f s)%n", f, (System.nanoTime() - t0) / 1e9);
        }
        x.train(train, null, epochs, 1);
        List<List<int[]>> s1News = heldNews.stream().map(d -> x.predict(d, null)).toList();
        List<List<int[]>> s1Wiki = heldWiki.stream().map(d -> x.predict(d, null)).toList();
        System.out.printf(Locale.ROOT, "stage 1: NewsFANE %.3f, AQMAR %.3f%n", score(heldNews, s1News, splitter).microF1(),
                score(heldWiki, s1Wiki, splitter).microF1());
        StructuredPerceptronExperiment y = model.get();
        y.train(train, jack, epochs, 2);
        List<List<int[]>> s2News = new ArrayList<>();
        for (int k = 0; k < heldNews.size(); k++) {
            s2News.add(y.predict(heldNews.get(k), s1News.get(k)));
        }
        List<List<int[]>> s2Wiki = new ArrayList<>();
        for (int k = 0; k < heldWiki.size(); k++) {
            s2Wiki.add(y.predict(heldWiki.get(k), s1Wiki.get(k)));
        }
        NerEval news = score(heldNews, s2News, splitter);
        System.out.printf(Locale.ROOT, "stage 2: NewsFANE %.3f, AQMAR %.3f (%.0f s)%n", news.microF1(),
                score(heldWiki, s2Wiki, splitter).microF1(), (System.nanoTime() - t0) / 1e9);
        System.out.println(news.report());
    }

    public static void main(String[] args) throws IOException {
        if (args.length > 0 && args[0].equals("stacked")) {
            docSize = Integer.parseInt(args[3]);
            aggMode = Integer.parseInt(args[4]);
            newsOnly = true;
            stacked(Integer.parseInt(args[1]), Integer.parseInt(args[2]), Integer.parseInt(args[5]));
            return;
        }
        int epochs = args.length > 0 ? Integer.parseInt(args[0]) : 15;
        int version = args.length > 1 ? Integer.parseInt(args[1]) : 1;
        docSize = args.length > 2 ? Integer.parseInt(args[2]) : 0;
        aggMode = args.length > 3 ? Integer.parseInt(args[3]) : 1;
        List<NerSentence> aq = ConllReader.readAqmar(Path.of(NerTrainer.DEFAULT_AQMAR));
        List<NerSentence> nf = ConllReader.readNewsFane(Path.of(NerTrainer.DEFAULT_NEWSFANE));
        NerSplit.Parts aqParts = NerSplit.aqmar(aq);
        NerSplit.Parts nfParts = NerSplit.newsFane(nf);
        CliticSplitter splitter = new CliticSplitter(CliticSplitter.count(nfParts.train().stream().map(NerSentence::tokens).toList(), 2));
        StructuredPerceptronExperiment x = new StructuredPerceptronExperiment(
                new ArabicFeatureGenerator(false, NerLexicon.fromKnowledgeBase(), version, "news"), splitter);
        List<Instance> train = new ArrayList<>();
        for (NerTrainer.Doc d : NerTrainer.aqmarDocs(aq, false)) {
            train.addAll(x.instances(d.sentences(), "wiki"));
        }
        int size = Math.max(docSize, 1);
        for (NerTrainer.Doc d : NerTrainer.blocks(nfParts.train(), size)) {
            train.addAll(x.instances(d.sentences(), "news"));
        }
        List<List<NerSentence>> held = new ArrayList<>();
        NerTrainer.blocks(nfParts.heldOut(), size).forEach(d -> held.add(d.sentences()));
        var aqDocs = NerSplit.aqmarArticles(aq);
        aqDocs.forEach((k, v) -> {
            if (NerSplit.aqmarHeldOut(k)) {
                held.add(v);
            }
        });
        x.prepareHeldOut(held);
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
