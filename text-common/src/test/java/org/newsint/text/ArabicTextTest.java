package org.newsint.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

class ArabicTextTest {

    // ---------------------------------------------------------------- normalize

    static Stream<Arguments> persianAndUrduLetters() {
        return Stream.of(
                // Farsi yeh U+06CC typed on a Persian keyboard
                arguments("وز\u06CCر الخارج\u06CCة", "وزير الخارجية"),
                // keheh U+06A9 -> kaf
                arguments("\u06A9لمة الرئ\u06CCس", "كلمة الرئيس"),
                // Urdu full stop U+06D4 -> '.'
                arguments("انتهى الاجتماع\u06D4", "انتهى الاجتماع."),
                // heh goal U+06C1 and heh doachashmee U+06BE -> haa
                arguments("\u06BEذا الاتفاق \u06C1و الأ\u06C1م", "هذا الاتفاق هو الأهم"),
                // heh with yeh above U+06C0 -> taa marbuta
                arguments("جلس\u06C0 البرلمان", "جلسة البرلمان"),
                // yeh barree U+06D2 -> yaa
                arguments("الوزراء ف\u06D2 القمة", "الوزراء في القمة"));
    }

    @ParameterizedTest
    @MethodSource("persianAndUrduLetters")
    void normalizeMapsPersianAndUrduLettersToArabic(String typed, String expected) {
        assertThat(ArabicText.normalize(typed)).isEqualTo(expected);
    }

    static Stream<Arguments> compatibilityForms() {
        return Stream.of(
                // lam-alef ligature from a legacy PDF
                arguments("\uFEFB تفاوض مع الإرهاب", "لا تفاوض مع الإرهاب"),
                // isolated/initial/medial/final presentation forms
                arguments("\uFE8D\uFEDF\uFEEE\uFEB0\uFEF3\uFEAE يصل غدا", "الوزير يصل غدا"),
                // full-width digits
                arguments("موازنة \uFF12\uFF10\uFF12\uFF15", "موازنة 2025"));
    }

    @ParameterizedTest
    @MethodSource("compatibilityForms")
    void normalizeAppliesNfkcToPresentationFormsAndFullWidthDigits(String raw, String expected) {
        assertThat(ArabicText.normalize(raw)).isEqualTo(expected);
    }

    static Stream<Arguments> lineBreaks() {
        return Stream.of(
                arguments("بدأ الاجتماع\r\nانتهى الاجتماع", "بدأ الاجتماع\nانتهى الاجتماع"),
                arguments("بدأ الاجتماع\r\n\r\nانتهى الاجتماع", "بدأ الاجتماع\n\nانتهى الاجتماع"),
                arguments("بدأ الاجتماع\rانتهى الاجتماع", "بدأ الاجتماع\nانتهى الاجتماع"),
                arguments("بدأ الاجتماع\u2028انتهى الاجتماع", "بدأ الاجتماع\nانتهى الاجتماع"),
                arguments("بدأ الاجتماع\u2029انتهى الاجتماع", "بدأ الاجتماع\nانتهى الاجتماع"),
                arguments("بدأ الاجتماع\u0085انتهى الاجتماع", "بدأ الاجتماع\nانتهى الاجتماع"),
                arguments("بدأ الاجتماع\nانتهى الاجتماع", "بدأ الاجتماع\nانتهى الاجتماع"));
    }

