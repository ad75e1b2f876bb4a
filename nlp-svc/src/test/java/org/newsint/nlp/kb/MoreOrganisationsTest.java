package org.newsint.nlp.kb;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.newsint.nlp.pipeline.Analysis;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newsint.nlp.kb.BundledLinker.assertLinks;
import static org.newsint.nlp.kb.BundledLinker.link;

/**
 * The parties, armed groups, councils, central banks and forums added to {@code kb/organizations.jsonl},
 * linked in running text with the bundled KB; and the common words they were not given («المستقبل», «النهضة»).
 */
class MoreOrganisationsTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
            "أعلن تيار المستقبل تعليق مشاركته في الانتخابات النيابية المقبلة,        future-movement,              Future Movement,                        lebanon",
            "وقال مسؤول في حزب الشعب الجمهوري إن المعارضة ستطعن في القرار,            chp,                          Republican People's Party (Turkey),     turkey",
            "واتهمت وحدات حماية الشعب الكردية الفصائل المسلحة بخرق الهدنة,            ypg,                          People's Defense Units,                 syria",
            "ورفع البنك المركزي التركي سعر الفائدة للمرة الثالثة على التوالي,          central-bank-of-turkey,       Central Bank of the Republic of Turkey, turkey",
            "وأعلن الإطار التنسيقي اتفاقه على مرشح لرئاسة الحكومة,                   coordination-framework,       Coordination Framework,                 iraq",
            "واتهمت حركة العدل والمساواة قوات الدعم السريع بقصف المخيم,               justice-and-equality-movement, Justice and Equality Movement,         sudan",
            "وقالت سلطة النقد الفلسطينية إن المصارف ستعيد فتح فروعها,                 palestine-monetary-authority, Palestine Monetary Authority,           palestine",
            "وألقى الوزير كلمة أمام مؤتمر ميونخ للأمن يوم السبت,                      munich-security-conference,   Munich Security Conference,             ''",
    })
    void aNewOrganisationLinksWithItsName(String text, String id, String name, String country) {
        assertLinks(text, id, name, Analysis.EntityType.ORG, country.isEmpty() ? null : country);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "ورأى أن النهضة الاقتصادية تتطلب جهدا طويلا",   // «النهضة»: a renaissance, not Ennahda
            "وقال إن المستقبل يحمل فرصا كثيرة للشباب",       // «المستقبل»: the future, not the Future Movement
            "وأفاد مصدر مطلع بأن الوفد سيصل صباح الغد",      // «أفاد»: reported, not AFAD; «الوفد»: a delegation, not the Wafd
    })
    void aCommonWordThatIsAlsoAnOrganisationLinksToNothing(String text) {
        assertThat(link(text)).isEmpty();
    }
}
