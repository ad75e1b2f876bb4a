package org.newsint.nlp.kb;

import org.newsint.text.ArabicText;
import org.newsint.text.Segmenter;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Multi-word phrases over tokens in matching form (folded, definite article removed), found by longest match
 * from a position: the cost grows with the text, not with the number of phrases. A phrase's first token may
 * carry one proclitic (و ف ب ل ك), so «وبلينكن» and «لروسيا» match «بلينكن» and «روسيا».
 */
public final class TokenTrie<V> {

    /** A match: tokens [firstToken, endToken), characters [start, end) without the proclitic, and the mention. */
    public record Match<V>(int firstToken, int endToken, int start, int end, String mention, Set<V> values) {
    }

    private static final String PROCLITICS = "وفبلك";
    /** Letters a one-word phrase needs, in matching form, to be worth matching. */
    private static final int MIN_SINGLE_WORD = 3;

    private static final class Node<V> {
        final Map<String, Node<V>> next = new HashMap<>();
        final Set<V> values = new LinkedHashSet<>();
    }

    private final Node<V> root = new Node<>();
    private int size;

    /** Adds a phrase; returns false when it has no word in it or was there already with this value. */
    public boolean add(String phrase, V value) {
        return add(keys(phrase), phrase, value);
    }

    /** A one-word name written with the article whose stem is this short needs the article in the text too. */
    private static final int SHORT_WITH_ARTICLE = 3;

    /**
     * Adds a knowledge-base name (written without clitics). Two first words are keyed as written, not by their
     * stem: one whose first letters only look like a proclitic and the article («كالجاري», «فالنسيا», «والاس»:
     * as a stem «جاري» would match «الشهر الجاري»), and a one-word name of at most three letters after the
     * article («العلا», «الكوت»: the bare «علا», «كوت» are common words), which then matches only with its
     * article (and a proclitic before it: «بالكوت», «للكوت»).
     */
    public boolean addName(String phrase, V value) {
        List<Segmenter.Token> words = words(phrase);
        List<String> keys = new ArrayList<>(words.size());
        words.forEach(t -> keys.add(t.stem()));
        if (!keys.isEmpty()) {
            Segmenter.Token first = words.get(0);
            String norm = first.normalized();
            boolean article = norm.startsWith("ال");
            boolean clitics = !article && !norm.equals(first.stem());
            boolean shortArticle = article && keys.size() == 1 && first.stem().length() <= SHORT_WITH_ARTICLE
                    && !norm.equals(first.stem());
            if (clitics || shortArticle) {
                keys.set(0, norm);
            }
        }
        return add(keys, phrase, value);
    }

    private boolean add(List<String> keys, String phrase, V value) {
        if (keys.isEmpty() || (keys.size() == 1 && keys.get(0).length() < MIN_SINGLE_WORD && !isLatinAcronym(phrase))) {
            return false; // «بالاو» is «ب»+«ال»+«او» to the matcher: a one-word name this short matches function words
        }
        Node<V> node = root;
        for (String k : keys) {
            node = node.next.computeIfAbsent(k, x -> new Node<>());
        }
        boolean added = node.values.add(value);
        if (added) {
            size++;
        }
        return added;
    }

    private static boolean isLatinAcronym(String phrase) {
        return phrase.length() >= 2 && phrase.chars().allMatch(c -> c >= 'A' && c <= 'Z');
    }

    public int size() {
        return size;
    }

    /** The matching form of a phrase's words. */
    public static List<String> keys(String phrase) {
        List<String> out = new ArrayList<>();
        for (Segmenter.Token t : words(phrase)) {
            out.add(t.stem());
        }
        return out;
    }

    /** The word tokens of a phrase (punctuation left out). */
    private static List<Segmenter.Token> words(String phrase) {
        String n = ArabicText.normalize(phrase);
        List<Segmenter.Token> out = new ArrayList<>();
        for (Segmenter.Token t : Segmenter.tokens(n, 0, n.length())) {
            if (ArabicText.isWordChar(t.text().charAt(0))) {
                out.add(t);
            }
        }
        return out;
    }

    /** The longest phrase starting at token {@code i}, or null. */
    public Match<V> longestAt(String text, List<Segmenter.Token> tokens, int i) {
        Match<V> best = null;
        Segmenter.Token t = tokens.get(i);
        for (String first : firstTokenForms(t)) {
            Node<V> node = root.next.get(first);
            int j = i + 1;
            while (node != null) {
                if (!node.values.isEmpty() && (best == null || j > best.endToken())) {
                    // «للكوت» matched as «الكوت» starts where its stem's match would
                    String form = t.normalized().startsWith("لل") && first.equals("ال" + t.normalized().substring(2)) ? t.stem() : first;
                    int start = t.start() + proclitic(t, form);
                    int end = tokens.get(j - 1).end();
                    best = new Match<>(i, j, start, end, withoutClitic(text.substring(start, end), tokens.get(i)),
                            java.util.Collections.unmodifiableSet(node.values)); // insertion order: the same choice on every run
                }
                if (j + 1 < tokens.size() && joiningHyphen(tokens, j)) {
                    j++; // «أكوفو-أدو», «جيه-إن»: a hyphen inside a name joins its words, as spelt without it
                }
                if (j >= tokens.size()) {
                    break;
                }
                Node<V> next = node.next.get(tokens.get(j).stem());
                if (next == null && j + 2 < tokens.size() && j >= i + 2 && SON.contains(tokens.get(j).stem())
                        && SON.contains(tokens.get(j - 2).stem())) {
                    // «خالد بن أحمد [بن محمد] آل خليفة»: a grandfather's name the stored spelling leaves out
                    next = node.next.get(tokens.get(j + 2).stem());
                    if (next != null) {
                        j += 2;
                    }
                }
                node = next;
                j++;
            }
        }
        return best;
    }

