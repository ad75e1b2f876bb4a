package org.newsint.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

class SegmenterTest {

    private static List<String> sentences(String text) {
        return Segmenter.sentences(text, 0, text.length()).stream().map(Segment::text).toList();
    }

    private static List<String> surfaces(String text) {
        return Segmenter.tokens(text, 0, text.length()).stream().map(Segmenter.Token::text).toList();
    }

    // ---------------------------------------------------------------- sentences

    static Stream<Arguments> sentenceEnds() {
        return Stream.of(
                arguments("وصل الوزير إلى الرياض. وعقد اجتماعاً مع نظيره السعودي.",
                        List.of("وصل الوزير إلى الرياض.", "وعقد اجتماعاً مع نظيره السعودي.")),
                arguments("هل تنجح المفاوضات؟ يرى المراقبون أن الفرص ضئيلة.",
                        List.of("هل تنجح المفاوضات؟", "يرى المراقبون أن الفرص ضئيلة.")),
                arguments("إنه يوم تاريخي! هكذا وصف الرئيس توقيع الاتفاق.",
                        List.of("إنه يوم تاريخي!", "هكذا وصف الرئيس توقيع الاتفاق.")),
                arguments("حددت الحكومة أولوياتها؛ خفض التضخم وتوفير فرص العمل.",
                        List.of("حددت الحكومة أولوياتها؛", "خفض التضخم وتوفير فرص العمل.")),
                // a run of end marks stays with its sentence
                arguments("هل انتهت الأزمة؟! لا أحد يعرف بعد.",
                        List.of("هل انتهت الأزمة؟!", "لا أحد يعرف بعد.")),
                arguments("انتهى الاجتماع... وغادر الوفد القاعة.",
                        List.of("انتهى الاجتماع...", "وغادر الوفد القاعة.")),
                arguments("وانتظر الجميع… ثم صدر القرار.",
                        List.of("وانتظر الجميع…", "ثم صدر القرار.")),
                // a line break is white space too
                arguments("قال الوزير.\nوأضاف أن الحوار مستمر.",
                        List.of("قال الوزير.", "وأضاف أن الحوار مستمر.")),
                // the last sentence need not end with a mark
                arguments("وصل الوزير. وسيلتقي الرئيس غداً",
                        List.of("وصل الوزير.", "وسيلتقي الرئيس غداً")),
                arguments("الوزير يصل غداً إلى القاهرة",
                        List.of("الوزير يصل غداً إلى القاهرة")));
    }

    @ParameterizedTest
    @MethodSource("sentenceEnds")
    void splitsAtFullStopQuestionExclamationAndSemicolon(String text, List<String> expected) {
        assertThat(sentences(text)).containsExactlyElementsOf(expected);
    }

    static Stream<Arguments> marksInsideWords() {
        return Stream.of(
                arguments("ارتفع النمو إلى 3.5 بالمئة. وتوقع البنك المركزي تراجعه.",
                        List.of("ارتفع النمو إلى 3.5 بالمئة.", "وتوقع البنك المركزي تراجعه.")),
                arguments("نشرت الوزارة البيان على موقع mofa.gov.sa. ولم تعلق على التقارير.",
                        List.of("نشرت الوزارة البيان على موقع mofa.gov.sa.", "ولم تعلق على التقارير.")),
                arguments("سأل النائب:هل من خطة؟نعم، قال الوزير.",
                        List.of("سأل النائب:هل من خطة؟نعم، قال الوزير.")));
    }

    @ParameterizedTest
    @MethodSource("marksInsideWords")
    void endMarkNotFollowedBySpaceDoesNotEndTheSentence(String text, List<String> expected) {
        assertThat(sentences(text)).containsExactlyElementsOf(expected);
    }

