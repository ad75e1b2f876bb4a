package org.newsint.nlp.kb;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.newsint.nlp.pipeline.Analysis;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newsint.nlp.kb.BundledLinker.KB;
import static org.newsint.nlp.kb.BundledLinker.assertLinks;
import static org.newsint.nlp.kb.BundledLinker.link;

/** The cities, provinces and waters of {@code kb/places.jsonl}, linked in running text with the bundled KB. */
class PlacesTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
            "سقطت قذيفتان على حي سكني في مدينة الرمادي مساء الخميس,          ramadi,             Ramadi,            iraq",
            "وأغلقت السلطات مضيق البوسفور أمام ناقلات النفط لساعات,            bosporus,           Bosporus,          turkey",
            "تجددت الاشتباكات في أطراف مدينة الجنينة منذ فجر اليوم,            el-geneina,         Geneina,           sudan",
            "وتفقد الوزير أعمال التوسعة في ميناء العقبة قبل أن يغادر,           aqaba,              Aqaba,             jordan",
            "وقصفت الطائرات بلدات في ريف محافظة إدلب الجنوبي,                  idlib-governorate,  Idlib Governorate, syria",
    })
    void aNewPlaceLinksWithItsNameAndCountry(String text, String id, String name, String country) {
        assertLinks(text, id, name, Analysis.EntityType.LOC, country);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "نشر صور الاحتفال على مواقع التواصل",      // «صور»: pictures, not Tyre
            "ولا يقف أي حائل أمام التوصل إلى تسوية",  // «حائل»: a barrier, not Ha'il
            "واختار ربطة عنق بلون رمادي",             // «رمادي»: grey, not Ramadi
    })
    void aCommonWordThatIsAlsoAPlaceLinksToNothing(String text) {
        assertThat(link(text)).isEmpty();
    }

    @Test
    void everyPlaceBelongsToACountryOfTheKnowledgeBase() {
        for (Actor a : KB.actors()) {
            if ("LOC".equals(a.type()) && a.country() != null) {
                assertThat(KB.get(a.country())).as(a.id()).hasValueSatisfying(c -> assertThat(c.isCountry()).isTrue());
            }
        }
    }
}