    /** «بن», «ابن» (folded stems): a name chain's "son of". */
    private static final Set<String> SON = Set.of("بن", "ابن");

    /** Whether token j is a hyphen written between two words with no space («أكوفو-أدو»). */
    private static boolean joiningHyphen(List<Segmenter.Token> tokens, int j) {
        Segmenter.Token h = tokens.get(j);
        return h.end() - h.start() == 1 && "-‐‑–".indexOf(h.text().charAt(0)) >= 0 && j > 0
                && tokens.get(j - 1).end() == h.start() && tokens.get(j + 1).start() == h.end();
    }

    /** Longest, non-overlapping matches, left to right. */
    public List<Match<V>> findAll(String text, List<Segmenter.Token> tokens) {
        List<Match<V>> out = new ArrayList<>();
        int i = 0;
        while (i < tokens.size()) {
            Match<V> m = longestAt(text, tokens, i);
            if (m != null) {
                out.add(m);
                i = m.endToken();
            } else {
                i++;
            }
        }
        return out;
    }

    /**
     * The token's stem, then without one proclitic (only when something of a word is left), then the forms
     * {@link #addName} keys some names by: as written, without one proclitic, and «لل…» as «ال…».
     */
    private static List<String> firstTokenForms(Segmenter.Token t) {
        String stem = t.stem();
        List<String> forms = new ArrayList<>(4);
        forms.add(stem);
        String norm = t.normalized();
        boolean proclitic = norm.length() >= 3 && PROCLITICS.indexOf(norm.charAt(0)) >= 0; // «وأم درمان»
        if (proclitic) {
            String rest = Segmenter.stripArticle(norm.substring(1));
            if (!rest.equals(stem)) {
                forms.add(rest);
            }
        }
        if (!norm.equals(stem)) {
            // only where addName may have keyed a name so: a clitic-looking start, or a short stem after «ال»
            boolean shortStem = stem.length() <= SHORT_WITH_ARTICLE;
            if (keyedAsWritten(norm, shortStem)) {
                addNew(forms, norm);
            }
            if (proclitic && keyedAsWritten(norm.substring(1), shortStem)) {
                addNew(forms, norm.substring(1));
            }
            if (shortStem && norm.startsWith("لل")) {
                addNew(forms, "ال" + norm.substring(2));
            }
        }
        return forms;
    }

    /** Whether {@link #addName} keys a first word of this written form as written. */
    private static boolean keyedAsWritten(String norm, boolean shortStem) {
        if (norm.startsWith("ال")) {
            return shortStem;
        }
        return norm.length() > 3 && "وفبك".indexOf(norm.charAt(0)) >= 0 && norm.startsWith("ال", 1)
                || norm.startsWith("وبال");
    }

    private static void addNew(List<String> forms, String form) {
        if (!forms.contains(form)) {
            forms.add(form);
        }
    }

    /** «للأردن» is ل + الأردن with the alef dropped in writing: the mention is «الأردن». */
    private static String withoutClitic(String surface, Segmenter.Token first) {
        if (first.normalized().startsWith("لل") && surface.startsWith("لل")) {
            return "ال" + surface.substring(2);
        }
        return surface;
    }

    /**
     * How many characters at the start of the first token are a proclitic rather than part of the phrase
     * («وبلينكن» → «بلينكن», «والولايات» → «الولايات»).
     */
    private static int proclitic(Segmenter.Token t, String matchedForm) {
        String norm = t.normalized();
        if (matchedForm.equals(norm) && !norm.equals(t.stem())) {
            return 0; // keyed as written («كالجاري», «العلا»)
        }
        boolean conjunctionBeforeArticle = norm.length() > 3 && PROCLITICS.indexOf(norm.charAt(0)) >= 0
                && norm.startsWith("ال", 1);
        if (matchedForm.equals(t.stem()) && !conjunctionBeforeArticle) {
            return 0;
        }
        return afterLetters(t, 1); // diacritics on the clitic stay with it
    }

    /**
     * How far into a token's text its first {@code letters} letters of matching form reach, with the marks and
     * tatweel after the last of them.
     */
    static int afterLetters(Segmenter.Token t, int letters) {
        String surface = t.text();
        int i = 0;
        for (int seen = 0; i < surface.length() && seen < letters; i++) {
            if (ArabicText.foldChar(surface.charAt(i)) != 0) {
                seen++;
            }
        }
        while (i < surface.length() && ArabicText.foldChar(surface.charAt(i)) == 0) {
            i++;
        }
        return i;
    }
}
