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
 * Finds knowledge-base names in tokenised text with a token trie (longest match from each position), so the
 * cost grows with the text, not with the size of the KB. Names and text are compared in matching form: folded
 * (no diacritics, unified alef/yaa/taa marbuta) and with the definite article and its attached particles
 * removed; a name's first token may also carry one proclitic (و ف ب ل ك), so «وبلينكن» and «لروسيا» match.
 */
public final class Gazetteer {

    /** A match: tokens [firstToken, endToken) name these actors (several when a name is ambiguous). */
    public record Match(int firstToken, int endToken, int start, int end, String surface, Set<String> actorIds) {
    }

    private static final String PROCLITICS = "وفبلك";

    private static final class Node {
        final Map<String, Node> next = new HashMap<>();
        final Set<String> ids = new LinkedHashSet<>();
    }

    private final Node root = new Node();
    private int names;

    public Gazetteer(KnowledgeBase kb) {
        for (Actor a : kb.actors()) {
            for (String n : a.arabicNames()) {
                add(n, a.id());
            }
            for (String n : a.shortNames()) {
                add(n, a.id());
            }
            for (String n : a.abbreviations()) {
                add(n, a.id());
            }
        }
    }

    private void add(String name, String id) {
        List<String> keys = keys(name);
        if (keys.isEmpty()) {
            return;
        }
        Node node = root;
        for (String k : keys) {
            node = node.next.computeIfAbsent(k, x -> new Node());
        }
        if (node.ids.add(id)) {
            names++;
        }
    }

    /** The matching form of a name's tokens. */
    static List<String> keys(String name) {
        List<String> out = new ArrayList<>();
        for (Segmenter.Token t : Segmenter.tokens(ArabicText.normalize(name), 0, ArabicText.normalize(name).length())) {
            if (ArabicText.isWordChar(t.text().charAt(0))) {
                out.add(t.stem());
            }
        }
        return out;
    }

    public int nameCount() {
        return names;
    }

    /** Longest, non-overlapping matches over the tokens of one text, left to right. */
    public List<Match> find(String text, List<Segmenter.Token> tokens) {
        List<Match> out = new ArrayList<>();
        int i = 0;
        while (i < tokens.size()) {
            Match best = null;
            for (String first : firstTokenForms(tokens.get(i))) {
                Node node = root.next.get(first);
                int j = i + 1;
                while (node != null) {
                    if (!node.ids.isEmpty() && (best == null || j > best.endToken())) {
                        int start = tokens.get(i).start() + proclitic(tokens.get(i), first);
                        int end = tokens.get(j - 1).end();
                        best = new Match(i, j, start, end, withoutClitic(text.substring(start, end), tokens.get(i)),
                                Set.copyOf(node.ids));
                    }
                    if (j >= tokens.size()) {
                        break;
                    }
                    node = node.next.get(tokens.get(j).stem());
                    j++;
                }
            }
            if (best != null) {
                out.add(best);
                i = best.endToken();
            } else {
                i++;
            }
        }
        return out;
    }

    /** The token as it is, then without one proclitic (only when something of a word is left). */
    private static List<String> firstTokenForms(Segmenter.Token t) {
        String stem = t.stem();
        List<String> forms = new ArrayList<>(2);
        forms.add(stem);
        String norm = t.normalized();
        if (norm.length() >= 4 && PROCLITICS.indexOf(norm.charAt(0)) >= 0) {
            String rest = Segmenter.stripArticle(norm.substring(1));
            if (!rest.equals(stem)) {
                forms.add(rest);
            }
        }
        return forms;
    }

    /** «للأردن» is ل + الأردن with the alef dropped in writing: the mention is «الأردن». */
    private static String withoutClitic(String surface, Segmenter.Token first) {
        if (first.normalized().startsWith("لل") && surface.startsWith("لل")) {
            return "ال" + surface.substring(2);
        }
        return surface;
    }

    /**
     * How many characters at the start of the first token are a proclitic rather than part of the name, so
     * that the mention is the name as written without it («وبلينكن» → «بلينكن», «والولايات» → «الولايات»).
     */
    private static int proclitic(Segmenter.Token t, String matchedForm) {
        String norm = t.normalized();
        boolean conjunctionBeforeArticle = norm.length() > 3 && PROCLITICS.indexOf(norm.charAt(0)) >= 0
                && norm.startsWith("ال", 1);
        if (matchedForm.equals(t.stem()) && !conjunctionBeforeArticle) {
            return 0;
        }
        String surface = t.text();
        int k = 1;
        while (k < surface.length() && ArabicText.foldChar(surface.charAt(k)) == 0) {
            k++; // diacritics on the clitic stay with it
        }
        return k;
    }
}
