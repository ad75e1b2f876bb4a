package org.newsint.nlp.pipeline;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Entities named only in the title, agreement names, and a minister's own ministry (bundled KB, team-written text). */
class TitleAndNameRulesTest {

    static Pipeline pipeline;

    @BeforeAll
    static void load() {
        pipeline = new Pipeline();
    }

    @Test
    void actorsNamedOnlyInTheTitleAreEntitiesWithTitleMentionsButMakeNoEvents() {
        Analysis a = pipeline.analyze(new ArticleInput("t", "لقاء بين شكري والصفدي في عمان",
                "بحث الطرفان الأوضاع في المنطقة وسبل التهدئة.", "2019-05-02", null));
        assertThat(a.entities()).extracting(e -> e.entity().id()).contains("sameh-shoukry", "ayman-safadi");
        Analysis.EntityMentions shoukry = a.entities().stream().filter(e -> e.entity().id().equals("sameh-shoukry")).findFirst().orElseThrow();
        assertThat(shoukry.mentions()).allMatch(Analysis.Mention::inTitle).extracting(Analysis.Mention::text).containsExactly("شكري");
        assertThat(a.events()).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            ودعا إلى تنفيذ اتفاقيات مينسك بالكامل دون إبطاء.            | false
            ووصل الوفد إلى مينسك صباح اليوم لإجراء محادثات.            | true
            """)
    void aPlaceNamingAnAgreementIsNotAPlace(String body, boolean place) {
        List<String> ids = pipeline.analyze(new ArticleInput("t", null, body, "2022-02-01", null)).entities().stream()
                .map(e -> e.entity().id()).toList();
        assertThat(ids.contains("minsk")).isEqualTo(place);
    }

    @Test
    void aMinistersOwnMinistryInTheTitleIsNotAnotherActorButASpokespersonsOrganisationIs() {
        List<String> minister = ids("تحدث بلينكن مع وزيرة الخارجية البريطانية ليز تروس هاتفيا.");
        assertThat(minister).contains("liz-truss").doesNotContain("united-kingdom-foreign-ministry");
        List<String> spokesman = ids("وقال المتحدث باسم الكرملين دميتري بيسكوف إن الحوار ممكن.");
        assertThat(spokesman).contains("kremlin", "dmitry-peskov");
    }

    private static List<String> ids(String body) {
        return pipeline.analyze(new ArticleInput("t", null, body, "2022-02-01", null)).entities().stream()
                .map(e -> e.entity().id()).toList();
    }

    @Test
    void aPersonsLastNameAloneLinksOnceTheFullNameIsInTheStory() {
        Analysis a = pipeline.analyze(new ArticleInput("t", null,
                "قال عباس موسوي إن طهران لن تتفاوض. وأضاف موسوي أن «الحوار ممكن في إطار الاتفاق»، ولموسوي تصريحات سابقة.",
                "2019-09-25", null));
        Analysis.EntityMentions m = a.entities().stream().filter(e -> e.entity().id().equals("abbas-mousavi")).findFirst().orElseThrow();
        assertThat(m.mentions()).extracting(Analysis.Mention::text).containsExactly("عباس موسوي", "موسوي", "موسوي");
        // without the full name first, a bare surname stays unlinked
        assertThat(ids("وقال موسوي إن طهران لن تتفاوض.")).doesNotContain("abbas-mousavi");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            2024-03-05 | وقال المتحدث باسم وزارة الخارجية القطرية ماجد بن محمد الأنصاري إن الوساطة مستمرة. | majed-al-ansari | ماجد بن محمد الأنصاري
            2024-10-15 | تلقى وزير الخارجية عبدالله علي اليحيا اتصالا هاتفيا من نظيره الإيراني.                | abdullah-ali-al-yahya | عبدالله علي اليحيا
            """)
    void aKnownPersonWrittenWithAMiddleNameOrJoinedAbdIsStillThatPerson(String day, String body, String id, String mention) {
        Analysis a = pipeline.analyze(new ArticleInput("t", null, body, day, null));
        assertThat(a.entities()).noneMatch(e -> e.entity().id().startsWith("x-"));
        Analysis.EntityMentions e = a.entities().stream().filter(x -> x.entity().id().equals(id)).findFirst().orElseThrow();
        assertThat(e.mentions()).extracting(Analysis.Mention::text).contains(mention);
    }

    @Test
    void anOfficeTheRoleListsDoNotKnowNamedAgainIsThePersonItIntroduced() {
        Analysis a = pipeline.analyze(new ArticleInput("t", null,
                "بحث وزير الطاقة السعودي الأمير عبدالعزيز بن سلمان مع نائب رئيس الوزراء الروسي ألكسندر نوفاك أسواق النفط."
                        + " كما بحث وزير الطاقة السعودي هاتفيا أمس مع نظيره العماني التطورات.", "2026-03-10", null));
        Analysis.EntityMentions e = a.entities().stream().filter(x -> x.entity().id().equals("abdulaziz-bin-salman")).findFirst().orElseThrow();
        assertThat(e.mentions()).extracting(Analysis.Mention::text).contains("وزير الطاقة السعودي");
        // nobody introduced by it: no guess
        assertThat(ids("كما بحث وزير الطاقة السعودي هاتفيا أمس مع نظيره العماني التطورات.")).doesNotContain("abdulaziz-bin-salman");
    }

    @Test
    void aCompoundNameWithAllahIsOneWordNotAMiddleName() {
        // «حسن فضل الله» shares first and last word with «حسن نصر الله», but «فضل الله» and «نصر الله» are two names
        assertThat(ids("وقال النائب حسن فضل الله إن الزيارة مرفوضة.")).doesNotContain("hassan-nasrallah");
    }

    @Test
    void theMinisterOfACountryNamedBeforeIsThatMinister() {
        Analysis a = pipeline.analyze(new ArticleInput("t", null,
                "استقبل الرئيس محمود عباس وزير الخارجية الأمريكي أنتوني بلينكن. وكان الوزير الأمريكي قد التقى العاهل الأردني.",
                "2023-10-13", null));
        Analysis.EntityMentions blinken = a.entities().stream().filter(e -> e.entity().id().equals("antony-blinken")).findFirst().orElseThrow();
        assertThat(blinken.mentions()).extracting(Analysis.Mention::text).contains("الوزير الأمريكي");
        // nobody named before: no guess
        assertThat(ids("وكان الوزير الأمريكي قد التقى العاهل الأردني.")).doesNotContain("antony-blinken");
    }
}
