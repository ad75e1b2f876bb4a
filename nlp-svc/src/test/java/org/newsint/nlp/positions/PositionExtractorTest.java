package org.newsint.nlp.positions;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.newsint.nlp.kb.KnowledgeBase;
import org.newsint.nlp.pipeline.Analysis;
import org.newsint.nlp.pipeline.ArticleInput;
import org.newsint.nlp.pipeline.Pipeline;
import org.newsint.text.ArabicText;

import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** Table-driven: one table per cue family (verb before or after its subject, participles, verbal nouns), negation. */
class PositionExtractorTest {

    private static final Pipeline PIPELINE = new Pipeline();
    private static final PositionExtractor EXTRACTOR = new PositionExtractor(KnowledgeBase.bundled());

    private static List<String> positions(String body, String date) {
        Analysis a = PIPELINE.analyze(new ArticleInput("t", null, body, date, ""));
        return EXTRACTOR.extract(a.clean().text(), a.sentences(), a.entities(), a.quotes()).stream()
                .map(p -> p.type() + " " + p.sourceId() + " → " + (p.targetId() == null ? "-" : p.targetId())).toList();
    }

    static Stream<Arguments> accuse() {
        return Stream.of(
                Arguments.of("اتهمت إيران إسرائيل بالوقوف وراء الهجوم على منشأة نطنز.", "ACCUSE iran → israel"),
                Arguments.of("وتتهم روسيا أوكرانيا بقصف المناطق السكنية.", "ACCUSE russia → ukraine"),
                Arguments.of("الصين تتهم الولايات المتحدة بزعزعة الاستقرار في المنطقة.", "ACCUSE china → united-states"),
                Arguments.of("وانتقد أردوغان السويد بسبب سماحها بالاحتجاجات.", "ACCUSE recep-tayyip-erdogan → sweden"),
                Arguments.of("وأدانت قطر اقتحام المسجد الأقصى من قبل إسرائيل.", "ACCUSE qatar → israel"));
    }

    static Stream<Arguments> demand() {
        return Stream.of(
                Arguments.of("طالبت الصين الولايات المتحدة بالكف عن بيع الأسلحة.", "DEMAND china → united-states"),
                Arguments.of("وتطالب أوكرانيا ألمانيا بإرسال دبابات ليوبارد.", "DEMAND ukraine → germany"),
                Arguments.of("وجدد زيلينسكي مطالبته لحلف الناتو بفرض منطقة حظر جوي.", "DEMAND volodymyr-zelensky → nato"));
    }

    static Stream<Arguments> threaten() {
        return Stream.of(
                Arguments.of("هددت كوريا الشمالية اليابان بالرد على المناورات.", "THREATEN north-korea → japan"),
                Arguments.of("وحذرت روسيا فنلندا من الانضمام إلى حلف الناتو.", "THREATEN russia → finland"),
                Arguments.of("وقال لافروف إن موسكو ستهدد كل من يرسل قوات إلى أوكرانيا.", "THREATEN moscow → ukraine"));
    }

    static Stream<Arguments> reject() {
        return Stream.of(
                Arguments.of("رفضت إيران المقترح الأوروبي بشأن الاتفاق النووي.", "REJECT iran → -"),
                Arguments.of("ورفض الكرملين اتهامات كييف جملة وتفصيلا.", "REJECT kremlin → kyiv"),
                Arguments.of("وأعربت الجامعة العربية عن رفضها لأي تهجير للفلسطينيين من غزة إلى مصر.", "REJECT arab-league → egypt"));
    }

    static Stream<Arguments> support() {
        return Stream.of(
                Arguments.of("أيدت فرنسا طلب فنلندا الانضمام إلى الاتحاد الأوروبي.", "SUPPORT france → finland"),
                Arguments.of("وتدعم الولايات المتحدة إسرائيل في حربها.", "SUPPORT united-states → israel"),
                Arguments.of("وأكد ماكرون دعم فرنسا لأوكرانيا حتى النهاية.", "SUPPORT france → ukraine"));
    }

    static Stream<Arguments> agree() {
        return Stream.of(
                Arguments.of("اتفقت مصر وقطر على مواصلة جهود الوساطة.", "AGREE egypt → qatar"),
                Arguments.of("وروسيا والصين اتفقتا على تعزيز التعاون العسكري.", "AGREE russia → china"),
                Arguments.of("واتفق بوتين مع أردوغان على عقد لقاء قريب.", "AGREE vladimir-putin → recep-tayyip-erdogan"));
    }

