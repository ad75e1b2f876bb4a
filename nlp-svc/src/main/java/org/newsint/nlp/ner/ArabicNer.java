package org.newsint.nlp.ner;

import opennlp.tools.namefind.NameFinderME;
import opennlp.tools.namefind.TokenNameFinderModel;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Statistical Arabic named-entity recognizer (OpenNLP averaged-perceptron name finder with
 * {@link ArabicFeatureGenerator}) over the tokens of one sentence. Types: PER, LOC, ORG (and MISC for models
 * trained with it).
 *
 * <p>Thread-safe: the model is shared, each thread gets its own decoder ({@link FastNameFinder} for perceptron
 * models of this package, else OpenNLP's {@link NameFinderME}; neither is thread-safe). Tokens may be given as written (unsplit, with clitics, diacritics, any alef/yaa forms):
 * they are normalised with {@link ArabicTokens#norm(String)} as in training. Results are deterministic: no
 * state is carried from one call to the next. Spans added by the document pass of {@link #findInDocument}
 * have probability 0.
 */
public final class ArabicNer {

    /** The classpath location of the bundled model. */
    public static final String BUNDLED = "/ner/ar-ner.bin";

    /** A name: token offsets {@code [start, end)} in the sentence, its type, and the model's probability. */
    public record Span(int start, int end, String type, double probability) {
    }

    private final TokenNameFinderModel model;
    private final ThreadLocal<NameFinderME> finders;
    private final ThreadLocal<FastNameFinder> fast; // null when the model needs OpenNLP's own decoding
    private final CliticSplitter splitter;

    public ArabicNer(TokenNameFinderModel model) {
        this(model, true);
    }

    /** With {@code fast} false, always decodes with OpenNLP's {@link NameFinderME} (same results, slower). */
    ArabicNer(TokenNameFinderModel model, boolean fast) {
        this(model, fast, ArabicNerFactory.DEFAULT_DOMAIN);
    }

    private final String domain;

    private ArabicNer(TokenNameFinderModel model, boolean fast, String domain) {
        this.model = model;
        this.domain = domain;
        this.finders = ThreadLocal.withInitial(() -> new NameFinderME(model));
        this.fast = fast && FastNameFinder.of(model, domain) != null ? ThreadLocal.withInitial(() -> FastNameFinder.of(model, domain)) : null;
        this.splitter = model.getFactory() instanceof ArabicNerFactory f ? f.splitter() : CliticSplitter.none();
    }

    private static final class Bundled {
        static final ArabicNer INSTANCE = load();

        private static ArabicNer load() {
            try (InputStream in = ArabicNer.class.getResourceAsStream(BUNDLED)) {
                if (in == null) {
                    throw new IllegalStateException("no bundled NER model at " + BUNDLED);
                }
                return ArabicNer.load(in);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /** The bundled model (loaded once, about a second, on first use). */
    public static ArabicNer bundled() {
        return Bundled.INSTANCE;
    }

    public static ArabicNer load(Path model) throws IOException {
        try (InputStream in = Files.newInputStream(model)) {
            return load(in);
        }
    }

    public static ArabicNer load(InputStream model) throws IOException {
        return new ArabicNer(new TokenNameFinderModel(model));
    }

    /**
     * This recognizer for text of another domain ({@link ArabicFeatureGenerator#DOMAINS}: "news", the default,
     * or "wiki" for encyclopaedic text like AQMAR's), sharing the model. Models trained without domain
     * features tag every domain alike. Needs the fast decoder (the bundled model has it).
     *
     * @throws IllegalArgumentException for an unknown domain
     */
    public ArabicNer forDomain(String domain) {
        if (!ArabicFeatureGenerator.DOMAINS.contains(domain)) {
            throw new IllegalArgumentException("unknown text domain '" + domain + "', expected one of "
                    + ArabicFeatureGenerator.DOMAINS);
        }
        if (domain.equals(this.domain)) {
            return this;
        }
        if (fast == null && model.getFactory() instanceof ArabicNerFactory f && f.hasDomains()) {
            // OpenNLP's own decoder builds its features from the factory's default (news) generator
            throw new UnsupportedOperationException("this model tags other domains with the fast decoder only");
        }
        return new ArabicNer(model, fast != null, domain);
    }

    /** The text domain this recognizer tags. */
    public String domain() {
        return domain;
    }

    public TokenNameFinderModel model() {
        return model;
    }

    /** Names in one sentence's tokens, in order. */
    public List<Span> find(String[] tokens) {
        NameFinderME f = fast == null ? finders.get() : null;
        if (f != null) {
            f.clearAdaptiveData();
        }
        return find(f, tokens);
    }

    /**
     * Names in the sentences of one document (an article). Each sentence is tagged as by {@link #find}; then
     * a name found somewhere is also marked where the same words (same core forms, any clitics) occur
     * untagged elsewhere in the document, with the same type (one-sense-per-document). Whole names only:
     * also marking a person's surname alone («أيمن الصفدي» … «الصفدي») was measured and lowered F1.
     */
    public List<List<Span>> findInDocument(List<String[]> sentences) {
        NameFinderME f = fast == null ? finders.get() : null;
        List<List<Span>> out = new ArrayList<>(sentences.size());
        List<String[]> cores = new ArrayList<>(sentences.size());
        for (String[] s : sentences) {
            if (f != null) {
                f.clearAdaptiveData();
            }
            out.add(find(f, s));
            String[] c = ArabicTokens.norm(s);
            for (int i = 0; i < c.length; i++) {
                c[i] = ArabicTokens.strip(c[i]).core();
            }
            cores.add(c);
        }
        propagate(out, cores);
        return out;
    }

    /** Marks untagged repetitions of the document's names. */
    private static void propagate(List<List<Span>> found, List<String[]> cores) {
        java.util.Map<String, String> names = new java.util.HashMap<>(); // core sequence -> type (first seen wins)
        java.util.Set<String> conflicting = new java.util.HashSet<>();
        for (int k = 0; k < found.size(); k++) {
            for (Span s : found.get(k)) {
                String key = String.join(" ", java.util.Arrays.copyOfRange(cores.get(k), s.start(), s.end()));
                if (key.length() < 3) {
                    continue;
                }
                String prev = names.putIfAbsent(key, s.type());
                if (prev != null && !prev.equals(s.type())) {
                    conflicting.add(key);
                }
            }
        }
        names.keySet().removeAll(conflicting);
        if (names.isEmpty()) {
            return;
        }
        int longest = names.keySet().stream().mapToInt(x -> x.split(" ").length).max().orElse(0);
        for (int k = 0; k < found.size(); k++) {
            String[] c = cores.get(k);
            boolean[] taken = new boolean[c.length];
            for (Span s : found.get(k)) {
                for (int i = Math.max(0, s.start() - 1); i < Math.min(c.length, s.end() + 1); i++) {
                    taken[i] = true; // the name and its neighbours: no new name touching an old one
                }
            }
            List<Span> added = new ArrayList<>();
            for (int i = 0; i < c.length; i++) {
                for (int len = Math.min(longest, c.length - i); len >= 1; len--) {
                    boolean free = true;
                    for (int j = i; j < i + len; j++) {
                        free &= !taken[j];
                    }
                    if (!free) {
                        continue;
                    }
                    String type = names.get(String.join(" ", java.util.Arrays.copyOfRange(c, i, i + len)));
                    if (type != null) {
                        added.add(new Span(i, i + len, type, 0));
                        for (int j = Math.max(0, i - 1); j < Math.min(c.length, i + len + 1); j++) {
                            taken[j] = true;
                        }
                        i += len - 1;
                        break;
                    }
                }
            }
            if (!added.isEmpty()) {
                List<Span> all = new ArrayList<>(found.get(k));
                all.addAll(added);
                all.sort(java.util.Comparator.comparingInt(Span::start));
                found.set(k, all);
            }
        }
    }

    /** BIO tags (B-PER, I-PER, …, O) for one sentence's tokens. */
    public List<String> tag(List<String> tokens) {
        String[] t = tokens.toArray(new String[0]);
        return NerSentence.tagsOf(t.length, toOpenNlp(find(t)));
    }

    private List<Span> find(NameFinderME f, String[] tokens) {
        if (tokens.length == 0) {
            return List.of();
        }
        CliticSplitter.Pieces p = splitter.split(ArabicTokens.norm(tokens));
        opennlp.tools.util.Span[] spans = f == null ? fast.get().find(p.pieces()) : f.find(p.pieces());
        List<Span> out = new ArrayList<>(spans.length);
        int covered = 0; // tokens before this are already in a name
        for (opennlp.tools.util.Span s : spans) {
            // a name over pieces covers the tokens the pieces come from («ودمشق» when «دمشق» is a name)
            int start = p.tokenOf()[s.getStart()];
            int end = p.tokenOf()[s.getEnd() - 1] + 1;
            if (start < covered) {
                start = covered;
            }
            if (start < end) {
                out.add(new Span(start, end, s.getType(), s.getProb()));
                covered = end;
            }
        }
        return out;
    }

    static opennlp.tools.util.Span[] toOpenNlp(List<Span> spans) {
        return spans.stream().map(s -> new opennlp.tools.util.Span(s.start(), s.end(), s.type()))
                .toArray(opennlp.tools.util.Span[]::new);
    }
}
