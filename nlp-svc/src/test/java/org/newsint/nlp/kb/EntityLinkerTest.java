package org.newsint.nlp.kb;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.newsint.nlp.pipeline.Analysis;
import org.newsint.text.Segmenter;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class EntityLinkerTest {

    private static final KnowledgeBase KB = KnowledgeBase.fromClasspath(List.of("kb-test/test.jsonl"));
    private final EntityLinker linker = new EntityLinker(KB, RoleLexicon.bundled());

    private List<Analysis.EntityMentions> link(String text, String date) {
        return linker.link(text, Segmenter.tokens(text, 0, text.length()), date);
    }

    @ParameterizedTest(name = "{0} -> {1} as «{2}»")
    @CsvSource({
            "التقى الصفدي نظيره في عمان,                      ayman-safadi,   الصفدي",
            "وقال أيمن الصفدي إن المحادثات مثمرة,              ayman-safadi,   أيمن الصفدي",
            "وأيمن الصفدي وصل أمس,                             ayman-safadi,   أيمن الصفدي",
            "وصل الوزير إلى عمّان,                              amman,          عمّان",
            "أعلنت الولايات المتحدة الأمريكية أمس,              united-states,  الولايات المتحدة الأمريكية",
            "ودعت والولايات المتحدة,                           united-states,  الولايات المتحدة",
            "قدمت مساعدات للأردن,                              jordan,         الأردن",
            "اجتماع لحلف شمال الأطلسي في بروكسل,               nato,           حلف شمال الأطلسي",
            "قال الناتو في بيان,                               nato,           الناتو",
            "وصرح الأَرْدُنّ بذلك,                               jordan,         الأَرْدُنّ",
    })
    void namesAreFoundThroughCliticsDiacriticsAndSpellingWithTheCliticLeftOut(String text, String id, String mention) {
        List<Analysis.EntityMentions> found = link(text, "2024-01-01");
        assertThat(found).extracting(e -> e.entity().id()).contains(id);
        Analysis.EntityMentions e = found.stream().filter(x -> x.entity().id().equals(id)).findFirst().orElseThrow();
        assertThat(e.mentions()).extracting(Analysis.Mention::text).containsExactly(mention);
        // the span covers the name as written (with «لل» the article's alef is restored in the mention only)
        assertThat(text.substring(e.mentions().get(0).start(), e.mentions().get(0).end())).endsWith(mention.substring(2));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            // the father's name after «بن» is no family name: «جاسم» alone is the KB's short name, not the man named
            "التقى حمد بن جاسم الوزير الصيني. وقال جاسم إن اللقاء مثمر      | jassim-other | hamad-bin-jassim",
            // nor is a ruling family's name after «آل»
            "التقى تميم آل ثاني الوزير الصيني. وقال ثاني إن اللقاء مثمر     | thani-other  | tamim-al-thani",
            // a Chinese name puts the family name first: «وانغ» is the Wang Yi named before
            "التقى وانغ يي الوزير القطري. وقال وانغ إن اللقاء مثمر          | wang-yi      | wang-other",
    })
    void aFamilyNameAloneFollowsTheSameRulesWhetherOrNotTheKnowledgeBaseHasItAsAShortName(String text, String alone, String not) {
        EntityLinker families = new EntityLinker(KnowledgeBase.fromClasspath(List.of("kb-test/family-names.jsonl")), RoleLexicon.bundled());
        List<Analysis.EntityMentions> found = families.link(text, Segmenter.tokens(text, 0, text.length()), "2010-05-01");
        String word = text.substring(text.indexOf("وقال ") + 5, text.indexOf(" إن"));
        assertThat(found).filteredOn(e -> e.mentions().stream().anyMatch(m -> m.text().equals(word)))
                .extracting(e -> e.entity().id()).containsExactly(alone);
        assertThat(found).filteredOn(e -> e.entity().id().equals(not))
                .allSatisfy(e -> assertThat(e.mentions()).extracting(Analysis.Mention::text).doesNotContain(word));
    }

    @Test
    void longestNameWinsOverItsPrefix() {
        List<Analysis.EntityMentions> found = link("زار الولايات المتحدة الأمريكية", "2024-01-01");
        assertThat(found).hasSize(1);
        assertThat(found.get(0).mentions().get(0).text()).isEqualTo("الولايات المتحدة الأمريكية");
    }

    @Test
    void allMentionsOfOneActorAreGroupedUnderOneEntity() {
        List<Analysis.EntityMentions> found = link("التقى أيمن الصفدي في عمان. وقال الصفدي إن اللقاء مثمر.", "2024-01-01");
        Analysis.EntityMentions safadi = found.stream().filter(e -> e.entity().id().equals("ayman-safadi")).findFirst().orElseThrow();
        assertThat(safadi.mentions()).extracting(Analysis.Mention::text).containsExactly("أيمن الصفدي", "الصفدي");
        assertThat(safadi.entity().canonicalName()).isEqualTo("Ayman Safadi");
        assertThat(safadi.entity().type()).isEqualTo(Analysis.EntityType.PERSON);
    }

    @ParameterizedTest(name = "«كيري» on {0} is {1}")
    @CsvSource({"2015-06-01, john-kerry", "2022-06-01, kerry-other"})
    void ambiguousShortNameGoesToWhoeverHeldOfficeThatDay(String date, String id) {
        assertThat(link("وقال كيري إن الاجتماع بناء", date)).extracting(e -> e.entity().id()).containsExactly(id);
    }

    @Test
    void wordsThatOnlyStartLikeANameAreNotMatched() {
        assertThat(link("الأردنيون يحتفلون والأمريكيون كذلك", "2024-01-01")).isEmpty();
    }

    @ParameterizedTest(name = "«{0}» on {1} -> {2}")
    @CsvSource({
            "قال وزير الخارجية الروسي إن المحادثات صريحة,                2022-02-12, sergey-lavrov,    وزير الخارجية الروسي",
            "وأعلن وزير خارجية روسيا أمس,                                2022-02-12, sergey-lavrov,    وزير خارجية روسيا",
            "وقال وزير الدفاع الروسي,                                    2022-02-12, sergei-shoigu,    وزير الدفاع الروسي",
            "وقال وزير الدفاع الروسي,                                    2024-09-01, andrei-belousov,  وزير الدفاع الروسي",
            "وأكد المتحدث باسم الكرملين أن اللقاء لم يتحدد,              2022-02-12, dmitry-peskov,    المتحدث باسم الكرملين",
            "ودعا الأمين العام للأمم المتحدة إلى التهدئة,                2022-02-12, antonio-guterres, الأمين العام للأمم المتحدة",
    })
    void roleTitlesResolveToWhoeverHeldTheOfficeThatDay(String text, String date, String id, String mention) {
        List<Analysis.EntityMentions> found = link(text, date);
        assertThat(found).extracting(e -> e.entity().id()).contains(id);
        assertThat(found.stream().filter(e -> e.entity().id().equals(id)).findFirst().orElseThrow().mentions())
                .extracting(Analysis.Mention::text).containsExactly(mention);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "وقال المبعوث الخاص للأمين العام للأمم المتحدة إلى اليمن إن الحل سياسي",
            "وقال مستشار وزير الخارجية الروسي إن الحل سياسي",
            "وقال المتحدث باسم وزير الخارجية الروسي إن الحل سياسي",
    })
    void anOfficeThatOnlyQualifiesAnotherTitleDoesNotBringItsHolder(String text) {
        assertThat(link(text, "2022-02-12")).extracting(e -> e.entity().id()).doesNotContain("antonio-guterres", "sergey-lavrov");
    }

    @ParameterizedTest(name = "{0} on {1} -> {2}")
    @CsvSource({
            "وقال الرئيس الإيراني إن الحوار ممكن, 2019-04-16, hassan-rouhani",
            "وقال الرئيس الإيراني إن الحوار ممكن, 2023-05-29, ebrahim-raisi",
            "وقال المرشد الإيراني إن الحوار ممكن, 2023-05-29, ali-khamenei",
            "وقال الرئيس الأمريكي إن الحوار ممكن, 2023-05-29, joe-biden",
            "ولا يصل إليه أحد ومع ذلك يستمر, 2023-05-29, ''",
            "واستقبل الأمير ضيفه في قصر بيان بالعاصمة, 2023-05-29, bayan-palace",
            "وعقد الرئيسان قمة في منتجع كامب ديفيد, 2023-05-29, camp-david",
            "وأكد أيمن الصفدي أهمية الحوار. وقال وزير الخارجية إن الحل سياسي, 2023-05-29, ayman-safadi",
    })
    void presidentsAndFunctionWords(String text, String date, String id) {
        KnowledgeBase kb = KnowledgeBase.fromClasspath(List.of("kb/countries.jsonl", "kb/people.jsonl", "kb/organizations.jsonl"));
        List<Analysis.EntityMentions> found = new EntityLinker(kb, RoleLexicon.bundled())
                .link(text, Segmenter.tokens(text, 0, text.length()), date);
        if (id == null || id.isEmpty()) {
            assertThat(found).isEmpty(); // «ومع» is «and with», not Maghreb Arabe Presse
        } else {
            assertThat(found).extracting(e -> e.entity().id()).contains(id);
        }
    }

    @Test
    void adjectivesThatBeginWithTheArticleLettersGiveTheirCountry() {
        // «ألماني» folds to «الماني»: the text's «الألماني» must not lose the «ال» of the word itself
        KnowledgeBase kb = KnowledgeBase.fromClasspath(List.of("kb/countries.jsonl", "kb/people.jsonl"));
        assertThat(kb.countryOfAdjective("الماني")).isEqualTo("germany");
        String text = "قال وزير الخارجية الألماني إن الحل سياسي";
        List<Analysis.EntityMentions> found = new EntityLinker(kb, RoleLexicon.bundled())
                .link(text, Segmenter.tokens(text, 0, text.length()), "2023-03-05");
        assertThat(found).extracting(e -> e.entity().id()).containsExactly("annalena-baerbock");
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
            "وجه الوزير دعوة لنظيره لزيارة باريس الشهر المقبل, paris, jose-manuel-albares",
            "وقال ألباريس إن مدريد تدعم الحل, jose-manuel-albares, paris",
    })
    void aNameThatBeginsWithAlIsNotTheSameWordWithoutIt(String text, String id, String not) {
        // «ألباريس» folds to «الباريس», and matching drops the article: «باريس» must still be Paris
        KnowledgeBase kb = KnowledgeBase.fromClasspath(List.of("kb/countries.jsonl", "kb/people.jsonl"));
        List<Analysis.EntityMentions> found = new EntityLinker(kb, RoleLexicon.bundled())
                .link(text, Segmenter.tokens(text, 0, text.length()), "2026-02-10");
        assertThat(found).extracting(e -> e.entity().id()).contains(id).doesNotContain(not);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
            "استقبل العاهل الأردني الملك عبد الله الثاني وزير الخارجية الأمريكي في عمان, amman",
            "وصل وزير الخارجية الإيراني إلى عمان للقاء نظيره العماني, oman",
            "وصلت وزيرة الخارجية الأسترالية إلى عمان, oman", // no evidence: the first choice (the country) stays
            // vowel marks as written decide against the story's other country: «عمّان» (shadda) is Amman, «عُمان» Oman
            "التقى وزير الخارجية السعودي نظيره العماني بدر البوسعيدي بعد أن زار عمّان, amman",
            "التقى وزير الخارجية الأردني أيمن الصفدي نظيره بعد أن زار عُمان, oman",
            "وقالت وزارة الخارجية والمغتربين في بيروت إن الوزير تلقى اتصالا, lebanon-foreign-ministry",
            "وعقد المعلم جلسة مباحثات في مبنى وزارة الخارجية والمغتربين بدمشق, syria-foreign-ministry",
    })
    void anAmbiguousPlaceNameGoesToTheCountryTheStoryIsAbout(String text, String id) {
        KnowledgeBase kb = KnowledgeBase.fromClasspath(List.of("kb/countries.jsonl", "kb/people.jsonl", "kb/organizations.jsonl"));
        List<Analysis.EntityMentions> found = new EntityLinker(kb, RoleLexicon.bundled())
                .link(text, Segmenter.tokens(text, 0, text.length()), "2023-03-05");
        java.util.Map<String, String> other = java.util.Map.of("oman", "amman", "amman", "oman",
                "lebanon-foreign-ministry", "syria-foreign-ministry", "syria-foreign-ministry", "lebanon-foreign-ministry");
        assertThat(found).extracting(e -> e.entity().id()).contains(id).doesNotContain(other.get(id));
    }

    @Test
    void counterpartIsTheSameOfficeInTheOtherCountry() {
        List<Analysis.EntityMentions> found = link("بحث لافروف في اتصال هاتفي مع نظيره الأمريكي الأزمة", "2022-02-12");
        assertThat(found).extracting(e -> e.entity().id()).containsExactly("sergey-lavrov", "antony-blinken");
        assertThat(found.get(1).mentions()).extracting(Analysis.Mention::text).containsExactly("نظيره الأمريكي");
    }

    @ParameterizedTest
    @CsvSource({
            "عقد وزيرا الخارجية الروسي والأمريكي اجتماعا مطولا, 'sergey-lavrov,antony-blinken'",
            "اتصال هاتفي بين وزيري خارجية روسيا والولايات المتحدة, 'sergey-lavrov,antony-blinken,russia,united-states'",
            "ناقش وزيرا الخارجية الروسي والأمريكي الأزمة, 'sergey-lavrov,antony-blinken'",
            // one country only: no dual reading
            "وزيرا الخارجية الروسي أمس, ''",
    })
    void dualTitleWithTwoCountriesNamesBothHolders(String text, String ids) {
        List<String> want = ids == null || ids.isEmpty() ? List.of() : List.of(ids.split(","));
        assertThat(link(text, "2022-02-12")).extracting(e -> e.entity().id()).containsExactlyElementsOf(want);
    }

    @ParameterizedTest
    @CsvSource({
            "عبد الله علي اليحيا, عبدالله علي اليحيا",
            "عبدالفتاح السيسي, عبد الفتاح السيسي",
            "أحمد أبو الغيط, أحمد أبوالغيط",
            "محمد عبد الرحمن آل ثاني, محمد عبدالرحمن آل ثاني",
    })
    void abdAndAbuNamesMatchWrittenJoinedOrApart(String name, String variant) {
        assertThat(EntityLinker.nameVariants(name)).contains(name, variant);
    }

    @Test
    void sideOfACountryIsTheCountryButANationalityAdjectiveAloneIsNoEntity() {
        List<Analysis.EntityMentions> found = link("جرت المحادثة بمبادرة من الجانب الروسي وبحضور خبير روسي", "2022-02-12");
        assertThat(found).extracting(e -> e.entity().id()).containsExactly("russia");
        assertThat(found.get(0).mentions()).extracting(Analysis.Mention::text).containsExactly("الجانب الروسي");
    }

    @Test
    void titleFollowedByANameDefersToTheName() {
        List<Analysis.EntityMentions> found = link("قال وزير الخارجية الروسي، سيرغي لافروف، إن", "2022-02-12");
        assertThat(found).hasSize(1);
        assertThat(found.get(0).entity().id()).isEqualTo("sergey-lavrov");
        assertThat(found.get(0).mentions()).extracting(Analysis.Mention::text).containsExactly("سيرغي لافروف");
    }

    @Test
    void aKingsTitleIsNeverAPresident() {
        // «جلالة الملك» alone: the king named before, never the president of the country the story seems to be about
        assertThat(BundledLinker.link("استقبل جلالة الملك عبدالله الثاني اليوم الرئيس السيسي. وأكد جلالة الملك أهمية التنسيق", "2022-03-25"))
                .filteredOn(e -> e.entity().id().equals("abdullah-ii")).singleElement()
                .satisfies(e -> assertThat(e.mentions()).hasSize(2));
        assertThat(BundledLinker.link("التقى الرئيس عبد الفتاح السيسي اليوم الكاظمي. وكان جلالة الملك قد تلقى أمس اتصالا", "2022-03-25"))
                .filteredOn(e -> e.entity().id().equals("abdel-fattah-el-sisi")).singleElement()
                .satisfies(e -> assertThat(e.mentions()).extracting(Analysis.Mention::text).doesNotContain("الملك"));
    }

    @Test
    void nationalOfficeWithoutACountryIsLeftUnresolved() {
        assertThat(link("وقال وزير الخارجية إن الوضع خطير", "2022-02-12")).isEmpty();
    }

    @Test
    void organisationNamedInsideATitleIsLinkedEvenWhenTheHolderIsUnknown() {
        assertThat(link("قالت المتحدثة باسم البيت الأبيض في إفادة صحفية", "2022-02-12"))
                .extracting(e -> e.entity().id()).containsExactly("white-house");
    }

    @Test
    void countryNamedAfterATitleIsAnEntityToo() {
        assertThat(link("وأعلن وزير خارجية روسيا أمس", "2022-02-12"))
                .extracting(e -> e.entity().id()).containsExactlyInAnyOrder("sergey-lavrov", "russia");
    }

    @Test
    void shortOneWordNamesDoNotMatchFunctionWords() {
        // «بالاو» folds to «او» once «بال» is taken for a preposition and article; «أو» means "or"
        assertThat(link("سواء في موسكو أو في كييف", "2022-02-12")).isEmpty();
    }

    @Test
    void officeWithSeveralHoldersThatDayIsNotGuessed() {
        // two Russian deputy foreign ministers at once: the title alone cannot say which
        assertThat(link("وقال نائب وزير الخارجية الروسي إن", "2022-02-12")).extracting(e -> e.entity().id()).isEmpty();
    }
}
