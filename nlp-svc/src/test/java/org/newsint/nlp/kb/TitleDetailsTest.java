package org.newsint.nlp.kb;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.newsint.nlp.pipeline.Analysis;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newsint.nlp.kb.BundledLinker.link;

/**
 * People the knowledge base does not know, named after a title with more between them than a nationality: the
 * post's place, a rank or honorific, a party; after office titles the lists do not spell out («وزير الزراعة»); and
 * a known family name after another given name ({@link UnknownActorFinder}, {@link EntityLinker}).
 */
class TitleDetailsTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "وقال السفير المصري في عمان شريف كامل إن العلاقات متينة,               شريف كامل",    // the post's place
            "وصرح السفير الأمريكي لدى القاهرة جون ديسروشر بأن بلاده مستعدة,     جون ديسروشر",
            "أكد وزير الزراعة المصري علاء فاروق أن المحصول جيد,                     علاء فاروق",   // an office not in the lists
            "وقال وزير التجارة والصناعة الأردني يوسف الشمالي إن الصادرات ارتفعت,   يوسف الشمالي",
            "وقال قائد القوات البرية الفريق أول سامي منير إن الوضع مستقر,            سامي منير",    // a rank
            "حضر الاجتماع السيد خالد الهاجري مدير الإدارة,                           خالد الهاجري", // an honorific
            "وقال مدير مكتب الوزير الدكتور خالد منصور إن الزيارة مثمرة,            خالد منصور",
            "ورحب النائب الجمهوري جون ماكين بقرار الرئيس,                             جون ماكين",    // a party; «بقرار» is no name word
            "واستدعت مدريد سفيرها لدى الرباط خوان دياز للتشاور,                       خوان دياز",    // «سفيرها»: its ambassador
            "وقال السفير عطا الله منصور إن الاتصالات مستمرة,                           عطا الله منصور", // «X الله»: one name word
    })
    void theNameAfterTheTitleIsAnActor(String text, String name) {
        List<Analysis.EntityMentions> all = link(text, "2024-06-01");
        assertThat(all).as("%s", all.stream().map(e -> e.entity().id() + " " + e.mentions()).toList())
                .anySatisfy(e -> {
                    assertThat(e.entity().id()).startsWith("x-");
                    assertThat(e.entity().type()).isEqualTo(Analysis.EntityType.PERSON);
                    assertThat(e.mentions()).extracting(Analysis.Mention::text).containsExactly(name);
                });
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "وقال محمد الصفدي إن الحكومة ستستقيل,   false", // another given name: another member of the family
            "وقال أيمن الصفدي إن الحكومة ستستقيل,   true",
            "وقال الصفدي إن الحكومة ستستقيل,         true",
            "وقال ايمن الصفدي إن الحكومة ستستقيل,   true",
    })
    void aKnownFamilyNameAfterAnotherGivenNameIsSomeoneElse(String text, boolean safadi) {
        List<String> ids = link(text, "2024-06-01").stream().map(e -> e.entity().id()).toList();
        assertThat(ids.contains("ayman-safadi")).as("%s", ids).isEqualTo(safadi);
        if (!safadi) {
            assertThat(ids).anyMatch(id -> id.startsWith("x-mohammed-al-"));
        }
    }
}
