package org.newsint.nlp.ner;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * Writes the held-out parts of both corpora ({@link NerSplit}) as CoNLL files for {@code conll_eval.py}:
 * {@code DIR/aqmar-heldout.conll} and {@code DIR/newsfane-heldout.conll} ({@code token<TAB>TAG}, tokens as
 * written, tags folded to PER/LOC/ORG/MISC), and with {@code --train} the training parts too.
 *
 * <pre>NerSplitCommand [--aqmar PATH] [--newsfane PATH] [--out DIR] [--train]</pre>
 */
public final class NerSplitCommand {

    private NerSplitCommand() {
    }

    public static void main(String[] args) throws IOException {
        Path aqmar = Path.of(NerTrainer.DEFAULT_AQMAR);
        Path newsFane = Path.of(NerTrainer.DEFAULT_NEWSFANE);
        Path dir = Path.of("target/ner");
        boolean train = false;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--aqmar" -> aqmar = Path.of(args[++i]);
                case "--newsfane" -> newsFane = Path.of(args[++i]);
                case "--out" -> dir = Path.of(args[++i]);
                case "--train" -> train = true;
                default -> {
                    System.err.println("usage: NerSplitCommand [--aqmar PATH] [--newsfane PATH] [--out DIR] [--train]");
                    System.exit(2);
                }
            }
        }
        NerSplit.Parts aq = NerSplit.aqmar(ConllReader.readAqmar(aqmar));
        NerSplit.Parts nf = NerSplit.newsFane(ConllReader.readNewsFane(newsFane));
        write(aq.heldOut(), dir.resolve("aqmar-heldout.conll"));
        write(nf.heldOut(), dir.resolve("newsfane-heldout.conll"));
        if (train) {
            write(aq.train(), dir.resolve("aqmar-train.conll"));
            write(nf.train(), dir.resolve("newsfane-train.conll"));
        }
    }

    private static void write(List<NerSentence> sentences, Path file) throws IOException {
        ConllReader.write(sentences, file);
        long names = sentences.stream().mapToLong(s -> s.spans().length).sum();
        System.err.printf("ner: %s: %d sentences, %d tokens, %d names%n", file, sentences.size(),
                sentences.stream().mapToLong(NerSentence::size).sum(), names);
    }
}
