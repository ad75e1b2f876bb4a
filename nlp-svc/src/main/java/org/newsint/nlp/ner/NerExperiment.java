package org.newsint.nlp.ner;

import opennlp.tools.namefind.TokenNameFinderModel;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Compares training settings on the held-out parts without leaving the JVM (the corpora are read once):
 * each argument is one setting, options as for {@link NerTrainer} joined with commas
 * («--codec,bilou,--features,2»; «-» for the defaults). Prints one table row per setting: held-out micro F1
 * of NewsFANE and AQMAR (sentence by sentence), training time, model size and warm tagging speed.
 *
 * <pre>NerExperiment [--aqmar PATH] [--newsfane PATH] SETTING...</pre>
 */
public final class NerExperiment {

    private NerExperiment() {
    }

    public static void main(String[] args) throws IOException {
        Path aqmar = Path.of(NerTrainer.DEFAULT_AQMAR);
        Path newsFane = Path.of(NerTrainer.DEFAULT_NEWSFANE);
        List<String> settings = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--aqmar" -> aqmar = Path.of(args[++i]);
                case "--newsfane" -> newsFane = Path.of(args[++i]);
                default -> settings.add(args[i]);
            }
        }
        List<NerSentence> aq = ConllReader.readAqmar(aqmar);
        List<NerSentence> nf = ConllReader.readNewsFane(newsFane);
        NerSplit.Parts aqParts = NerSplit.aqmar(aq);
        NerSplit.Parts nfParts = NerSplit.newsFane(nf);
        List<NerTrainer.Doc> docs = new ArrayList<>(NerTrainer.aqmarDocs(aq, false));
        docs.addAll(NerTrainer.blocks(nfParts.train(), NerTrainer.NEWSFANE_BLOCK));
        for (String setting : settings) {
            NerTrainer.Settings s = NerTrainer.Settings.defaults();
            if (!setting.equals("-")) {
                String[] kv = setting.split(",");
                for (int i = 0; i + 1 < kv.length; i += 2) {
                    s = s.with(kv[i], kv[i + 1]);
                }
            }
            long t0 = System.nanoTime();
            CliticSplitter splitter = s.split()
                    ? new CliticSplitter(CliticSplitter.count(nfParts.train().stream().map(NerSentence::tokens).toList(), 2))
                    : CliticSplitter.none();
            TokenNameFinderModel model = NerTrainer.train(docs, s, splitter);
            double secs = (System.nanoTime() - t0) / 1e9;
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            model.serialize(bytes);
            ArabicNer ner = new ArabicNer(model);
            NerEval enf = NerEval.run(nfParts.heldOut(), ner::tag);
            NerEval eaq = NerEval.run(aqParts.heldOut(), ner.forDomain("wiki")::tag); // its own domain
            double speed = speed(ner, nfParts.heldOut(), aqParts.heldOut());
            System.out.printf(Locale.ROOT, "| %s | %.3f | %.3f | %.0f s | %.1f MB | %.0f tok/s |%n", setting,
                    enf.microF1(), eaq.microF1(), secs, bytes.size() / 1e6, speed);
            System.out.println(enf.report() + eaq.report());
            System.out.flush();
        }
    }

    /** Warm single-thread tagging speed in tokens per second over the given sentences (tokens as written). */
    static double speed(ArabicNer ner, List<NerSentence> a, List<NerSentence> b) {
        List<String[]> sents = new ArrayList<>();
        long tokens = 0;
        for (List<NerSentence> part : List.of(a, b)) {
            for (NerSentence s : part) {
                sents.add(s.tokens().toArray(new String[0]));
                tokens += s.size();
            }
        }
        long sink = 0;
        for (int r = 0; r < 3; r++) { // warm-up
            for (String[] s : sents) {
                sink += ner.find(s).size();
            }
        }
        long t0 = System.nanoTime();
        int rounds = 3;
        for (int r = 0; r < rounds; r++) {
            for (String[] s : sents) {
                sink += ner.find(s).size();
            }
        }
        double secs = (System.nanoTime() - t0) / 1e9;
        if (sink < 0) {
            System.out.println(sink);
        }
        return tokens * rounds / secs;
    }
}
