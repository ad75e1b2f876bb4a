package org.newsint.nlp.ner;

import opennlp.tools.namefind.BilouCodec;
import opennlp.tools.namefind.BioCodec;
import opennlp.tools.namefind.TokenNameFinderFactory;
import opennlp.tools.util.featuregen.AdaptiveFeatureGenerator;
import opennlp.tools.util.SequenceCodec;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Properties;

/**
 * The OpenNLP name-finder factory of the Arabic recognizer: BIO or BILOU coding and {@link ArabicFeatureGenerator}.
 * The model records this class name and the feature settings (a small properties text stored where OpenNLP
 * keeps its feature-generator descriptor), so a model always loads with the features it was trained with.
 */
public class ArabicNerFactory extends TokenNameFinderFactory {

    /** Used by OpenNLP when a model is loaded. */
    public ArabicNerFactory() {
    }

    private ArabicNerFactory(byte[] settings, SequenceCodec<String> codec) {
        super(settings, Map.of(), codec);
    }

    private static final String LEXICON_MARK = "--lexicon--\n";
    private static final String VOCAB_MARK = "--vocabulary--\n";

    /** A factory for training with the given feature settings, word lists and clitic splitter. */
    public static ArabicNerFactory forTraining(boolean prevMap, NerLexicon lexicon, CliticSplitter splitter) {
        return forTraining(1, "bio", prevMap, lexicon, splitter);
    }

    /**
     * A factory for training with the given feature version ({@link ArabicFeatureGenerator}), sequence coding
     * ({@code bio} or {@code bilou}), word lists and clitic splitter.
     */
    public static ArabicNerFactory forTraining(int features, String codec, boolean prevMap, NerLexicon lexicon,
                                               CliticSplitter splitter) {
        return forTraining(features, codec, prevMap, lexicon, splitter, false);
    }

    /** As above; with {@code domains}, every feature also has a copy conjoined with the text's domain. */
    public static ArabicNerFactory forTraining(int features, String codec, boolean prevMap, NerLexicon lexicon,
                                               CliticSplitter splitter, boolean domains) {
        String settings = "features=arabic-v" + features + "\ncodec=" + codec + "\nprevmap=" + prevMap
                + "\nsplit=" + splitter.enabled() + (domains ? "\ndomains=true" : "") + "\n"
                + LEXICON_MARK + lexicon.write() + (splitter.enabled() ? VOCAB_MARK + splitter.write() : "");
        return new ArabicNerFactory(settings.getBytes(StandardCharsets.UTF_8), codec(codec));
    }

    static SequenceCodec<String> codec(String name) {
        return switch (name) {
            case "bio" -> new BioCodec();
            case "bilou" -> new BilouCodec();
            default -> throw new IllegalArgumentException("unknown sequence codec " + name);
        };
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

    /** The feature version stored in the model (1 for models without one). */
    public int featureVersion() {
        String f = settings().getProperty("features", "arabic-v1");
        return Integer.parseInt(f.substring(f.lastIndexOf('v') + 1));
    }

    /** Whether the model was trained with domain features ({@link ArabicFeatureGenerator#DOMAINS}). */
    public boolean hasDomains() {
        return Boolean.parseBoolean(settings().getProperty("domains", "false"));
    }

    /** The generator for news text (the product's domain). */
    @Override
    public AdaptiveFeatureGenerator createFeatureGenerators() {
        return createFeatureGenerators(DEFAULT_DOMAIN);
    }

    /** The domain tagged when none is chosen: the product reads news. */
    public static final String DEFAULT_DOMAIN = "news";

    /** The generator for text of {@code domain} (ignored by models without domain features). */
    public ArabicFeatureGenerator createFeatureGenerators(String domain) {
        boolean prevMap = Boolean.parseBoolean(settings().getProperty("prevmap", "false"));
        return new ArabicFeatureGenerator(prevMap, lexicon(), featureVersion(), hasDomains() ? domain : null);
    }
}
