package org.newsint.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

class ContentHashTest {

    private static final ArticleCleaner CLEANER = new ArticleCleaner();
    private static final String TITLE = "رئيس الوزراء يترأس اجتماعا طارئا للحكومة";

    private static final String BODY = String.join("\n",
            "ترأس رئيس الوزراء اجتماعاً طارئاً للحكومة صباح الأحد لبحث تداعيات الفيضانات.",
            "وأعلن الوزير تخصيص 250 مليون دينار لإعادة إعمار المناطق المتضررة.",
            "وقال المتحدث باسم الحكومة إن الاجتماع سيعقد مجدداً يوم الأربعاء المقبل.");

    private static String hash(String body) {
        return ContentHash.of(CLEANER.clean(TITLE, body));
    }

    static Stream<Arguments> sameContent() {
        return Stream.of(
                arguments("diacritics", String.join("\n",
                        "تَرَأَّسَ رئيسُ الوزراءِ اجتماعاً طارئاً للحكومةِ صباحَ الأحدِ لبحثِ تداعياتِ الفيضاناتِ.",
                        "وأعلنَ الوزيرُ تخصيصَ 250 مليونَ دينارٍ لإعادةِ إعمارِ المناطقِ المتضررةِ.",
                        "وقالَ المتحدثُ باسمِ الحكومةِ إنّ الاجتماعَ سيُعقدُ مجدداً يومَ الأربعاءِ المقبلِ.")),
                arguments("alef, yaa and taa marbuta spelling", String.join("\n",
                        "ترأس رئيس الوزراء اجتماعا طارئا للحكومه صباح الاحد لبحث تداعيات الفيضانات.",
                        "واعلن الوزير تخصيص 250 مليون دينار لاعاده اعمار المناطق المتضرره.",
                        "وقال المتحدث باسم الحكومه ان الاجتماع سيعقد مجددا يوم الاربعاء المقبل.")),
                arguments("white space and line breaks", "  "
                        + BODY.replace(" ", "  ").replace("\n", "\r\n\r\n\t") + "\r\n"),
                arguments("non-breaking spaces and invisible marks",
                        "\uFEFF" + BODY.replace(" ", "\u00A0").replace("الحكومة", "الحكو\u200Cمة")),
                arguments("boilerplate lines", String.join("\n",
                        "شارك",
                        TITLE,
                        BODY,
                        "(تستمر)",
                        "اقرأ أيضاً: الوزير يتفقد المناطق المنكوبة",
                        "تابعونا على فيسبوك وتويتر")),
                arguments("repeated paragraphs", BODY + "\n" + BODY),
                arguments("Arabic-Indic digits and tatweel", BODY.replace("250", "٢٥٠").replace("الحكومة", "الحـكـومة")),
                arguments("Persian letters", BODY.replace("ي", "\u06CC").replace("ك", "\u06A9")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("sameContent")
    void bodiesThatDifferOnlyInFormHashTheSame(String difference, String variant) {
        assertThat(hash(variant)).isEqualTo(hash(BODY));
    }

    static Stream<Arguments> differentContent() {
        return Stream.of(
                arguments("a different figure", BODY.replace("250", "350")),
                arguments("a different word", BODY.replace("الأربعاء", "الخميس")),
                arguments("a negation", BODY.replace("سيعقد", "لن يعقد")),
                arguments("masculine vs feminine", BODY.replace("وأعلن الوزير", "وأعلنت الوزيرة")),
                arguments("a missing paragraph", BODY.substring(0, BODY.lastIndexOf('\n'))),
                arguments("an extra paragraph", BODY + "\nوأكد الوزير أن فرق الإنقاذ ما زالت تعمل."),
                arguments("paragraphs reordered", String.join("\n",
                        BODY.split("\n")[1], BODY.split("\n")[0], BODY.split("\n")[2])),
                arguments("words glued together", BODY.replace("رئيس الوزراء", "رئيسالوزراء")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("differentContent")
    void bodiesWithDifferentTextHashDifferently(String difference, String variant) {
        assertThat(hash(variant)).isNotEqualTo(hash(BODY));
    }

    @Test
    void hashIsSha256OfTheFoldedCleanText() {
        CleanText clean = CLEANER.clean(TITLE, BODY);

        String h = ContentHash.of(clean);

        assertThat(h).hasSize(64).matches("[0-9a-f]{64}");
        assertThat(h).isEqualTo(ContentHash.sha256(ArabicText.fold(clean.text())));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "''   | e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855",
            "abc  | ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad",
            // UTF-8 bytes of the Arabic word, not UTF-16
            "وزير | 8ccf4141505396216a7609ec0b114b3818e5c269f40c63ca59aa6a70433b3375",
    })
    void sha256MatchesKnownDigests(String input, String digest) {
        assertThat(ContentHash.sha256(input)).isEqualTo(digest);
    }
}
