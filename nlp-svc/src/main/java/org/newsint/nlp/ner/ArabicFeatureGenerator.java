package org.newsint.nlp.ner;

import opennlp.tools.util.featuregen.AdaptiveFeatureGenerator;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Features for Arabic named entities over normalised tokens ({@link ArabicTokens#norm(String)}).
 *
 * <p>Version 1 ({@code features=arabic-v1}, the first bundled model): the word and its clitic-stripped core
 * (with which proclitics were there) in a ±2 window, prefixes and suffixes of the core, a coarse shape in a
 * ±2 window, word and core bigrams, the knowledge-base word lists ({@link NerLexicon}) for ±1 (and -2).
 *
 * <p>Version 2 ({@code arabic-v2}) adds core prefixes up to 4 letters, the lists for ±2 and a
 * previous-two-words list pattern, the position in the sentence, the shapes and cores of the token pair
 * after, a core trigram, and the last two letters of the neighbouring cores (nisba adjectives «ي», feminine
 * «ة»).
 *
 * <p>Features of a sentence are computed once, when the generator first sees the sentence's token array,
 * and then handed out per position (OpenNLP asks for them once per beam hypothesis). An optional
 * previous-decision map (the last outcome given to the same core earlier in the document; cleared with
 * {@link #clearAdaptiveData()}) is added per call. OpenNLP's name context generator adds the previous
 * outcomes itself.
 */
public final class ArabicFeatureGenerator implements AdaptiveFeatureGenerator {

    private final Map<String, String> previous = new HashMap<>();
    private final boolean usePrevMap;
    private final int version;
    private final NerLexicon lexicon;
    private final String domain; // null: no domain features

    /**
     * The text domains of a model trained with domain features ({@code domains=true}): news (NewsFANE, the
     * product's text) and wiki (AQMAR's encyclopaedia articles). Feature augmentation after Daumé III (2007),
     * "Frustratingly easy domain adaptation", with news as the base: a wiki sentence's features are emitted
     * twice, as they are and prefixed with "wiki|", a news sentence's only as they are. The wiki copies absorb
     * AQMAR's own conventions (its punctuation on tokens, «المسلمين» as PER, facilities as LOC), so the shared
     * weights, the only ones news uses, follow news. (Copies for both domains were measured too: the news
     * copies took twice the updates of the shared weights and NewsFANE lost 1.7 points; see the README.)
     */
    public static final List<String> DOMAINS = List.of("news", "wiki");

    /** The domain that has no copies of its own. */
    static final String BASE_DOMAIN = "news";

    /** The domain of the sentence being turned into training events (set by the trainer, per sample). */
    static final ThreadLocal<String> TRAINING_DOMAIN = new ThreadLocal<>();

    public ArabicFeatureGenerator() {
        this(true, NerLexicon.empty());
    }

    public ArabicFeatureGenerator(boolean usePrevMap, NerLexicon lexicon) {
        this(usePrevMap, lexicon, 1);
    }

    public ArabicFeatureGenerator(boolean usePrevMap, NerLexicon lexicon, int version) {
        this(usePrevMap, lexicon, version, null);
    }

    /** With {@code domain} one of {@link #DOMAINS}, or null for a model without domain features. */
    public ArabicFeatureGenerator(boolean usePrevMap, NerLexicon lexicon, int version, String domain) {
        if (domain != null && !DOMAINS.contains(domain)) {
            throw new IllegalArgumentException("unknown text domain '" + domain + "', expected one of " + DOMAINS);
        }
        this.usePrevMap = usePrevMap;
        this.lexicon = lexicon;
        this.version = version;
        this.domain = domain;
    }

    /** The prefix of the domain-conjoined copy of each feature, or null without domain features. */
    String domainPrefix() {
        return domain == null || domain.equals(BASE_DOMAIN) ? null : domain + "|";
    }

    /** The feature version (1 or 2). */
    int version() {
        return version;
    }

    /** The whole-name list matches of cores (B-TYPE/I-TYPE or null per token). */
    String[] match(String[] cores) {
        return lexicon.isEmpty() ? new String[cores.length] : lexicon.match(cores);
    }

    private String[] cachedTokens;
    private String cachedDomain;
    private String[] core;
    private List<String>[] features;

    /** The clitic-stripped cores of the sentence last prepared. */
    String[] cores() {
        return core;
    }

    /** Computes the features of every position of {@code tokens} (once per token array). */
    public List<String>[] prepare(String[] tokens) {
        // while training, the trainer names each sentence's domain; otherwise this generator's own
        String dom = domain == null ? null : java.util.Objects.requireNonNullElse(TRAINING_DOMAIN.get(), domain);
        if (BASE_DOMAIN.equals(dom)) {
            dom = null;
        }
        if (cachedTokens == tokens && java.util.Objects.equals(cachedDomain, dom)) {
            return features;
        }
        int n = tokens.length;
        @SuppressWarnings("unchecked")
        List<String>[] out = new List[n];
        Tok[] t = toks(tokens);
        String[] core = new String[n];
        for (int i = 0; i < n; i++) {
            core[i] = t[i].core;
        }
        String[] match = match(core);
        for (int i = 0; i < n; i++) {
            List<String> f = new ArrayList<>(72);
            features(f, t, match, i);
            if (dom != null) {
                int k = f.size();
                for (int j = 0; j < k; j++) {
                    f.add(dom + "|" + f.get(j));
                }
            }
            out[i] = f;
        }
        this.core = core;
        this.features = out;
        this.cachedTokens = tokens;
        this.cachedDomain = dom;
        return out;
    }

    private static final String[] NO_CLASSES = new String[0];

    /**
     * What a token contributes wherever it stands: its clitic-stripped core, clitics, shape, list classes, and
     * (computed when first asked for) its version-2 features as seen from each position of the ±2 window.
     */
    static final class Tok {
        final String w;
        final String core;
        final String clitics;
        final String shape;
        final String[] lx;
        final String[][] roles = new String[5][]; // offset d from the tagged position -> index d + 2
        Object decoderData; // per-token data of the decoder that owns this generator

        Tok(String w, NerLexicon lexicon) {
            ArabicTokens.Stripped s = ArabicTokens.strip(w);
            this.w = w;
            this.core = s.core();
            this.clitics = s.clitics();
            this.shape = ArabicTokens.shape(null, w);
            this.lx = lexicon.isEmpty() ? NO_CLASSES : lexicon.classes(core).toArray(NO_CLASSES);
        }

        /** The features this token gives the position {@code d} tokens before it. */
        String[] features(int d, int version) {
            String[] f = roles[d + 2];
            if (f == null) {
                f = roleFeatures(this, d, version).toArray(NO_CLASSES);
                roles[d + 2] = f;
            }
            return f;
        }
    }

    private final Map<String, Tok> toks = new HashMap<>();

    /** The token information of a normalised token (cached per generator). */
    Tok tok(String w) {
        Tok t = toks.get(w);
        if (t == null) {
            if (toks.size() >= 200_000) {
                toks.clear();
            }
            t = new Tok(w, lexicon);
            toks.put(w, t);
        }
        return t;
    }

    Tok[] toks(String[] tokens) {
        Tok[] out = new Tok[tokens.length];
        for (int i = 0; i < tokens.length; i++) {
            out[i] = tok(tokens[i]);
        }
        return out;
    }

    private static List<String> roleFeatures(Tok t, int d, int version) {
        List<String> f = new ArrayList<>(24);
        String c = t.core;
        if (d == 0) {
            f.add("w=" + t.w);
            f.add("c=" + c);
            f.add("cl=" + t.clitics);
            f.add("sh=" + t.shape);
            f.add("len=" + Math.min(c.length(), 9));
            for (int k = 1; k <= (version >= 2 ? 4 : 3) && k < c.length(); k++) {
                f.add("pre" + k + "=" + c.substring(0, k));
            }
            for (int k = 1; k <= 4 && k < c.length(); k++) {
                f.add("suf" + k + "=" + c.substring(c.length() - k));
            }
            for (String x : t.lx) {
                f.add("lx=" + x);
            }
            return f;
        }
        String p = d < 0 ? "p" + (-d) : "n" + d;
        f.add(p + "w=" + t.w);
        f.add(p + "c=" + c);
        f.add(p + "sh=" + t.shape);
        if (d == -1 || d == 1) {
            f.add(p + "cl=" + t.clitics);
            if (version >= 2 && c.length() > 2) {
                f.add(p + "suf2=" + c.substring(c.length() - 2));
            }
        }
        if (version >= 2 || d != 2) {
            for (String x : t.lx) {
                f.add(p + "lx=" + x);
            }
        }
        return f;
    }

    /** The features of position {@code i} that depend on more than one token (or on the position). */
    void contextFeatures(List<String> f, Tok[] t, String[] match, int i) {
        int n = t.length;
        if (version >= 2) {
            f.add("pos=" + Math.min(i, 3));
        }
        if (i < 2) {
            f.add(i == 0 ? "p1w=BOS" : "p2w=BOS");
            if (i == 0) {
                f.add("p2w=BOS");
            }
        }
        if (i >= n - 2) {
            f.add(i == n - 1 ? "n1w=EOS" : "n2w=EOS");
            if (i == n - 1) {
                f.add("n2w=EOS");
            }
        }
        String w = t[i].w;
        String c = t[i].core;
        String pw = i > 0 ? t[i - 1].w : "BOS";
        String nw = i + 1 < n ? t[i + 1].w : "EOS";
        String pc = i > 0 ? t[i - 1].core : "BOS";
        String nc = i + 1 < n ? t[i + 1].core : "EOS";
        f.add("pw,w=" + pw + "," + w);
        f.add("w,nw=" + w + "," + nw);
        f.add("pc,c=" + pc + "," + c);
        f.add("c,nc=" + c + "," + nc);
        f.add("pc,sh=" + pc + "," + t[i].shape);
        if (version >= 2) {
            f.add("pc,c,nc=" + pc + "," + c + "," + nc);
            f.add("sh,nsh,nnsh=" + t[i].shape + "," + (i + 1 < n ? t[i + 1].shape : "EOS") + "," + (i + 2 < n ? t[i + 2].shape : "EOS"));
        }
        if (!lexicon.isEmpty()) {
            for (int d = -1; d <= 1; d++) {
                int j = i + d;
                if (j >= 0 && j < n && match[j] != null) {
                    f.add((d == 0 ? "" : d < 0 ? "p1" : "n1") + "gz=" + match[j]);
                }
            }
            if (version < 2) {
                return;
            }
            // a title or verb one or two words before, whatever lies between («وزير الخارجية X», «قال X»)
            String trig = i >= 1 ? trigger(t[i - 1].lx) : null;
            if (trig == null && i >= 2) {
                trig = trigger(t[i - 2].lx);
            }
            if (trig != null) {
                f.add("trig=" + trig);
            }
            if (t[i].lx.length > 0) {
                f.add("lx,nlx=" + String.join("+", t[i].lx) + "," + (i + 1 < n ? String.join("+", t[i + 1].lx) : "EOS"));
            }
        }
    }

    /** All the features of position {@code i}: those of the tokens of its window, then the contextual ones. */
    private void features(List<String> f, Tok[] t, String[] match, int i) {
        for (int d = -2; d <= 2; d++) {
            int j = i + d;
            if (j >= 0 && j < t.length) {
                java.util.Collections.addAll(f, t[j].features(d, version));
            }
        }
        contextFeatures(f, t, match, i);
    }

    private static String trigger(String[] lx) {
        for (String x : lx) {
            if (x.equals("title") || x.equals("verb") || x.equals("orgword")) {
                return x;
            }
        }
        return null;
    }

    @Override
    public void createFeatures(List<String> f, String[] tokens, int i, String[] previousOutcomes) {
        List<String>[] all = prepare(tokens);
        f.addAll(all[i]);
        if (usePrevMap) {
            f.add("pd=" + previous.getOrDefault(core[i], "null"));
        }
    }

    @Override
    public void updateAdaptiveData(String[] tokens, String[] outcomes) {
        if (!usePrevMap) {
            return;
        }
        for (int i = 0; i < tokens.length; i++) {
            String c = ArabicTokens.strip(tokens[i]).core();
            String o = outcomes[i];
            // keep the type, not the position (outcomes are TYPE-start, TYPE-cont, other)
            int dash = o.lastIndexOf('-');
            previous.put(c, dash < 0 ? o : o.substring(0, dash));
        }
    }

    @Override
    public void clearAdaptiveData() {
        previous.clear();
    }
}