    @ParameterizedTest
    @MethodSource("lineBreaks")
    void normalizeTurnsEveryLineBreakFormIntoOneNewline(String raw, String expected) {
        assertThat(ArabicText.normalize(raw)).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "والتقى | التقى",
            "فاجتمع | اجتمع",
            "وفد | وفد",            // three letters stay
            "وزير | زير",           // the rule is the letter's: callers use it on verbs and contact nouns, not on any word
            "فيدان | يدان",
            "التقى | التقى",
    })
    void stripConjunctionDropsALeadingWawOrFaOfLongerWords(String folded, String expected) {
        assertThat(ArabicText.stripConjunction(folded)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "U+{0}")
    @CsvSource({
            "200B", // zero width space
            "200C", // zero width non-joiner
            "200D", // zero width joiner
            "200E", // left-to-right mark
            "200F", // right-to-left mark
            "202A", "202B", "202C", "202D", "202E", // bidi embeddings and overrides
            "2066", "2067", "2068", "2069", // bidi isolates
            "FEFF", // byte order mark
            "061C", // Arabic letter mark
            "00AD", // soft hyphen
    })
    void normalizeRemovesInvisibleMarks(String hex) {
        String mark = String.valueOf((char) Integer.parseInt(hex, 16));
        String typed = mark + "صرّح" + mark + " المتحدث باسم الوز" + mark + "ارة" + mark;

        assertThat(ArabicText.normalize(typed)).isEqualTo("صرّح المتحدث باسم الوزارة");
        assertThat(ArabicText.fold(typed)).isEqualTo("صرح المتحدث باسم الوزاره");
    }

    @ParameterizedTest(name = "U+{0}")
    @CsvSource({"00A0", "0009", "2007", "202F", "3000", "2009", "2002", "205F"})
    void normalizeTurnsOtherSpacesIntoPlainSpaces(String hex) {
        String space = String.valueOf((char) Integer.parseInt(hex, 16));

        assertThat(ArabicText.normalize("رئيس" + space + "الوزراء")).isEqualTo("رئيس الوزراء");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "أَعْلَنَ الوزيرُ إقالةَ ٣ مسؤولين",
            "الـــوزيــر يلتقي السفراء في ۱۴ آذار",
            "مستشفى الجامعة",
    })
    void normalizeKeepsDiacriticsHamzaTatweelAndDigitsForDisplay(String text) {
        assertThat(ArabicText.normalize(text)).isEqualTo(text);
    }

    @Test
    void normalizeKeepsRunsOfSpacesAndEmoji() {
        assertThat(ArabicText.normalize("قال  الوزير 👍")).isEqualTo("قال  الوزير 👍");
    }

    @Test
    void normalizeOfNullOrEmptyIsEmpty() {
        assertThat(ArabicText.normalize(null)).isEmpty();
        assertThat(ArabicText.normalize("")).isEmpty();
    }

    // ---------------------------------------------------------------- fold

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "وَزِيرُ الخَارِجِيَّةِ       | وزير الخارجيه",
            "اجْتِمَاعٌ طَارِئٌ            | اجتماع طارئ",
            "مُؤْتَمَرٌ صَحَفِيٌّ          | مؤتمر صحفي",
            "هٰذا القرارُ                 | هذا القرار",
            "شَدَّدَ الرَّئِيسُ            | شدد الرئيس",
    })
    void foldRemovesDiacritics(String voweled, String expected) {
        assertThat(ArabicText.fold(voweled)).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "الـــوزيـــر         | الوزير",
            "عـاجـل              | عاجل",
            "مـجـلـس الـأمـن      | مجلس الامن",
    })
    void foldRemovesTatweel(String stretched, String expected) {
        assertThat(ArabicText.fold(stretched)).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "أعلن الرئيس         | اعلن الرئيس",
            "إعلان مشترك         | اعلان مشترك",
            "آلية التنفيذ         | اليه التنفيذ",
            "ٱلوزير              | الوزير",
            "أَإِآ               | ااا",
    })
    void foldUnifiesAlefForms(String written, String expected) {
        assertThat(ArabicText.fold(written)).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "توجه إلى القاهرة     | توجه الي القاهره",
            "مستشفى الشفاء        | مستشفي الشفاء",
            "مصطفى                | مصطفي",
    })
    void foldMapsAlefMaqsuraToYaa(String written, String expected) {
        assertThat(ArabicText.fold(written)).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "وزارة الصحة          | وزاره الصحه",
            "الحكومة الجديدة      | الحكومه الجديده",
    })
    void foldMapsTaaMarbutaToHaa(String written, String expected) {
        assertThat(ArabicText.fold(written)).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "٠١٢٣٤٥٦٧٨٩           | 0123456789",
            "۰۱۲۳۴۵۶۷۸۹           | 0123456789",
            "موازنة ٢٠٢٥          | موازنه 2025",
            "سقط ۱۲ قتيلا         | سقط 12 قتيلا",
            "بلغ ١٢.٥ مليار       | بلغ 12.5 مليار",
    })
    void foldMapsArabicIndicAndPersianDigitsToAscii(String written, String expected) {
        assertThat(ArabicText.fold(written)).isEqualTo(expected);
    }

    static Stream<Arguments> whitespace() {
        return Stream.of(
                arguments("  قال الوزير  ", "قال الوزير"),
                arguments("قال   الوزير", "قال الوزير"),
                arguments("قال\tالوزير", "قال الوزير"),
                arguments("قال\n\nالوزير", "قال الوزير"),
                arguments("قال\r\nالوزير", "قال الوزير"),
                arguments("قال\u00A0الوزير", "قال الوزير"),
                arguments("قال\u3000\u2009 الوزير", "قال الوزير"),
                // a space next to a dropped mark does not leave a double or trailing space
                arguments("قال ً الوزير ّ", "قال الوزير"),
                arguments(" \n\t ", ""));
    }

    @ParameterizedTest
    @MethodSource("whitespace")
    void foldCollapsesWhitespaceToSingleSpacesAndTrims(String written, String expected) {
        assertThat(ArabicText.fold(written)).isEqualTo(expected);
    }

    @Test
    void foldLowercasesLatinLetters() {
        assertThat(ArabicText.fold("بيان UN وNATO")).isEqualTo("بيان un وnato");
    }

    @Test
    void foldOfNullIsEmpty() {
        assertThat(ArabicText.fold(null)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "أَعْلَنَ وَزِيرُ الخارجيّةِ   | اعلن وزير الخارجيه",
            "إلى اللقاء في الجلسة القادمة  | الي اللقاء في الجلسه القادمه",
            "الـمـؤتـمـر الـصـحـفـي         | المؤتمر الصحفي",
    })
    void spellingVariantsFoldToTheSameKey(String a, String b) {
        assertThat(ArabicText.fold(a)).isEqualTo(ArabicText.fold(b));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "الوزير     | الوزيرة",
            "قال        | قالت",
            "وزير       | وزراء",
            "3 قتلى     | 4 قتلى",
            "سافر       | سافروا",
    })
    void differentWordsKeepDifferentKeys(String a, String b) {
        assertThat(ArabicText.fold(a)).isNotEqualTo(ArabicText.fold(b));
    }

    // ---------------------------------------------------------------- character classes

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "و | true",  "ة | true",  "ى | true", "ء | true", "پ | true", "ک | true",
            "٣ | false", "۳ | false", "، | false", "؟ | false", "a | false", "3 | false", "ً | false",
    })
    void isArabicLetterAcceptsLettersOnly(char c, boolean expected) {
        assertThat(ArabicText.isArabicLetter(c)).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "و | true", "a | true", "7 | true", "٧ | true", "ـ | true",
            "، | false", "؛ | false", ". | false", "« | false", "- | false",
    })
    void isWordCharCoversLettersDigitsAndTatweel(char c, boolean expected) {
        assertThat(ArabicText.isWordChar(c)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "U+{0}")
    @CsvSource({"064E", "064F", "0650", "0651", "0652", "064B", "064C", "064D", "0670", "0654"})
    void harakatAreDiacriticsAndWordChars(String hex) {
        char c = (char) Integer.parseInt(hex, 16);
        assertThat(ArabicText.isDiacritic(c)).isTrue();
        assertThat(ArabicText.isWordChar(c)).isTrue();
        assertThat(ArabicText.foldChar(c)).isEqualTo((char) 0);
    }

    @ParameterizedTest
    @CsvSource({"ا", "ب", "ة", "0", "،"})
    void lettersDigitsAndPunctuationAreNotDiacritics(char c) {
        assertThat(ArabicText.isDiacritic(c)).isFalse();
    }
    // ---------------------------------------------------------------- table-driven fast paths

    /**
     * fold and normalizeMapped read precomputed tables and skip work for text that needs none; over random text
     * made of the characters that matter (Arabic letters and marks, presentation forms, spaces of every kind,
     * line breaks, NUL, Latin, digits) they give what the plain definitions give.
     */
    @Test
    void fastPathsAgreeWithThePlainDefinitions() {
        String alphabet = "ابتةىيأإآءؤئ\u064B\u064E\u0651\u0653\u0654\u0670\u0640\u06CC\u06A9\u06C1\u06D4\u0660\u06F5"
                + "\uFEFB\uFB50\uFE8D\u0675 \t\n\r\u00A0\u2009\u3000\u200F\uFEFF\u0000AbZ9١«»\u00BD\u2126\u0301e";
        java.util.Random random = new java.util.Random(7);
        for (int round = 0; round < 20_000; round++) {
            StringBuilder b = new StringBuilder();
            int length = random.nextInt(12);
            for (int k = 0; k < length; k++) {
                b.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            String s = b.toString();
            assertThat(ArabicText.fold(s)).as("fold of %s", escaped(s)).isEqualTo(plainFold(s));
            ArabicText.Mapped mapped = ArabicText.normalizeMapped(s);
            String[] plain = plainNormalize(s);
            assertThat(mapped.text()).as("normalize of %s", escaped(s)).isEqualTo(plain[0]);
            assertThat(java.util.Arrays.toString(mapped.origin())).as("origins of %s", escaped(s)).isEqualTo(plain[1]);
        }
    }

    private static String escaped(String s) {
        StringBuilder b = new StringBuilder();
        s.chars().forEach(c -> b.append(String.format("\\u%04X", c)));
        return b.toString();
    }

    /** fold as first written: a character at a time, no tables. */
    private static String plainFold(String s) {
        StringBuilder out = new StringBuilder();
        boolean space = false;
        for (char c : s.toCharArray()) {
            if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                space = out.length() > 0;
                continue;
            }
            char f = ArabicText.isDiacritic(c) || c == '\u0640' || ArabicText.isInvisible(c) ? 0 : switch (c) {
                case '\u0623', '\u0625', '\u0622', '\u0671', '\u0672', '\u0673' -> '\u0627';
                case '\u0649', '\u06CC', '\u06D2' -> '\u064A';
                case '\u0629', '\u06C0' -> '\u0647';
                case '\u06A9' -> '\u0643';
                case '\u06C1', '\u06BE' -> '\u0647';
                default -> c >= '\u0660' && c <= '\u0669' ? (char) ('0' + (c - '\u0660'))
                        : c >= '\u06F0' && c <= '\u06F9' ? (char) ('0' + (c - '\u06F0')) : Character.toLowerCase(c);
            };
            if (f == 0) {
                continue;
            }
            if (space) {
                out.append(' ');
                space = false;
            }
            out.append(f);
        }
        return out.toString();
    }

    /** normalizeMapped as first written: every cluster cut out and given to the normaliser; text and origins. */
    private static String[] plainNormalize(String s) {
        if (s.isEmpty()) {
            return new String[] {"", "[0]"};
        }
        StringBuilder out = new StringBuilder();
        java.util.List<Integer> origin = new java.util.ArrayList<>();
        int i = 0;
        while (i < s.length()) {
            int end = i + Character.charCount(s.codePointAt(i));
            while (end < s.length() && java.util.Set.of(Character.NON_SPACING_MARK, Character.COMBINING_SPACING_MARK,
                    Character.ENCLOSING_MARK).contains((byte) Character.getType(s.codePointAt(end)))) {
                end += Character.charCount(s.codePointAt(end));
            }
            String cluster = s.substring(i, end);
            String n = java.text.Normalizer.normalize(cluster, java.text.Normalizer.Form.NFKC);
            for (int k = 0; k < n.length(); k++) {
                char c = n.charAt(k);
                if (c == '\r') {
                    if (k + 1 < n.length() ? n.charAt(k + 1) == '\n' : end < s.length() && s.charAt(end) == '\n') {
                        continue;
                    }
                    c = '\n';
                }
                String mapped = ArabicText.normalize(String.valueOf(c));
                if (c == '\n' || c == ' ') {
                    mapped = String.valueOf(c);
                }
                if (mapped.isEmpty()) {
                    continue;
                }
                origin.add(i + Math.min(k, cluster.length() - 1));
                out.append(mapped);
            }
            i = end;
        }
        origin.add(s.length());
        return new String[] {out.toString(), origin.toString()};
    }
}