    static Stream<Arguments> quotations() {
        return Stream.of(
                arguments("قال الوزير: «لن نتراجع. سنمضي قدماً». ثم غادر القاعة.",
                        List.of("قال الوزير: «لن نتراجع. سنمضي قدماً».", "ثم غادر القاعة.")),
                arguments("وأضاف: “الحوار مستمر. لا بديل عنه”. وختم كلمته بالشكر.",
                        List.of("وأضاف: “الحوار مستمر. لا بديل عنه”.", "وختم كلمته بالشكر.")),
                arguments("وكتب المتحدث: \"الاتفاق وُقّع. التنفيذ يبدأ غداً\". ولم يذكر تفاصيل.",
                        List.of("وكتب المتحدث: \"الاتفاق وُقّع. التنفيذ يبدأ غداً\".", "ولم يذكر تفاصيل.")),
                arguments("سأل الصحفي: «هل ستستقيل؟ أم ستبقى؟» فرد الوزير بالنفي.",
                        List.of("سأل الصحفي: «هل ستستقيل؟ أم ستبقى؟» فرد الوزير بالنفي.")),
                // nested quotation
                arguments("قال: «نقل عن الرئيس قوله “لا تنازل. أبداً” في الاجتماع». ثم انصرف.",
                        List.of("قال: «نقل عن الرئيس قوله “لا تنازل. أبداً” في الاجتماع».", "ثم انصرف.")),
                // splitting resumes once the quotation is closed
                arguments("«انتهى. شكراً» قالها الوزير. وغادر.",
                        List.of("«انتهى. شكراً» قالها الوزير.", "وغادر.")));
    }

    @ParameterizedTest
    @MethodSource("quotations")
    void doesNotSplitInsideQuotations(String text, List<String> expected) {
        assertThat(sentences(text)).containsExactlyElementsOf(expected);
    }

    static Stream<Arguments> abbreviations() {
        return Stream.of(
                arguments("التقى د. سامي الحسن بالوفد. وبحثا سبل التعاون.",
                        List.of("التقى د. سامي الحسن بالوفد.", "وبحثا سبل التعاون.")),
                arguments("افتتح أ. د. خالد العمري المؤتمر. وألقى كلمة.",
                        List.of("افتتح أ. د. خالد العمري المؤتمر.", "وألقى كلمة.")),
                arguments("قال م. أحمد إن المشروع سينجز. وأكد الالتزام بالموعد.",
                        List.of("قال م. أحمد إن المشروع سينجز.", "وأكد الالتزام بالموعد.")),
                arguments("وصل وفد من U.S. إلى بغداد. وسيلتقي رئيس الوزراء.",
                        List.of("وصل وفد من U.S. إلى بغداد.", "وسيلتقي رئيس الوزراء.")));
    }

    @ParameterizedTest
    @MethodSource("abbreviations")
    void doesNotSplitAfterOneLetterAbbreviation(String text, List<String> expected) {
        assertThat(sentences(text)).containsExactlyElementsOf(expected);
    }

    static Stream<Arguments> singleDigits() {
        return Stream.of(
                arguments("ارتفع عدد الضحايا إلى 7. وأعلنت الوزارة الحداد.",
                        List.of("ارتفع عدد الضحايا إلى 7.", "وأعلنت الوزارة الحداد.")),
                arguments("بلغ عدد الوزراء المشاركين ٩. وغاب وزير المالية.",
                        List.of("بلغ عدد الوزراء المشاركين ٩.", "وغاب وزير المالية.")),
                // a digit that opens the sentence numbers a list item and is not its end
                arguments("1. وقف إطلاق النار فوراً. 2. فتح المعابر.",
                        List.of("1. وقف إطلاق النار فوراً.", "2. فتح المعابر.")));
    }

    @ParameterizedTest
    @MethodSource("singleDigits")
    void sentenceEndingInASingleDigitIsSplitButListNumberIsNot(String text, List<String> expected) {
        assertThat(sentences(text)).containsExactlyElementsOf(expected);
    }

    @Test
    void sentenceOffsetsPointIntoTheEnclosingText() {
        String text = "العنوان\n\n  قال الوزير: «نعم».   وأضاف أن الوفد سيعود؟!  ";
        int from = text.indexOf("  قال");

        List<Segment> sentences = Segmenter.sentences(text, from, text.length());

        assertThat(sentences).extracting(Segment::text)
                .containsExactly("قال الوزير: «نعم».", "وأضاف أن الوفد سيعود؟!");
        assertThat(sentences).extracting(Segment::start)
                .containsExactly(text.indexOf("قال"), text.indexOf("وأضاف"));
        assertThat(sentences).extracting(Segment::end)
                .containsExactly(text.indexOf("».") + 2, text.indexOf("؟!") + 2);
        for (Segment s : sentences) {
            assertThat(text.substring(s.start(), s.end())).isEqualTo(s.text());
        }
    }

