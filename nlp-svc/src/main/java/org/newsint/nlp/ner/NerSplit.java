package org.newsint.nlp.ner;

import java.util.ArrayList;
import java.util.List;

/**
 * The fixed, documented held-out split of the two corpora (no randomness).
 *
 * <ul>
 *   <li><b>AQMAR</b> joins 28 Wikipedia articles in alphabetical order of their English titles (Atom …
 *       X Window System). {@link #AQMAR_ARTICLES} lists where each starts (sentence number, 0-based, in
 *       the 2,687-sentence file, checked against the article's first token). Every 4th article
 *       (articles 4, 8, …, 28: Computer Software, Football, Islamic Golden Age, Nuclear Power,
 *       Raul Gonzales, Soccer World Cup, X Window System) is held out whole; the other 21 train. If the file
 *       does not match the table (another version), the sentences are cut into 28 equal contiguous
 *       blocks instead and every 4th block is held out.</li>
 *   <li><b>NewsFANE</b> has no document marks; its 4,759 sentences are cut into ten contiguous tenths and
 *       the 5th and 10th tenths (sentences [0.4n, 0.5n) and [0.9n, n)) are held out: two contiguous
 *       stretches of news, so an article rarely has sentences on both sides.</li>
 * </ul>
 */
public final class NerSplit {

    /** A corpus cut into training and held-out sentences. */
    public record Parts(List<NerSentence> train, List<NerSentence> heldOut) {
    }

    /** An AQMAR article: title, 0-based first sentence, first token of that sentence. */
    public record Article(String title, int firstSentence, String firstToken) {
    }

    public static final int AQMAR_SENTENCES = 2687;

    public static final List<Article> AQMAR_ARTICLES = List.of(
            new Article("Atom", 0, "الذرة"),
            new Article("Christiano Ronaldo", 119, "كرستيانو"),
            new Article("Computer", 172, "الحاسوب"),
            new Article("Computer Software", 260, "إن"),
            new Article("Crusades", 385, "الحملات"),
            new Article("Damascus", 512, "دمشق"),
            new Article("Enrico Fermi", 593, "إنريكو"),
            new Article("Football", 660, "كرة"),
            new Article("Ibn Tulun Mosque", 756, "مسجد"),
            new Article("Imam Hussein Shrine", 813, "تقع"),
            new Article("Internet", 870, "الإنترنت"),
            new Article("Islamic Golden Age", 961, "العصر"),
            new Article("Islamic History", 1014, "يمتد"),
            new Article("Light", 1077, "الضوء"),
            new Article("Linux", 1239, "جنو"),
            new Article("Nuclear Power", 1303, "الطاقة"),
            new Article("Periodic Table", 1427, "الجدول"),
            new Article("Physics", 1623, "الفيزياء"),
            new Article("Portugal Football Team", 1739, "منتخب"),
            new Article("Raul Gonzales", 1838, "راؤول"),
            new Article("Razi", 1876, "أبو"),
            new Article("Real Madrid", 2002, "ريال"),
            new Article("Richard Stallman", 2091, "ريتشارد"),
            new Article("Soccer World Cup", 2179, "تعتبر"),
            new Article("Solaris", 2245, "مقدمة"),
            new Article("Summer Olympics", 2384, "أقيمت"),
            new Article("Ummayad Mosque", 2446, "الجامع"),
            new Article("X Window System", 2527, "في"));

    /** Every {@code AQMAR_EVERY}-th article (1-based numbers 4, 8, …) is held out. */
    public static final int AQMAR_EVERY = 4;

    private NerSplit() {
    }

    /** The article number (0-based) of each sentence, or equal contiguous blocks when the file does not match. */
    public static int[] aqmarArticleOf(List<NerSentence> sentences) {
        int n = sentences.size();
        int[] doc = new int[n];
        boolean matches = n == AQMAR_SENTENCES && AQMAR_ARTICLES.stream()
                .allMatch(a -> sentences.get(a.firstSentence()).tokens().get(0).equals(a.firstToken()));
        int k = AQMAR_ARTICLES.size();
        if (matches) {
            for (int a = 0; a < k; a++) {
                int from = AQMAR_ARTICLES.get(a).firstSentence();
                int to = a + 1 < k ? AQMAR_ARTICLES.get(a + 1).firstSentence() : n;
                for (int i = from; i < to; i++) {
                    doc[i] = a;
                }
            }
        } else {
            System.err.println("ner: AQMAR file does not match the article table; using " + k + " equal blocks");
            for (int i = 0; i < n; i++) {
                doc[i] = (int) ((long) i * k / n);
            }
        }
        return doc;
    }

    public static Parts aqmar(List<NerSentence> sentences) {
        int[] doc = aqmarArticleOf(sentences);
        List<NerSentence> train = new ArrayList<>();
        List<NerSentence> held = new ArrayList<>();
        for (int i = 0; i < sentences.size(); i++) {
            (aqmarHeldOut(doc[i]) ? held : train).add(sentences.get(i));
        }
        return new Parts(List.copyOf(train), List.copyOf(held));
    }

    static boolean aqmarHeldOut(int article) {
        return (article + 1) % AQMAR_EVERY == 0;
    }

    /** True for the NewsFANE sentence {@code i} of {@code n} that is held out (5th and 10th tenths). */
    public static boolean newsFaneHeldOut(int i, int n) {
        int tenth = (int) ((long) i * 10 / n);
        return tenth == 4 || tenth == 9;
    }

    public static Parts newsFane(List<NerSentence> sentences) {
        List<NerSentence> train = new ArrayList<>();
        List<NerSentence> held = new ArrayList<>();
        int n = sentences.size();
        for (int i = 0; i < n; i++) {
            (newsFaneHeldOut(i, n) ? held : train).add(sentences.get(i));
        }
        return new Parts(List.copyOf(train), List.copyOf(held));
    }

    /** AQMAR sentences grouped by article number (0-based), in order. */
    public static java.util.SortedMap<Integer, List<NerSentence>> aqmarArticles(List<NerSentence> sentences) {
        int[] doc = aqmarArticleOf(sentences);
        java.util.SortedMap<Integer, List<NerSentence>> out = new java.util.TreeMap<>();
        for (int i = 0; i < doc.length; i++) {
            out.computeIfAbsent(doc[i], k -> new ArrayList<>()).add(sentences.get(i));
        }
        return out;
    }
}
