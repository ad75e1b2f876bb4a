package org.newsint.nlp.kb;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.newsint.nlp.pipeline.Analysis;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newsint.nlp.kb.BundledLinker.link;

/** A three-letter surname that is also a word («بري», «عكر», «الشرع») links only once its person is named. */
class ShortSurnamesTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "وقال إن الحادث عكر صفو الاحتفال في العاصمة                                  | zeina-akar          | ",
            "التقى رئيس مجلس النواب نبيه بري السفير الفرنسي. وقال بري إن الحوار ضروري          | nabih-berri         | نبيه بري,بري",
            "وصل الوفد برا إلى الحدود، ثم عاد بري إلى مكتبه                                    | nabih-berri         | ",
            "استقبل الرئيس السوري بشار الأسد وفدا روسيا. وأكد الأسد أهمية التعاون               | bashar-al-assad     | بشار الأسد,الأسد",
            "وأكد أن أحكام الشرع واضحة في هذه المسألة                                          | ahmed-al-sharaa     | ",
            "استقبل الرئيس السوري بشار الأسد وفدا روسيا، وأشاد الوفد بالأســدِ              | bashar-al-assad     | بشار الأسد,أســدِ",
    })
    void linkedOnlyAfterTheFullName(String text, String id, String mentions) {
        assertMentions(text, id, mentions);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            // Chinese and Korean names put the family name first: «تشين» after «تشين قانغ» is Qin Gang
            "التقى وزير الخارجية الصيني تشين قانغ نظيره السعودي. وقال تشين إن الحوار مفيد | qin-gang | تشين قانغ,تشين",
            "والتقى تشين قانغ نظيره الإيراني. وقال قانغ إن الصين تدعم الحوار              | qin-gang | تشين قانغ,قانغ",
    })
    void theFamilyNameComesFirstInChineseNames(String text, String id, String mentions) {
        assertMentions(text, id, mentions);
    }

    private static void assertMentions(String text, String id, String mentions) {
        List<Analysis.EntityMentions> all = link(text, "2023-04-06");
        List<String> got = all.stream().filter(e -> e.entity().id().equals(id))
                .flatMap(e -> e.mentions().stream().map(Analysis.Mention::text)).toList();
        assertThat(got).as("%s", all.stream().map(e -> e.entity().id()).toList())
                .containsExactlyElementsOf(mentions == null ? List.of() : List.of(mentions.split(",")));
    }
}