    @Test
    void sentencesStayInsideTheGivenRange() {
        String text = "مقدمة طويلة. قال الوزير. وأضاف أن الوفد سيعود.";
        int from = text.indexOf("قال");
        int to = text.indexOf("وأضاف") - 1;

        List<Segment> sentences = Segmenter.sentences(text, from, to);

        assertThat(sentences).containsExactly(new Segment(from, to, "قال الوزير."));
    }

    @Test
    void sentencesOfCleanedParagraphsCoverTheCleanText() {
        CleanText clean = new ArticleCleaner().clean("عنوان", String.join("\n",
                "استقبل الرئيس وزير الخارجية الأمريكي. وبحث الجانبان الأوضاع في المنطقة.",
                "شارك",
                "وقال المتحدث: «كان اللقاء مثمراً. وسنواصل التشاور». ولم يحدد موعداً للقاء المقبل."));
        String text = clean.text();

        List<String> all = new ArrayList<>();
        for (Segment p : clean.paragraphs()) {
            for (Segment s : Segmenter.sentences(text, p.start(), p.end())) {
                assertThat(text.substring(s.start(), s.end())).isEqualTo(s.text());
                assertThat(s.start()).isGreaterThanOrEqualTo(p.start());
                assertThat(s.end()).isLessThanOrEqualTo(p.end());
                all.add(s.text());
            }
        }
        assertThat(all).containsExactly(
                "استقبل الرئيس وزير الخارجية الأمريكي.",
                "وبحث الجانبان الأوضاع في المنطقة.",
                "وقال المتحدث: «كان اللقاء مثمراً. وسنواصل التشاور».",
                "ولم يحدد موعداً للقاء المقبل.");
    }

    @Test
    void blankRangeHasNoSentences() {
        assertThat(Segmenter.sentences("   \n  ", 0, 6)).isEmpty();
        assertThat(Segmenter.sentences("نص", 1, 1)).isEmpty();
    }

    // ---------------------------------------------------------------- tokens

    static Stream<Arguments> tokenisations() {
        return Stream.of(
                arguments("قال الوزير، إن الاتفاق «تاريخي».",
                        List.of("قال", "الوزير", "،", "إن", "الاتفاق", "«", "تاريخي", "»", ".")),
                // diacritics and tatweel stay inside the word
                arguments("وَزِيرُ الخَارِجِيَّةِ يَصِلُ",
                        List.of("وَزِيرُ", "الخَارِجِيَّةِ", "يَصِلُ")),
                arguments("الـــوزير يلتقي",
                        List.of("الـــوزير", "يلتقي")),
                // decimal and grouped numbers are one token, a final full stop is not part of them
                arguments("ارتفع النمو 12.5 بالمئة",
                        List.of("ارتفع", "النمو", "12.5", "بالمئة")),
                arguments("بلغ العجز ١٢.٥ مليار دولار",
                        List.of("بلغ", "العجز", "١٢.٥", "مليار", "دولار")),
                arguments("نشر 1,200 جندي",
                        List.of("نشر", "1,200", "جندي")),
                arguments("في عام 2024.",
                        List.of("في", "عام", "2024", ".")),
                arguments("(2024-2025)",
                        List.of("(", "2024", "-", "2025", ")")),
                // each punctuation mark is its own token
                arguments("هل توافق؟!",
                        List.of("هل", "توافق", "؟", "!")),
                arguments("الوزير: نعم؛ لا",
                        List.of("الوزير", ":", "نعم", "؛", "لا")),
                arguments("COVID-19",
                        List.of("COVID", "-", "19")),
                // an emoji is one token even though it is two chars
                arguments("تفاعل واسع 👍",
                        List.of("تفاعل", "واسع", "👍")));
    }

