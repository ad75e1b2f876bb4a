package org.newsint.nlp.ner;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class ArabicTokensTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
            "الأردنّ,       الاردن",
            "إيمانويل,     ايمانويل",
            "مكّة المكرّمة, مكه_المكرمه",
            "مصطفى,        مصطفي",
            "\u200eالقاهرة, القاهره",
            "٢٠٢٤,          2024",
            "NATO,          nato",
    })
    void normalisesLikeTheProductsMatchingForm(String raw, String norm) {
        assertThat(ArabicTokens.norm(raw)).isEqualTo(norm);
    }

    @ParameterizedTest(name = "{0} -> {1} + {2}")
    @CsvSource({
            "والولايات, وال,  ولايات",
            "بالعراق,   بال,  عراق",
            "للمجلس,    لال,  مجلس",
            "وللمجلس,   ولال, مجلس",
            "وقال,      و,    قال",
            "فسوريا,    ف,    سوريا",
            "لبنان,     ل,    بنان",
            "الصين,     ال,   صين",
            "غزه,       '',   غزه",
            "في,        '',   في",
            "2024,      '',   2024",
    })
    void stripsProcliticsAndTheArticle(String word, String clitics, String core) {
        ArabicTokens.Stripped s = ArabicTokens.strip(word);
        assertThat(s.clitics()).isEqualTo(clitics);
        assertThat(s.core()).isEqualTo(core);
    }
}
