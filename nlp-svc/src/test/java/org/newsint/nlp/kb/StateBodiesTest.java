package org.newsint.nlp.kb;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.newsint.nlp.pipeline.Analysis;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newsint.nlp.kb.BundledLinker.KB;
import static org.newsint.nlp.kb.BundledLinker.link;
import static org.newsint.nlp.kb.BundledLinker.linked;

/** State bodies derived from every country ({@link StateBodies}) and bodies named without their country. */
class StateBodiesTest {

    private static List<String> ids(String text) {
        return link(text).stream().map(e -> e.entity().id()).toList();
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
            "وقالت الخارجية الإثيوبية في بيان إن المفاوضات متعثرة,   ministry-of-foreign-affairs-ethiopia, الخارجية الإثيوبية",
            "ورحبت الحكومة الإسبانية بقرار المحكمة,                  government-of-spain,                 الحكومة الإسبانية",
            "وأعلنت وزارة دفاع النيجر مقتل عشرة مسلحين,               ministry-of-defence-niger,           وزارة دفاع النيجر",
            "وقصف الجيش المالي مواقع في الشمال,                       armed-forces-of-mali,                الجيش المالي",
            "ونددت الرئاسة الكينية بالهجوم,                          presidency-of-kenya,                 الرئاسة الكينية",
    })
    void aCountrysBodyIsNamedByItsAdjectiveOrName(String text, String id, String mention) {
        Analysis.EntityMentions e = linked(text, id);
        assertThat(e.entity().type()).isEqualTo(Analysis.EntityType.ORG);
        assertThat(e.mentions()).extracting(Analysis.Mention::text).containsExactly(mention);
    }

    @Test
    void reviewedEntriesWinOverDerivedOnes() {
        assertThat(KB.get("ministry-of-foreign-affairs-kuwait")).as("Kuwait's ministry is a reviewed entry").isEmpty();
        assertThat(ids("وقالت وزارة الخارجية الكويتية في بيان")).containsExactly("kuwait-foreign-ministry");
        assertThat(KB.get("ministry-of-foreign-affairs-ethiopia").orElseThrow().country()).isEqualTo("ethiopia");
        assertThat(KnowledgeBase.fromClasspath(KnowledgeBase.BUNDLED).get("government-of-spain"))
                .as("derived, not in the files").isEmpty();
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
            "الكويت - كونا: أعلنت وزارة الخارجية اليوم الأحد استدعاء السفير,         kuwait-foreign-ministry",
            "القاهرة (رويترز) - قالت رئاسة الجمهورية إن القمة ستعقد الشهر المقبل,    egyptian-presidency",
            "طهران - إرنا: نفت وزارة الخارجية ما تناقلته وسائل الإعلام,              iran-foreign-ministry",
    })
    void aBodyWithoutItsCountryIsTheDatelinesCountrys(String text, String id) {
        assertThat(ids(text)).contains(id);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "أعلنت وزارة الخارجية اليوم الأحد استدعاء السفير",                                 // no dateline: unknown
            "وقال مسؤول في بيروت بعد ظهر اليوم إن الاتصالات مستمرة ثم أعلنت وزارة الخارجية",  // a place, not at the start
    })
    void withoutADatelineABodyWithoutItsCountryStaysUnlinked(String text) {
        assertThat(ids(text)).noneMatch(id -> id.contains("foreign") || id.contains("ministry"));
    }

    @Test
    void aBodyWithItsOwnCountryIsNotTheDatelines() {
        assertThat(ids("الكويت - كونا: قالت وزارة الخارجية الإيرانية إن المحادثات مستمرة"))
                .contains("iran-foreign-ministry").doesNotContain("kuwait-foreign-ministry");
    }
}
