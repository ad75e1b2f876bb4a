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

    @Test
    void anOutletABarAndThePlaceItFilesFromMakeADateline() {
        // «بوابة الوسط | طرابلس» on a line of its own
        assertThat(ids("بوابة الوسط | طرابلس\nوذكر المجلس الرئاسي في بيان أن الاجتماع بحث الأوضاع الأمنية"))
                .contains("libya-presidential-council");
        // a Libyan outlet's Cairo bureau: Egypt has no such body; the country of the people named with titles has
        assertThat(ids("بوابة الوسط | القاهرة\nالتقى رئيس الوزراء عبد الحميد الدبيبة الوفد. وقال الناطق باسم المجلس الرئاسي إن الاجتماع ناجح"))
                .contains("libya-presidential-council");
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
            "الكويت - كونا: أعلنت وزارة الخارجية اليوم الأحد استدعاء السفير,         kuwait-foreign-ministry",
            "القاهرة (رويترز) - قالت رئاسة الجمهورية إن القمة ستعقد الشهر المقبل,    egyptian-presidency",
            "طهران - إرنا: نفت وزارة الخارجية ما تناقلته وسائل الإعلام,              iran-foreign-ministry",
            "القاهرة - أ ش أ: استقبل الرئيس الضيف بحضور رئيس المخابرات العامة,       egypt-general-intelligence",
            "بيروت (رويترز) - أقر مجلس النواب اليوم القانون,                           lebanese-parliament",
            // «بأن» after the body is no «ألبان» (Albanians) read with an article
            "القاهرة (رويترز) - صرح المتحدث باسم رئاسة الجمهورية بأن القمة ستعقد الشهر المقبل, egyptian-presidency",
            // a state agency's short form that is also a common word names it only between a dateline's marks
            "المنامة في 25 يونيو / بنا / قالت وزارة الخارجية إن المحادثات مستمرة,        bahrain-foreign-ministry",
            // a body named in the title of the person right after it is still the country's (the holder is no qualifier)
            "بيروت - الوكالة الوطنية: التقى الموفد الأميركي اليوم رئيس مجلس النواب نبيه بري, lebanese-parliament",
    })
    void aBodyWithoutItsCountryIsTheDatelinesCountrys(String text, String id) {
        assertThat(ids(text)).contains(id);
    }

    @ParameterizedTest(name = "{0} -> {2}")
    @CsvSource(delimiter = '|', value = {
            // no dateline: the country of a person named with a title that has none («الرئيس X», «X، وزير الخارجية»)
            "2024-09-29 | تلقى الدكتور بدر عبد العاطي، وزير الخارجية، اتصالا من نظيره الإيراني. وقالت وزارة الخارجية إن الاتصال تناول التصعيد | egypt-foreign-ministry",
            "2016-01-21 | استقبل الرئيس عبد الفتاح السيسي اليوم الرئيس الصيني. وقالت رئاسة الجمهورية في بيان إن اللقاء كان مثمرا | egyptian-presidency",
            "2019-10-17 | استقبل رئيس مجلس الوزراء عادل عبد المهدي اليوم وزير الخارجية الفرنسي. وذكر بيان لمكتب رئيس الوزراء أن اللقاء بحث الأوضاع | iraq-prime-ministers-office",
            "2020-02-10 | بغداد - واع: أعلن مكتب رئيس الوزراء أن الحكومة ستعقد جلستها غدا | iraq-prime-ministers-office",
            // the office named after its holder («لرئيس الوزراء» inside it) is the office
            "2021-08-28 | بغداد - واع: التقى رئيس مجلس الوزراء مصطفى الكاظمي اليوم الرئيس الفرنسي. وذكر المكتب الإعلامي لرئيس الوزراء في بيان أن اللقاء بحث الأوضاع | iraq-prime-ministers-office",
            "2021-06-27 | عمان - بترا: استقبل جلالة الملك عبدالله الثاني اليوم الوزير العراقي. وقال الديوان الملكي إن اللقاء بحث التعاون | royal-hashemite-court",
            // the Maghrebi name of the foreign ministry, a presidential council, a state council
            "2017-11-13 | الجزائر - واج: استقبل وزير الخارجية الجزائري عبد القادر مساهل اليوم المبعوث الأممي. وقالت وزارة الشؤون الخارجية إن اللقاء بحث الأزمة | algeria-foreign-ministry",
            "2019-01-20 | طرابلس - وال: استقبل فائز السراج رئيس المجلس الرئاسي الليبي اليوم السفير. وقال المجلس الرئاسي إن اللقاء بحث الأوضاع | libya-presidential-council",
    })
    void aBodyWithoutItsCountryIsTheStorysCountry(String date, String text, String id) {
        assertThat(BundledLinker.link(text, date).stream().map(e -> e.entity().id())).contains(id);
    }

    @Test
    void aForeignTitleWithItsCountryTellsNoStorysCountry() {
        // «الرئيس الأمريكي X» names another country's president: no country for the bare ministry
        assertThat(BundledLinker.link("استقبل الرئيس الأمريكي جو بايدن اليوم ضيفه. وقالت وزارة الخارجية إن اللقاء مثمر", "2022-05-02")
                .stream().map(e -> e.entity().id())).noneMatch(id -> id.contains("ministry") || id.contains("department"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "أعلنت وزارة الخارجية اليوم الأحد استدعاء السفير",                                 // no dateline: unknown
            "وقال مسؤول في بيروت بعد ظهر اليوم إن الاتصالات مستمرة ثم أعلنت وزارة الخارجية",  // a place, not at the start
            "قال إن الاتفاق بنا وعلينا ثم أعلنت وزارة الخارجية استدعاء السفير",            // «بنا» (with us) outside a dateline
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
