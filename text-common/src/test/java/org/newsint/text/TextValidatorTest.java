package org.newsint.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;

class TextValidatorTest {

    static Stream<String> validTexts() {
        return Stream.of(
                "استقبل وزير الخارجية نظيره الأردني في عمّان.",
                "أَعْلَنَ الوزيرُ عن ٣ قرارات جديدة بقيمة 12.5 مليون دينار",
                // tab and all line-break forms are allowed
                "العنوان:\tاجتماع طارئ\nالفقرة الأولى\r\nالفقرة الثانية\rالنهاية",
                // emoji are valid surrogate pairs, including flags and joined sequences
                "شارك الوزير صورة من القمة 👍🇸🇦",
                "👨\u200D👩\u200D👧 عائلات النازحين تعود",
                // ZWNJ, RLM and NBSP are odd but not invalid
                "وزير\u200Cالدفاع\u200F\u00A0يصل",
                // a supplementary character that is not a non-character (U+1FFFD)
                "رمز \uD83F\uDFFD",
                // just below the non-character block and just after it
                "\uFDCF\uFDF0 \uFFFC");
    }

    @ParameterizedTest
    @MethodSource("validTexts")
    void validArticleTextHasNoProblem(String text) {
        assertThat(TextValidator.firstInvalid(text)).isEmpty();
    }

    @ParameterizedTest
    @NullAndEmptySource
    void nullOrEmptyTextHasNoProblem(String text) {
        assertThat(TextValidator.firstInvalid(text)).isEmpty();
    }

    static Stream<Arguments> invalidTexts() {
        return Stream.of(
                // control characters: offset is the UTF-16 index of the bad char
                arguments("قال\u0000 الوزير", 3, "control character U+0000"),
                arguments("\u0001بيان الحكومة", 0, "control character U+0001"),
                arguments("بيان الوزارة\u0007", 12, "control character U+0007"),
                arguments("الوفد\u001B[0mيصل", 5, "control character U+001B"),
                arguments("اجتماع\u000B\u000Cاللجنة", 6, "control character U+000B"),
                arguments("الوزير\u007F", 6, "control character U+007F"),
                arguments("بيان\u0085ختامي", 4, "control character U+0085"),
                arguments("بيان\u009Fختامي", 4, "control character U+009F"),
                // an emoji before the problem counts two UTF-16 units
                arguments("👍 قال\u0000", 6, "control character U+0000"),
                // unpaired surrogates: high without low, high at the end, low alone, two highs
                arguments("اجتماع\uD83D الوزراء", 6, "unpaired surrogate U+D83D"),
                arguments("القمة\uD83D", 5, "unpaired surrogate U+D83D"),
                arguments("القمة\uDC4Dالعربية", 5, "unpaired surrogate U+DC4D"),
                arguments("\uD83D\uD83Dوزير", 0, "unpaired surrogate U+D83D"),
                arguments("👍\uDC4D", 2, "unpaired surrogate U+DC4D"),
                // U+FFFD left behind by a wrong decoding
                arguments("وزير\uFFFD\uFFFDالدفاع", 4, "replacement character U+FFFD"),
                // non-characters in the BMP and in a supplementary plane
                arguments("بيان\uFFFE", 4, "U+FFFE is a Unicode non-character"),
                arguments("بيان\uFFFF", 4, "U+FFFF is a Unicode non-character"),
                arguments("بيان\uFDD0", 4, "U+FDD0 is a Unicode non-character"),
                arguments("بيان\uFDEF", 4, "U+FDEF is a Unicode non-character"),
                arguments("بيان \uD83F\uDFFE", 5, "U+1FFFE is a Unicode non-character"),
                arguments("\uDBFF\uDFFF", 0, "U+10FFFF is a Unicode non-character"));
    }

    @ParameterizedTest
    @MethodSource("invalidTexts")
    void reportsFirstInvalidCharacterWithItsOffset(String text, int offset, String message) {
        assertThat(TextValidator.firstInvalid(text))
                .hasValueSatisfying(p -> {
                    assertThat(p.offset()).isEqualTo(offset);
                    assertThat(p.message()).contains(message);
                });
    }

    static Stream<Arguments> severalProblems() {
        return Stream.of(
                arguments("وزير\uFFFDالدفاع\u0000", 4),
                arguments("وزير\u0000الدفاع\uFFFD", 4),
                arguments("وزير الدفاع\uDC00\u0001", 11));
    }

    @ParameterizedTest
    @MethodSource("severalProblems")
    void onlyTheFirstProblemIsReported(String text, int offset) {
        assertThat(TextValidator.firstInvalid(text)).map(TextValidator.Problem::offset).contains(offset);
    }
}