    static Stream<Arguments> appeal() {
        return Stream.of(
                Arguments.of("دعت السعودية إيران إلى احترام سيادة الدول المجاورة.", "APPEAL saudi-arabia → iran"),
                Arguments.of("وحث الاتحاد الأوروبي الصين على استخدام نفوذها لدى روسيا.", "APPEAL european-union → china"),
                Arguments.of("وقال غوتيريش إن الأمم المتحدة تدعو جميع الأطراف إلى ضبط النفس.", "APPEAL united-nations → -"));
    }

    @ParameterizedTest
    @MethodSource({"accuse", "demand", "threaten", "reject", "support", "agree", "appeal"})
    void cueFamilies(String sentence, String expected) {
        assertThat(positions(sentence, "2023-03-01")).as(sentence).contains(expected);
    }

    static Stream<Arguments> negated() {
        return Stream.of(
                Arguments.of("لم تتهم مصر أي طرف بالمسؤولية عن الهجوم."),
                Arguments.of("ولن تدعم ألمانيا أي خطة لا توافق عليها أوكرانيا."),
                Arguments.of("ونفى الكرملين أن يكون بوتين قد هدد أوكرانيا باستخدام السلاح النووي."),
                Arguments.of("ونفت وزارة الخارجية الصينية أن تكون بكين تدعم روسيا عسكريا."),
                Arguments.of("وأكدت قطر عدم دعمها لأي طرف في النزاع."),
                Arguments.of("ولا ترفض إيران الحوار مع الولايات المتحدة."));
    }

    @ParameterizedTest
    @MethodSource("negated")
    void negationMakesNoPosition(String sentence) {
        assertThat(positions(sentence, "2023-03-01")).as(sentence).isEmpty();
    }

    @Test
    void noPositionWithoutASourceActor() {
        assertThat(positions("واتهم مسؤولون غربيون روسيا بانتهاك الاتفاق.", "2023-03-01")).isEmpty();
        assertThat(positions("ودعا بيان مشترك إلى وقف إطلاق النار في غزة.", "2023-03-01")).isEmpty();
    }

    @Test
    void firstPersonInsideAQuotationBelongsToTheSpeaker() {
        assertThat(positions("وقال بلينكن: «نحن ندعو روسيا إلى سحب قواتها من أوكرانيا فورا».", "2023-03-01"))
                .contains("APPEAL antony-blinken → russia");
    }

    @Test
    void participleTakesTheSubjectOfTheClause() {
        assertThat(positions("وأعلنت تركيا إغلاق المضائق أمام السفن الحربية، محذرة روسيا من أي تصعيد.", "2022-03-01"))
                .contains("THREATEN turkey → russia");
    }

    @Test
    void positionCarriesTheEvidenceSentenceAndTheCue() {
        String body = "التقى الوزيران في جنيف. واتهمت روسيا أوكرانيا بخرق الهدنة.";
        Analysis a = PIPELINE.analyze(new ArticleInput("t", null, body, "2023-03-01", ""));
        List<Position> p = EXTRACTOR.extract(a.clean().text(), a.sentences(), a.entities(), a.quotes());
        assertThat(p).hasSize(1);
        assertThat(a.clean().text().substring(p.get(0).start(), p.get(0).end())).isEqualTo("واتهمت روسيا أوكرانيا بخرق الهدنة.");
        assertThat(p.get(0).cue()).isEqualTo("واتهمت");
    }

    @Test
    void cuesAreRecognisedWithTheirClitics() {
        for (String[] c : new String[][] {{"واتهمت", "ACCUSE"}, {"فيتهم", "ACCUSE"}, {"بالاتهامات", "ACCUSE"}, {"ستدعم", "SUPPORT"},
                {"وسيدعو", "APPEAL"}, {"لمطالبة", "DEMAND"}, {"دعمها", "SUPPORT"}, {"رفضنا", "REJECT"}, {"دعوتها", "APPEAL"},
                {"محذرا", "THREATEN"}, {"وتحذيرات", "THREATEN"}, {"اتفقتا", "AGREE"}}) {
            PositionExtractor.Found f = EXTRACTOR.cueOf(ArabicText.fold(c[0]));
            assertThat(f).as(c[0]).isNotNull();
            assertThat(f.cue().type()).as(c[0]).isEqualTo(c[1]);
        }
        for (String w : new String[] {"الحذر", "بحذر", "طلاب", "اتفاقية", "الدعوات"}) {
            PositionExtractor.Found f = EXTRACTOR.cueOf(ArabicText.fold(w));
            assertThat(f == null || f.article()).as(w).isTrue();
        }
    }
}
