package org.newsint.nlp.ner;

import opennlp.tools.namefind.NameFinderME;
import opennlp.tools.namefind.NameSample;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.util.ObjectStream;
import opennlp.tools.util.TrainingParameters;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Trains the Arabic name finder from the training parts of AQMAR and NewsFANE ({@link NerSplit}) and writes
 * the model.
 *
 * <pre>
 * NerTrainer [--aqmar PATH] [--newsfane PATH] [--out PATH] [--algorithm PERCEPTRON|MAXENT|MAXENT_QN]
 *            [--iterations N] [--cutoff N] [--lexicon true|false] [--split true|false] [--misc true|false]
 *            [--prevmap true|false] [--features 1|2] [--codec bio|bilou] [--beam N] [--domains true|false]
 *            [--corpora both|aqmar|newsfane] [--all] [--eval]
 * </pre>
 *
 * Defaults ({@link Settings#defaults()}): the corpora under {@code ../shared/corpus/ner/} (relative to the
 * working directory, the repository root), {@code target/ner/ar-ner.bin}, averaged perceptron, 300 iterations,
 * feature cutoff 1, the knowledge-base word lists as features ({@link NerLexicon}), no conjunction splitting
 * ({@link CliticSplitter}), MISC names left out of training (the model tags PER, LOC and ORG), no
 * previous-decision feature, version-1 features ({@link ArabicFeatureGenerator}), BIO coding, beam 3, both
 * corpora with domain features (AQMAR's sentences as domain "wiki", NewsFANE's as "news",
 * {@link ArabicFeatureGenerator#DOMAINS}; {@code --domains false} trains without) (BILOU, version-2 features, other beams and iteration counts were measured and did not do better;
 * see the README). {@code --all} trains on the held-out parts too (not for a model you
 * evaluate); {@code --eval} scores the held-out parts in process afterwards (same counting as conll_eval.py).
 */
public final class NerTrainer {

    public static final String DEFAULT_AQMAR = "../shared/corpus/ner/aqmar/AQMAR_Arabic_NER_corpus-1.0.txt";
    public static final String DEFAULT_NEWSFANE = "../shared/corpus/ner/newsfane/NewsFANE_Gold_2014_170K.txt";

    /** Training settings. */
    public record Settings(String algorithm, int iterations, int cutoff, boolean prevMap, boolean lexicon, boolean split,
                           boolean misc, int features, String codec, int beam, boolean domains) {

        /** Without domain features. */
        public Settings(String algorithm, int iterations, int cutoff, boolean prevMap, boolean lexicon, boolean split,
                        boolean misc, int features, String codec, int beam) {
            this(algorithm, iterations, cutoff, prevMap, lexicon, split, misc, features, codec, beam, false);
        }

        /** Version-1 features, BIO, beam 3 (the first bundled model's layout). */
        public Settings(String algorithm, int iterations, int cutoff, boolean prevMap, boolean lexicon, boolean split,
                        boolean misc) {
            this(algorithm, iterations, cutoff, prevMap, lexicon, split, misc, 1, "bio", 3);
        }

        /** The settings of the bundled model (the best measured, see the README). */
        public static Settings defaults() {
            return new Settings("PERCEPTRON", 300, 1, false, true, false, false, 1, "bio", 3, true);
        }

        Settings with(String key, String value) {
            String a = algorithm;
            int it = iterations;
            int cut = cutoff;
            boolean pm = prevMap;
            boolean lx = lexicon;
            boolean sp = split;
            boolean mi = misc;
            int fe = features;
            String co = codec;
            int be = beam;
            boolean dm = domains;
            switch (key) {
                case "--algorithm" -> a = value;
                case "--iterations" -> it = Integer.parseInt(value);
                case "--cutoff" -> cut = Integer.parseInt(value);
                case "--prevmap" -> pm = Boolean.parseBoolean(value);
                case "--lexicon" -> lx = Boolean.parseBoolean(value);
                case "--split" -> sp = Boolean.parseBoolean(value);
                case "--misc" -> mi = Boolean.parseBoolean(value);
                case "--features" -> fe = Integer.parseInt(value);
                case "--codec" -> co = value;
                case "--beam" -> be = Integer.parseInt(value);
                case "--domains" -> dm = Boolean.parseBoolean(value);
                default -> throw new IllegalArgumentException(key);
            }
            return new Settings(a, it, cut, pm, lx, sp, mi, fe, co, be, dm);
        }

        TrainingParameters parameters() {
            TrainingParameters p = new TrainingParameters();
            p.put(TrainingParameters.ALGORITHM_PARAM, algorithm);
            p.put(TrainingParameters.ITERATIONS_PARAM, iterations);
            p.put(TrainingParameters.CUTOFF_PARAM, cutoff);
            p.put(TrainingParameters.THREADS_PARAM, 1);
            p.put(opennlp.tools.ml.BeamSearch.BEAM_SIZE_PARAMETER, beam);
            return p;
        }
    }

    /** A stretch of training text; the previous-decision memory is cleared before it. */
    public record Doc(List<NerSentence> sentences, String domain) {

        /** A stretch of news text. */
        public Doc(List<NerSentence> sentences) {
            this(sentences, "news");
        }
    }

    private NerTrainer() {
    }

    public static void main(String[] args) throws IOException {
        Path aqmar = Path.of(DEFAULT_AQMAR);
        Path newsFane = Path.of(DEFAULT_NEWSFANE);
        Path out = Path.of("target/ner/ar-ner.bin");
        Settings s = Settings.defaults();
        String corpora = "both";
        boolean all = false;
        boolean eval = false;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--aqmar" -> aqmar = Path.of(args[++i]);
                case "--newsfane" -> newsFane = Path.of(args[++i]);
                case "--out" -> out = Path.of(args[++i]);
                case "--algorithm", "--iterations", "--cutoff", "--prevmap", "--lexicon", "--split", "--misc", "--features", "--codec", "--beam", "--domains" -> s = s.with(args[i], args[++i]);
                case "--corpora" -> corpora = args[++i];
                case "--all" -> all = true;
                case "--eval" -> eval = true;
                default -> {
                    System.err.println("usage: NerTrainer [--aqmar PATH] [--newsfane PATH] [--out PATH] [--algorithm A]"
                            + " [--iterations N] [--cutoff N] [--prevmap true|false] [--lexicon true|false] [--split true|false] [--misc true|false] [--features 1|2] [--codec bio|bilou] [--beam N] [--domains true|false] [--corpora both|aqmar|newsfane] [--all] [--eval]");
                    System.exit(2);
                }
            }
        }
        long t0 = System.nanoTime();
        List<NerSentence> aq = ConllReader.readAqmar(aqmar);
        List<NerSentence> nf = ConllReader.readNewsFane(newsFane);
        NerSplit.Parts aqParts = NerSplit.aqmar(aq);
        NerSplit.Parts nfParts = NerSplit.newsFane(nf);
        System.err.printf(Locale.ROOT, "ner: AQMAR %d sentences (%d train, %d held out), NewsFANE %d (%d train, %d held out)%n",
                aq.size(), aqParts.train().size(), aqParts.heldOut().size(), nf.size(), nfParts.train().size(), nfParts.heldOut().size());
        List<Doc> docs = new ArrayList<>();
        if (!corpora.equals("newsfane")) {
            docs.addAll(aqmarDocs(aq, all));
        }
        if (!corpora.equals("aqmar")) {
            docs.addAll(blocks(all ? nf : nfParts.train(), NEWSFANE_BLOCK));
        }
        System.err.printf(Locale.ROOT, "ner: training on %d sentences with %s%n",
                docs.stream().mapToInt(d -> d.sentences().size()).sum(), s);
        CliticSplitter splitter = s.split()
                ? new CliticSplitter(CliticSplitter.count(nfParts.train().stream().map(NerSentence::tokens).toList(), 2))
                : CliticSplitter.none();
        TokenNameFinderModel model = train(docs, s, splitter);
        long t1 = System.nanoTime();
        if (out.getParent() != null) {
            Files.createDirectories(out.getParent());
        }
        try (OutputStream o = Files.newOutputStream(out)) {
            model.serialize(o);
        }
        System.err.printf(Locale.ROOT, "ner: trained in %.1f s; model %s (%.1f MB)%n", (t1 - t0) / 1e9, out, Files.size(out) / 1e6);
        if (eval) {
            ArabicNer ner = new ArabicNer(model);
            ArabicNer wiki = ner.forDomain("wiki");
            System.out.println("== NewsFANE held-out\n" + NerEval.run(nfParts.heldOut(), ner::tag).report());
            System.out.println("== AQMAR held-out (domain news)\n" + NerEval.run(aqParts.heldOut(), ner::tag).report());
            if (s.domains()) {
                System.out.println("== AQMAR held-out (domain wiki)\n" + NerEval.run(aqParts.heldOut(), wiki::tag).report());
            }
            {
                List<Doc> aqHeld = new ArrayList<>();
                NerSplit.aqmarArticles(aq).forEach((a, sents) -> {
                    if (NerSplit.aqmarHeldOut(a)) {
                        aqHeld.add(new Doc(sents, "wiki"));
                    }
                });
                System.out.println("== NewsFANE held-out, 20-sentence documents\n" + evalDocs(ner, blocks(nfParts.heldOut(), NEWSFANE_BLOCK)).report());
                System.out.println("== AQMAR held-out, by article\n" + evalDocs(s.domains() ? wiki : ner, aqHeld).report());
            }
        }
    }

    static NerEval evalDocs(ArabicNer ner, List<Doc> docs) {
        NerEval e = new NerEval();
        for (Doc d : docs) {
            List<String[]> toks = d.sentences().stream().map(x -> x.tokens().toArray(new String[0])).toList();
            List<List<ArabicNer.Span>> found = ner.findInDocument(toks);
            for (int i = 0; i < toks.size(); i++) {
                e.add(d.sentences().get(i).tags(), NerSentence.tagsOf(toks.get(i).length, ArabicNer.toOpenNlp(found.get(i))));
            }
        }
        return e;
    }

    /** NewsFANE has no document marks: the previous-decision memory is cleared every this many sentences. */
    static final int NEWSFANE_BLOCK = 20;

    /** AQMAR articles as documents (the memory is cleared at each article): the training ones, or all. */
    static List<Doc> aqmarDocs(List<NerSentence> sentences, boolean all) {
        List<Doc> out = new ArrayList<>();
        for (var e : NerSplit.aqmarArticles(sentences).entrySet()) {
            if (all || !NerSplit.aqmarHeldOut(e.getKey())) {
                out.add(new Doc(e.getValue(), "wiki"));
            }
        }
        return out;
    }

    static List<Doc> blocks(List<NerSentence> sentences, int size) {
        List<Doc> out = new ArrayList<>();
        for (int i = 0; i < sentences.size(); i += size) {
            out.add(new Doc(sentences.subList(i, Math.min(sentences.size(), i + size))));
        }
        return out;
    }

    /** Trains a model from documents of sentences, without a clitic splitter. */
    public static TokenNameFinderModel train(List<Doc> docs, Settings s) throws IOException {
        return train(docs, s, CliticSplitter.none());
    }

    /** Trains a model from documents of sentences; sentences are split with {@code splitter} first, as in tagging. */
    public static TokenNameFinderModel train(List<Doc> docs, Settings s, CliticSplitter splitter) throws IOException {
        List<NameSample> samples = new ArrayList<>();
        List<String> domains = new ArrayList<>();
        for (Doc d : docs) {
            boolean first = true;
            for (NerSentence unsplit : d.sentences()) {
                NerSentence sent = splitter.split(unsplit);
                String[] toks = ArabicTokens.norm(sent.tokens().toArray(new String[0]));
                opennlp.tools.util.Span[] spans = sent.spans();
                if (!s.misc()) {
                    spans = java.util.Arrays.stream(spans).filter(x -> !x.getType().equals("MISC")).toArray(opennlp.tools.util.Span[]::new);
                }
                samples.add(new NameSample(toks, spans, first || !s.prevMap()));
                domains.add(d.domain());
                first = false;
            }
        }
        ArabicNerFactory factory = ArabicNerFactory.forTraining(s.features(), s.codec(), s.prevMap(),
                s.lexicon() ? NerLexicon.fromKnowledgeBase() : NerLexicon.empty(), splitter, s.domains());
        try {
            return NameFinderME.train("ar", null, new DomainSamples(samples, domains, s.domains()), s.parameters(), factory);
        } finally {
            ArabicFeatureGenerator.TRAINING_DOMAIN.remove();
        }
    }

    /**
     * The training samples, naming each one's domain to the feature generator as it is read: OpenNLP turns a
     * sample into its events as soon as it reads it, in the reading thread.
     */
    private static final class DomainSamples implements ObjectStream<NameSample> {
        private final List<NameSample> samples;
        private final List<String> domains;
        private final boolean on;
        private int next;

        DomainSamples(List<NameSample> samples, List<String> domains, boolean on) {
            this.samples = samples;
            this.domains = domains;
            this.on = on;
        }

        @Override
        public NameSample read() {
            if (next >= samples.size()) {
                ArabicFeatureGenerator.TRAINING_DOMAIN.remove();
                return null;
            }
            if (on) {
                ArabicFeatureGenerator.TRAINING_DOMAIN.set(domains.get(next));
            }
            return samples.get(next++);
        }

        @Override
        public void reset() {
            next = 0;
        }
    }
}
