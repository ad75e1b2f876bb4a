package org.newsint.nlp.kb;

import org.newsint.text.Tsv;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Map;

/**
 * Arabic role titles («وزير الخارجية», «المتحدث باسم الكرملين») as data: {@code kb/roles.tsv}. Each national title
 * also gets its dual forms («وزيرا/وزيري الخارجية», «الرئيسين») for «وزيري الخارجية الروسي والأميركي».
 */
public final class RoleLexicon {

    /** A title's role, and the country it implies by itself (null when the words after it must say). */
    public record Title(String role, String country) {
    }

    /** Dual (and plural) forms of a title's first word: «وزيرا خارجية X وY», «وزراء خارجية X وY وZ». */
    private static final Map<String, List<String>> NUMBER_FORMS = Map.of(
            "وزير", List.of("وزيرا", "وزيري", "وزراء"),
            "وزيرة", List.of("وزيرتا", "وزيرتي"),
            "رئيس", List.of("رئيسا", "رئيسي", "رؤساء"),
            "الرئيس", List.of("الرئيسان", "الرئيسين"),
            "الزعيم", List.of("الزعيمان", "الزعيمين"),
            "المتحدث", List.of("المتحدثان", "المتحدثين"));

    private final TokenTrie<Title> titles = new TokenTrie<>();
    private final TokenTrie<Title> duals = new TokenTrie<>();

    public static RoleLexicon bundled() {
        return from(Tsv.resource(RoleLexicon.class, "kb/roles.tsv", 2));
    }

    static RoleLexicon parse(InputStream in) throws IOException {
        return from(Tsv.read("kb/roles.tsv", in, 2));
    }

    private static RoleLexicon from(List<Tsv.Row> rows) {
        RoleLexicon lexicon = new RoleLexicon();
        for (Tsv.Row row : rows) {
            String title = row.field(1);
            if (row.field(0).isEmpty() || title.isEmpty()) {
                throw row.error("expected role<TAB>title[<TAB>country]");
            }
            String country = row.field(2).isEmpty() ? null : row.field(2);
            Title t = new Title(row.field(0), country);
            lexicon.titles.add(title, t);
            String[] words = title.split(" ", 2);
            if (country == null && NUMBER_FORMS.containsKey(words[0])) {
                for (String dual : NUMBER_FORMS.get(words[0])) {
                    lexicon.duals.add(words.length > 1 ? dual + " " + words[1] : dual, t);
                }
            }
        }
        return lexicon;
    }

    public TokenTrie<Title> titles() {
        return titles;
    }

    /** Dual and plural titles, which need two or more countries after them. */
    public TokenTrie<Title> duals() {
        return duals;
    }
}
