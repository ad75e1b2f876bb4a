package org.newsint.nlp.kb;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.newsint.nlp.pipeline.Analysis;
import org.newsint.text.Segmenter;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class GazetteerTest {

    private static final KnowledgeBase KB = KnowledgeBase.fromClasspath(List.of("kb-test/test.jsonl"));
    private final EntityLinker linker = new EntityLinker(KB);

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
}
