package org.newsint.nlp.ner;

import opennlp.tools.namefind.BioCodec;
import opennlp.tools.namefind.TokenNameFinderFactory;
import opennlp.tools.util.featuregen.AdaptiveFeatureGenerator;
import opennlp.tools.util.featuregen.CachedFeatureGenerator;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Properties;

/**
 * The OpenNLP name-finder factory of the Arabic recognizer: BIO coding and {@link ArabicFeatureGenerator}.
 * The model records this class name and the feature settings (a small properties text stored where OpenNLP
 * keeps its feature-generator descriptor), so a model always loads with the features it was trained with.
 */
public class ArabicNerFactory extends TokenNameFinderFactory {

    /** Used by OpenNLP when a model is loaded. */
    public ArabicNerFactory() {
    }

    private ArabicNerFactory(byte[] settings) {
        super(settings, Map.of(), new BioCodec());
    }

    private static final String LEXICON_MARK = "--lexicon--\n";
    private static final String VOCAB_MARK = "--vocabulary--\n";

    /** A factory for training with the given feature settings, word lists and clitic splitter. */
    public static ArabicNerFactory forTraining(boolean prevMap, NerLexicon lexicon, CliticSplitter splitter) {
        String settings = "features=arabic-v1\nprevmap=" + prevMap + "\nsplit=" + splitter.enabled() + "\n"
                + LEXICON_MARK + lexicon.write() + (splitter.enabled() ? VOCAB_MARK + splitter.write() : "");
        return new ArabicNerFactory(settings.getBytes(StandardCharsets.UTF_8));
    }

    private volatile Object[] parsed; // {Properties, NerLexicon, CliticSplitter}, parsed once per model

    private Object[] parsed() {
        Object[] p = parsed;
        if (p == null) {
            byte[] bytes = getFeatureGenerator();
            if (bytes == null && artifactProvider != null) {
                bytes = artifactProvider.getArtifact("generator.featuregen");
            }
            String text = bytes == null ? "" : new String(bytes, StandardCharsets.UTF_8);
            int mark = text.indexOf(LEXICON_MARK);
            int vmark = text.indexOf(VOCAB_MARK);
            Properties props = new Properties();
            try {
                props.load(new StringReader(mark < 0 ? text : text.substring(0, mark)));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            NerLexicon lex = mark < 0 ? NerLexicon.empty()
                    : NerLexicon.read(text.substring(mark + LEXICON_MARK.length(), vmark < 0 ? text.length() : vmark));
            CliticSplitter split = vmark < 0 ? CliticSplitter.none() : CliticSplitter.read(text.substring(vmark + VOCAB_MARK.length()));
            p = new Object[] {props, lex, split};
            parsed = p;
        }
        return p;
    }

    /** The feature settings stored in the model. */
    public Properties settings() {
        return (Properties) parsed()[0];
    }

    /** The word lists stored in the model. */
    public NerLexicon lexicon() {
        return (NerLexicon) parsed()[1];
    }

    /** The conjunction splitter stored in the model (disabled in models trained without it). */
    public CliticSplitter splitter() {
        return (CliticSplitter) parsed()[2];
    }

    @Override
    public AdaptiveFeatureGenerator createFeatureGenerators() {
        boolean prevMap = Boolean.parseBoolean(settings().getProperty("prevmap", "false"));
        return new CachedFeatureGenerator(new ArabicFeatureGenerator(prevMap, lexicon()));
    }
}
