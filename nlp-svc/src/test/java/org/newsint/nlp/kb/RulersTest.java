package org.newsint.nlp.kb;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.newsint.nlp.pipeline.Analysis;

import static org.assertj.core.api.Assertions.assertThat;

/** Rulers and envoys named by honorific or title alone, after a first full mention (bundled knowledge base). */
class RulersTest {

    @ParameterizedTest(name = "{2}: {3}")
    @CsvSource(delimiter = '|', value = {
            // a sultan's honorific and his bare title with an honorific are the sultan named before
            "طهران - عقد جلالة السلطان هيثم بن طارق والرئيس الإيراني إبراهيم رئيسي اليوم جلسة مباحثات. وأعرب جلالته عن تقديره."
                    + " ومن المقرر أن يلتقي جلالة السلطان المعظم غدا المرشد الأعلى. | 2023-05-28 | haitham-bin-tariq | جلالته,السلطان",
            // an envoy named again by title and nationality is the envoy named before
            "بيروت - وصل المبعوث الأميركي آموس هوكشتاين اليوم إلى بيروت حيث التقى رئيس مجلس النواب نبيه بري."
                    + " ومن المقرر أن يلتقي الموفد الأميركي قائد الجيش غدا. | 2024-10-21 | amos-hochstein | الموفد الأميركي",
            // the head of a delegation is the last person named of its country
            "إسطنبول - انطلقت اليوم المفاوضات بين الوفدين الروسي والأوكراني برئاسة مساعد الرئيس الروسي فلاديمير ميدينسكي"
                    + " ووزير الدفاع الأوكراني رستم عمروف. والتقى وزير الخارجية التركي هاكان فيدان رئيس الوفد الروسي."
                    + " | 2025-05-16 | vladimir-medinsky | رئيس الوفد الروسي",
            // «البابا» alone is the pope of the day; the Coptic pope is himself
            "بغداد - وصل البابا فرنسيس إلى بغداد. وكان البابا قد التقى رئيس الوزراء العراقي مصطفى الكاظمي. | 2021-03-07 | pope-francis | البابا",
            "القاهرة - استقبل البابا تواضروس الثاني السفير الأمريكي. | 2021-03-07 | pope-tawadros-ii | البابا تواضروس الثاني",
    })
    void aTitleNamedAgainIsThePersonNamedBefore(String text, String date, String id, String mentions) {
        assertThat(BundledLinker.linked(text, date, id).mentions()).extracting(Analysis.Mention::text)
                .contains(mentions.split(","));
    }

    @Test
    void aOneWordNameOfSomeoneNotYetInOfficeIsSomeOtherWord() {
        // «النفطي» (of oil) in 2018 is no Mohamed Ali Nafti, Tunisia's foreign minister from 2024; in 2025 it is him
        assertThat(BundledLinker.link("وقال الوزير إن القطاع النفطي يتعافى", "2018-02-15")).extracting(e -> e.entity().id())
                .doesNotContain("mohamed-ali-nafti");
        assertThat(BundledLinker.link("وقال وزير الخارجية التونسي محمد علي النفطي إن تونس مستعدة. وأضاف النفطي أن", "2025-02-15"))
                .extracting(e -> e.entity().id()).contains("mohamed-ali-nafti");
    }

    @Test
    void aBareTitleWithAnHonorificAndNoRulerNamedWithItStaysUnlinked() {
        String text = "طهران - عقد الرئيس الإيراني إبراهيم رئيسي اليوم جلسة مباحثات. ومن المقرر أن يلتقي جلالة السلطان غدا المرشد الأعلى.";
        assertThat(BundledLinker.link(text, "2023-05-28")).extracting(e -> e.entity().id()).doesNotContain("haitham-bin-tariq");
    }
}
