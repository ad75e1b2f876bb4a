package org.newsint.nlp.kb;

import org.junit.jupiter.api.Test;
import org.newsint.nlp.pipeline.Analysis;

import static org.assertj.core.api.Assertions.assertThat;

/** Rulers and envoys named by honorific or title alone, after a first full mention (bundled knowledge base). */
class RulersTest {

    @Test
    void aSultansHonorificAndBareTitleAreTheSultanNamedBefore() {
        String text = "طهران - عقد جلالة السلطان هيثم بن طارق والرئيس الإيراني إبراهيم رئيسي اليوم جلسة مباحثات. وأعرب جلالته عن"
                + " تقديره. ومن المقرر أن يلتقي جلالة السلطان المعظم غدا المرشد الأعلى.";
        Analysis.EntityMentions sultan = BundledLinker.linked(text, "2023-05-28", "haitham-bin-tariq");
        assertThat(sultan.mentions()).extracting(Analysis.Mention::text).contains("جلالته", "السلطان");
    }

    @Test
    void aBareTitleWithAnHonorificAndNoRulerNamedWithItStaysUnlinked() {
        String text = "طهران - عقد الرئيس الإيراني إبراهيم رئيسي اليوم جلسة مباحثات. ومن المقرر أن يلتقي جلالة السلطان غدا المرشد الأعلى.";
        assertThat(BundledLinker.link(text, "2023-05-28")).extracting(e -> e.entity().id()).doesNotContain("haitham-bin-tariq");
    }

    @Test
    void anEnvoyNamedAgainByTitleAndNationalityIsTheEnvoyNamedBefore() {
        String text = "بيروت - وصل المبعوث الأميركي آموس هوكشتاين اليوم إلى بيروت حيث التقى رئيس مجلس النواب نبيه بري."
                + " ومن المقرر أن يلتقي الموفد الأميركي قائد الجيش غدا.";
        Analysis.EntityMentions envoy = BundledLinker.linked(text, "2024-10-21", "amos-hochstein");
        assertThat(envoy.mentions()).extracting(Analysis.Mention::text).contains("الموفد الأميركي");
    }

    @Test
    void theHeadOfADelegationIsTheLastPersonNamedOfItsCountry() {
        String text = "إسطنبول - انطلقت اليوم المفاوضات بين الوفدين الروسي والأوكراني برئاسة مساعد الرئيس الروسي فلاديمير ميدينسكي"
                + " ووزير الدفاع الأوكراني رستم عمروف. والتقى وزير الخارجية التركي هاكان فيدان رئيس الوفد الروسي.";
        Analysis.EntityMentions head = BundledLinker.linked(text, "2025-05-16", "vladimir-medinsky");
        assertThat(head.mentions()).extracting(Analysis.Mention::text).contains("رئيس الوفد الروسي");
    }
}
