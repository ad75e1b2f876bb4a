package org.newsint.nlp.ner;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The bundled model on sentences written for this test, and the stdin/stdout format of the tagger. */
class NerTaggerTest {

    private static String names(String sentence) {
        List<String> tokens = List.of(sentence.split(" "));
        List<ArabicNer.Span> spans = ArabicNer.bundled().find(tokens.toArray(new String[0]));
        StringBuilder sb = new StringBuilder();
        for (ArabicNer.Span s : spans) {
            if (sb.length() > 0) {
                sb.append(" | ");
            }
            sb.append(s.type()).append(' ').append(String.join(" ", tokens.subList(s.start(), s.end())));
        }
        return sb.toString();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', value = {
            "وقال وزير الخارجية الأمريكي جون كيري إن المحادثات كانت مثمرة .; PER جون كيري",
            "استقبل الرئيس الفرنسي إيمانويل ماكرون في باريس أمس وفدا من الأمم المتحدة .; PER إيمانويل ماكرون",
            "وصل وزير الخارجية المصري سامح شكري إلى بغداد صباح اليوم .; PER سامح شكري",
            "أعلنت وزارة الصحة في غزة ارتفاع عدد الضحايا .; LOC غزة",
    })
    void findsTheNamesOfSentencesItHasNotSeen(String sentence, String expectedName) {
        assertThat(names(sentence)).contains(expectedName);
    }

    @Test
    void findsCountriesAndCities() {
        String found = names("زار رئيس الوزراء البريطاني القاهرة ثم توجه إلى الأردن و السعودية .");
        assertThat(found).contains("LOC القاهرة").contains("LOC الأردن").contains("LOC السعودية");
    }

    @Test
    void leavesASentenceWithoutNamesAlone() {
        assertThat(names("ارتفعت أسعار الخبز في الأسواق هذا الأسبوع بنسبة كبيرة .")).isEmpty();
    }

    @Test
    void writesTokenTabTagKeepsBlankLinesAndTakesTheFirstColumn() throws IOException {
        String in = "قال\tO\r\nوزير\nالخارجية  x y\nجون\nكيري\n\n\nفي\nباريس\n";
        StringWriter out = new StringWriter();
        NerTagger.tag(ArabicNer.bundled(), new BufferedReader(new StringReader(in)), out);
        List<String> lines = List.of(out.toString().split("\n", -1));
        assertThat(lines).hasSize(10); // 7 tokens, 2 blank lines, and the empty string after the last newline
        assertThat(lines.subList(0, 5)).extracting(l -> l.split("\t")[0])
                .containsExactly("قال", "وزير", "الخارجية", "جون", "كيري");
        assertThat(lines.get(3)).isEqualTo("جون\tB-PER");
        assertThat(lines.get(4)).isEqualTo("كيري\tI-PER");
        assertThat(lines.get(5)).isEmpty();
        assertThat(lines.get(6)).isEmpty();
        assertThat(lines.get(8)).startsWith("باريس\t").endsWith("LOC");
        assertThat(lines).allMatch(l -> l.isEmpty() || l.matches("[^\t]+\t(O|[BI]-(PER|LOC|ORG|MISC))"));
    }
}
