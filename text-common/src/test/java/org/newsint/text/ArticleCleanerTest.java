package org.newsint.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class ArticleCleanerTest {

    private static final ArticleCleaner CLEANER = new ArticleCleaner();

    private static final String TITLE = "وزير الخارجية يبحث مع نظيره الفرنسي التعاون الثنائي";
    private static final String P1 = "التقى وزير الخارجية نظيره الفرنسي في باريس لبحث التعاون الثنائي.";
    private static final String P2 = "وأكد الوزيران أهمية تعزيز التنسيق في الملفات الإقليمية.";
    private static final String P3 = "ومن المقرر أن يزور الوزير الفرنسي عمّان الشهر المقبل.";

    private static List<String> texts(CleanText clean) {
        return clean.paragraphs().stream().map(Segment::text).toList();
    }

    private static String lines(String... lines) {
        return String.join("\n", lines);
    }

    // ---------------------------------------------------------------- title

    static Stream<Arguments> titleRepeats() {
        return Stream.of(
                arguments("identical", TITLE, TITLE),
                arguments("with diacritics",
                        "وزيرُ الخارجيةِ يبحثُ مع نظيرِه الفرنسيِّ التعاونَ الثنائيَّ",
                        "وزيرُ الخارجيةِ يبحثُ مع نظيرِه الفرنسيِّ التعاونَ الثنائيَّ"),
                arguments("taa marbuta as haa and double spaces",
                        "وزير الخارجيه  يبحث مع نظيره   الفرنسي التعاون الثنائي",
                        "وزير الخارجيه يبحث مع نظيره الفرنسي التعاون الثنائي"),
                arguments("Persian yeh, tatweel and an RLM",
                        "\u200Fوز\u06CCر الخـارج\u06CCة يبحث مع نظيره الفرنسي التعاون الثنائي",
                        "وزير الخـارجية يبحث مع نظيره الفرنسي التعاون الثنائي"),
                arguments("surrounding white space",
                        " \t" + TITLE + "\u00A0 ",
                        TITLE));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("titleRepeats")
    void titleRepeatedAsFirstLineIsDropped(String variant, String firstLine, String recorded) {
        CleanText clean = CLEANER.clean(TITLE, lines(firstLine, P1, P2));

        assertThat(texts(clean)).containsExactly(P1, P2);
        assertThat(clean.removedRepeats()).containsExactly(recorded);
        assertThat(clean.removedBoilerplate()).isEmpty();
    }

    @Test
    void titleAfterLeadingBoilerplateIsStillTheFirstStoryLineAndIsDropped() {
        CleanText clean = CLEANER.clean(TITLE, lines("شارك", TITLE, P1));

        assertThat(texts(clean)).containsExactly(P1);
        assertThat(clean.removedBoilerplate()).containsExactly("شارك");
        assertThat(clean.removedRepeats()).containsExactly(TITLE);
    }

    static Stream<Arguments> firstLinesThatAreNotTheTitle() {
        return Stream.of(
                arguments(null, TITLE),
                arguments("", TITLE),
                arguments("   ", TITLE),
                arguments(TITLE, TITLE + " في باريس"),
                arguments(TITLE, "وزير الداخلية يبحث مع نظيره الفرنسي التعاون الثنائي"));
    }

    @ParameterizedTest
    @MethodSource("firstLinesThatAreNotTheTitle")
    void firstLineThatDoesNotRepeatTheTitleIsKept(String title, String firstLine) {
        CleanText clean = CLEANER.clean(title, lines(firstLine, P1));

        assertThat(texts(clean)).containsExactly(firstLine, P1);
        assertThat(clean.removedRepeats()).isEmpty();
    }

    // ---------------------------------------------------------------- repeats

    static Stream<Arguments> repeats() {
        String p1Voweled = "التقى وزيرُ الخارجيةِ نظيرَه الفرنسيَّ في باريسَ لبحثِ التعاونِ الثنائيِّ.";
        return Stream.of(
                arguments(List.of(P1, P2, P1, P3), List.of(P1, P2, P3), List.of(P1)),
                // the whole story printed twice
                arguments(List.of(P1, P2, P3, P1, P2, P3), List.of(P1, P2, P3), List.of(P1, P2, P3)),
                // the same paragraph three times: first kept, both copies dropped
                arguments(List.of(P1, P1, P2, P1), List.of(P1, P2), List.of(P1, P1)),
                // a repeat that only differs in diacritics is recorded as written
                arguments(List.of(P1, P2, p1Voweled), List.of(P1, P2), List.of(p1Voweled)),
                // the voweled copy came first, so it is the one kept
                arguments(List.of(p1Voweled, P2, P1), List.of(p1Voweled, P2), List.of(P1)),
                // different spacing and alef spelling inside the copy
                arguments(List.of(P2, "واكد  الوزيران اهمية تعزيز التنسيق في الملفات الاقليمية."),
                        List.of(P2), List.of("واكد الوزيران اهمية تعزيز التنسيق في الملفات الاقليمية.")));
    }

    @ParameterizedTest
    @MethodSource("repeats")
    void repeatedParagraphIsDroppedKeepingTheFirst(List<String> body, List<String> kept, List<String> dropped) {
        CleanText clean = CLEANER.clean("عنوان آخر", String.join("\n", body));

        assertThat(texts(clean)).containsExactlyElementsOf(kept);
        assertThat(clean.removedRepeats()).containsExactlyElementsOf(dropped);
    }

    @Test
    void paragraphsThatOnlyShareAPrefixAreBothKept() {
        String longer = P2.substring(0, P2.length() - 1) + " والدولية.";

        CleanText clean = CLEANER.clean(TITLE, lines(P2, longer));

        assertThat(texts(clean)).containsExactly(P2, longer);
        assertThat(clean.removedRepeats()).isEmpty();
    }

    // ---------------------------------------------------------------- blank lines and normalisation

    static Stream<String> layouts() {
        return Stream.of(
                P1 + "\n" + P2,
                P1 + "\n\n\n" + P2,
                "\n\n" + P1 + "\n   \n\t\n" + P2 + "\n\n",
                P1 + "\r\n\r\n" + P2 + "\r\n",
                P1 + "\u2029" + P2,
                "   " + P1 + "  \n\u00A0 " + P2 + "\t");
    }

    @ParameterizedTest
    @MethodSource("layouts")
    void blankLinesAndSurroundingSpaceAreIgnored(String body) {
        CleanText clean = CLEANER.clean(TITLE, body);

        assertThat(clean.text()).isEqualTo(P1 + "\n\n" + P2);
        assertThat(texts(clean)).containsExactly(P1, P2);
        assertThat(clean.removedBoilerplate()).isEmpty();
        assertThat(clean.removedRepeats()).isEmpty();
    }

    static Stream<Arguments> messyLines() {
        return Stream.of(
                arguments("قال  الوز\u06CCر\u200F   إن\u00A0المحادثات ستستأنف", "قال الوزير إن المحادثات ستستأنف"),
                arguments("أعلنت\tالح\u06A9ومة\u200B خطتها۔", "أعلنت الحكومة خطتها."),
                arguments("\uFEFF\u202Bاجتماع طارئ لمجلس الأمن\u202C", "اجتماع طارئ لمجلس الأمن"));
    }

    @ParameterizedTest
    @MethodSource("messyLines")
    void keptLinesAreNormalizedWithInnerSpacesCollapsed(String raw, String expected) {
        CleanText clean = CLEANER.clean(TITLE, raw);

        assertThat(texts(clean)).containsExactly(expected);
        assertThat(clean.text()).isEqualTo(expected);
    }

    // ---------------------------------------------------------------- offsets

    static Stream<List<String>> paragraphLists() {
        return Stream.of(
                List.of(P1),
                List.of(P1, P2),
                List.of(P1, "شارك", P2, P1, P3),
                List.of("👍 تفاعل واسع مع القرار", "«نحن ملتزمون بالاتفاق»، قال الوزير.", P3));
    }

    @ParameterizedTest
    @MethodSource("paragraphLists")
    void paragraphOffsetsPointIntoTheCleanText(List<String> body) {
        CleanText clean = CLEANER.clean(TITLE, String.join("\n", body));
        String text = clean.text();
        List<Segment> paragraphs = clean.paragraphs();

        assertThat(paragraphs).isNotEmpty();
        assertThat(paragraphs.get(0).start()).isZero();
        assertThat(paragraphs.get(paragraphs.size() - 1).end()).isEqualTo(text.length());
        for (int i = 0; i < paragraphs.size(); i++) {
            Segment p = paragraphs.get(i);
            assertThat(text.substring(p.start(), p.end())).isEqualTo(p.text());
            if (i > 0) {
                assertThat(text.substring(paragraphs.get(i - 1).end(), p.start())).isEqualTo("\n\n");
            }
        }
    }

    @Test
    void secondParagraphStartsAfterTheFirstAndOneBlankLine() {
        CleanText clean = CLEANER.clean(TITLE, lines(P1, P2, P3));

        assertThat(clean.paragraphs()).extracting(Segment::start)
                .containsExactly(0, P1.length() + 2, P1.length() + 2 + P2.length() + 2);
        assertThat(clean.paragraphs()).extracting(Segment::end)
                .containsExactly(P1.length(), P1.length() + 2 + P2.length(), clean.text().length());
    }

    // ---------------------------------------------------------------- boilerplate

    @Test
    void boilerplateLinesAreRemovedAndRecordedInOrder() {
        String body = lines(
                "شارك",
                P1,
                "اقرأ أيضاً: الوزير يلتقي نظيره الأردني",
                P2,
                "(تستمر)",
                "تابعونا على تويتر",
                "***");

        CleanText clean = CLEANER.clean(TITLE, body);

        assertThat(texts(clean)).containsExactly(P1, P2);
        assertThat(clean.removedBoilerplate()).containsExactly(
                "شارك", "اقرأ أيضاً: الوزير يلتقي نظيره الأردني", "(تستمر)", "تابعونا على تويتر", "***");
        assertThat(clean.removedRepeats()).isEmpty();
    }

    @Test
    void aReadMoreLineGoesWhateverTheLengthOfTheHeadlineItLinksTo() {
        String link = "اقرأ أيضا: وزير الخارجية يتلقى اتصالا هاتفيا من نظيره الأردني لبحث التطورات الإقليمية والدولية الراهنة";
        CleanText clean = CLEANER.clean(TITLE, lines(P1, link, P2));

        assertThat(texts(clean)).containsExactly(P1, P2);
        assertThat(clean.removedBoilerplate()).containsExactly(link);
    }

    @Test
    void bodyOfOnlyBoilerplateIsEmpty() {
        CleanText clean = CLEANER.clean(TITLE, lines("شارك", "طباعة", "أضف تعليقك"));

        assertThat(clean.isEmpty()).isTrue();
        assertThat(clean.text()).isEmpty();
        assertThat(clean.removedBoilerplate()).hasSize(3);
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"\n\n", "  \r\n\t\n\u00A0"})
    void missingOrBlankBodyIsEmpty(String body) {
        CleanText clean = CLEANER.clean(TITLE, body);

        assertThat(clean.isEmpty()).isTrue();
        assertThat(clean.text()).isEmpty();
        assertThat(clean.removedBoilerplate()).isEmpty();
        assertThat(clean.removedRepeats()).isEmpty();
    }

    @Test
    void customBoilerplateRulesAreUsed() throws Exception {
        Boilerplate onlyUrgent = Boilerplate.parse(new java.io.ByteArrayInputStream(
                "2\tعاجل\n".getBytes(java.nio.charset.StandardCharsets.UTF_8)));

        CleanText clean = new ArticleCleaner(onlyUrgent).clean(TITLE, lines("عاجل", P1, "شارك"));

        assertThat(texts(clean)).containsExactly(P1, "شارك");
        assertThat(clean.removedBoilerplate()).containsExactly("عاجل");
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {
            "تابعنا عبر\nقال  وزير الخارجية   سيرغي لافروف\r\nإن الحوار ممكن.\nقال  وزير الخارجية   سيرغي لافروف",
            "( أردو بوینت نتورك ۔ / سبوتنيك - 18 كانون الثاني 2022ء) أعلنت\u200f الناطقة\tالرسمية",
            "  ﻻ بد من الحوار  \n\n\nوقال بلينكن:\u00a0«الحل ممكن»\n",
    })
    void everyCleanOffsetPointsBackIntoTheBodyAsReceived(String body) {
        CleanText c = new ArticleCleaner().clean(null, body);
        assertThat(c.origin()).hasSize(c.text().length() + 1);
        for (Segment p : c.paragraphs()) {
            String original = body.substring(c.originalOffset(p.start()), c.originalEnd(p.end()));
            assertThat(ArabicText.normalize(original).replaceAll("\\s+", " ").strip()).isEqualTo(p.text());
        }
        for (int i = 1; i < c.origin().length; i++) {
            assertThat(c.origin()[i]).isGreaterThanOrEqualTo(c.origin()[i - 1]);
        }
    }
}