    @ParameterizedTest
    @MethodSource("tokenisations")
    void splitsWordsNumbersAndPunctuation(String text, List<String> expected) {
        assertThat(surfaces(text)).containsExactlyElementsOf(expected);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "الوزير        | الوزير        | وزير",
            "والمفاوضات    | والمفاوضات    | مفاوضات",
            "بالأمم        | بالامم        | امم",
            "للصحفيين      | للصحفيين      | صحفيين",
            "وَالحُكُومَةُ   | والحكومه      | حكومه",
            "وبالتالي      | وبالتالي      | تالي",
            "فالقرار       | فالقرار       | قرار",
            "كالعادة       | كالعاده       | عاده",
            "الـــوزير     | الوزير        | وزير",
            "إلى           | الي           | الي",
            "أمريكا        | امريكا        | امريكا",
            "٢٠٢٤          | 2024          | 2024",
            "١٢.٥          | 12.5          | 12.5",
            "UNESCO        | unesco        | unesco",
    })
    void tokenCarriesFoldedFormAndStem(String surface, String normalized, String stem) {
        List<Segmenter.Token> tokens = Segmenter.tokens(surface, 0, surface.length());

        assertThat(tokens).singleElement().satisfies(t -> {
            assertThat(t.text()).isEqualTo(surface);
            assertThat(t.normalized()).isEqualTo(normalized);
            assertThat(t.stem()).isEqualTo(stem);
        });
    }

    @Test
    void tokenOffsetsPointIntoTheText() {
        String text = "قال الوزير، أمس";

        List<Segmenter.Token> tokens = Segmenter.tokens(text, 0, text.length());

        assertThat(tokens).extracting(Segmenter.Token::start).containsExactly(0, 4, 10, 12);
        assertThat(tokens).extracting(Segmenter.Token::end).containsExactly(3, 10, 11, 15);
    }

    @Test
    void tokensOfAParagraphHaveOffsetsInTheEnclosingText() {
        String text = "العنوان\n\nأعلنَ الوزيرُ: «12.5 مليار» للمشاريع 👍.\n\nخاتمة";
        int from = text.indexOf("أعلن");
        int to = text.indexOf("\n\nخاتمة");

        List<Segmenter.Token> tokens = Segmenter.tokens(text, from, to);

        assertThat(tokens).extracting(Segmenter.Token::text)
                .containsExactly("أعلنَ", "الوزيرُ", ":", "«", "12.5", "مليار", "»", "للمشاريع", "👍", ".");
        assertThat(tokens.get(0).start()).isEqualTo(from);
        assertThat(tokens.get(tokens.size() - 1).end()).isEqualTo(to);
        for (Segmenter.Token t : tokens) {
            assertThat(text.substring(t.start(), t.end())).isEqualTo(t.text());
        }
    }

    @Test
    void numberAtTheEndOfTheRangeDoesNotReachPastIt() {
        String text = "بلغ 12.5";
        // the range stops right after "12."
        List<Segmenter.Token> tokens = Segmenter.tokens(text, 0, text.indexOf('5'));

        assertThat(tokens).extracting(Segmenter.Token::text).containsExactly("بلغ", "12", ".");
    }

    // ---------------------------------------------------------------- stripArticle

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "الوزير     | وزير",
            "والوزير    | وزير",
            "بالوزير    | وزير",
            "للوزير     | وزير",
            "وبالوزير   | وزير",
            "فالوزير    | وزير",
            "كالوزير    | وزير",
            "الامن      | امن",
            "للامن      | امن",
            "والمفاوضات | مفاوضات",
            // exactly two letters left is enough
            "العم       | عم",
    })
    void stripArticleRemovesArticleWithAttachedConjunctionOrPreposition(String folded, String expected) {
        assertThat(Segmenter.stripArticle(folded)).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "ال", "الي", "الا", "والي", "والد", "بال", "لله", "فال", "وزير", "مجلس", "امن", "''",
    })
    void stripArticleLeavesShortWordsAndWordsWithoutArticleUntouched(String folded) {
        assertThat(Segmenter.stripArticle(folded)).isEqualTo(folded);
    }
}
