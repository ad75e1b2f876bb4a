package org.newsint.nlp.quotes;

import org.junit.jupiter.api.Test;
import org.newsint.nlp.kb.KnowledgeBase;
import org.newsint.nlp.kb.RoleLexicon;
import org.newsint.nlp.pipeline.Analysis;
import org.newsint.nlp.pipeline.ArticleInput;
import org.newsint.nlp.pipeline.Pipeline;
import org.newsint.text.ArticleCleaner;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class QuoteExtractorTest {

    private static final Pipeline PIPELINE = new Pipeline(new ArticleCleaner(),
            KnowledgeBase.fromClasspath(List.of("kb-test/test.jsonl")), RoleLexicon.bundled());

    private static List<Analysis.Quote> quotes(String body) {
        return PIPELINE.analyze(new ArticleInput("q", null, body, "2022-02-12", "")).quotes();
    }

    @Test
    void quotationIsAttributedToTheLastNamedSpeakerBeforeIt() {
        List<Analysis.Quote> q = quotes("وقال لافروف في مؤتمر صحفي إن «الحوار مع واشنطن ما زال ممكنا رغم كل شيء».");
        assertThat(q).hasSize(1);
        assertThat(q.get(0).speakerId()).isEqualTo("sergey-lavrov");
        assertThat(q.get(0).text()).isEqualTo("الحوار مع واشنطن ما زال ممكنا رغم كل شيء");
    }

    @Test
    void everyMarkStyleIsAQuotation() {
        for (String[] marks : new String[][] {{"«", "»"}, {"“", "”"}, {"”", "“"}, {"\"", "\""}}) {
            List<Analysis.Quote> q = quotes("وأكد بلينكن أن " + marks[0] + "الطريق الدبلوماسي ما زال مفتوحا أمام الجميع" + marks[1] + ".");
            assertThat(q).as(marks[0]).extracting(Analysis.Quote::speakerId).containsExactly("antony-blinken");
        }
    }

    @Test
    void continuationKeepsThePreviousSpeaker() {
        List<Analysis.Quote> q = quotes("قال بيسكوف إن \"اللقاء لم يتحدد موعده حتى الآن\".\nوأضاف \"سنعلن عن الموعد فور الاتفاق عليه مع الجانب الآخر\".");
        assertThat(q).extracting(Analysis.Quote::speakerId).containsExactly("dmitry-peskov", "dmitry-peskov");
    }

    @Test
    void shortQuotedPhraseIsNotAQuotation() {
        assertThat(quotes("وحذر لافروف من تكرار الحديث عن \"العدوان الروسي\" المزعوم.")).isEmpty();
    }

    @Test
    void quotationWithNobodyNamedHasNoSpeaker() {
        List<Analysis.Quote> q = quotes("وجاء في الوثيقة: «يجب احترام الضمانات الأمنية لجميع الأطراف دون استثناء».");
        assertThat(q).hasSize(1);
        assertThat(q.get(0).speakerId()).isNull();
    }

    @Test
    void subjectBeforeTheVerbSpeaksEvenWhenSomeoneElseIsNamedLater() {
        List<Analysis.Quote> q = quotes("وذكر البيان أن بلينكن جدد خلال اتصال مع لافروف \"التزام بلاده بالسعي إلى حل دبلوماسي للأزمة\"، "
                + "مشددا على \"الحاجة إلى رؤية خفض للتصعيد يمكن التحقق منه\".");
        assertThat(q).extracting(Analysis.Quote::speakerId).containsExactly("antony-blinken", "antony-blinken");
    }
}
