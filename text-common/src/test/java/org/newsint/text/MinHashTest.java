package org.newsint.text;

import org.junit.jupiter.api.Test;

import java.util.Arrays;

import static org.assertj.core.api.Assertions.assertThat;

class MinHashTest {

    private static final String STORY = """
            بحث وزير الخارجية السعودي مع نظيره العماني في اتصال هاتفي اليوم الاثنين العلاقات الثنائية وسبل تعزيزها.
            وتناول الاتصال مستجدات الأوضاع في اليمن والجهود المبذولة للتوصل إلى حل سياسي شامل للأزمة.
            وأكد الجانبان أهمية مواصلة التنسيق والتشاور إزاء القضايا الإقليمية والدولية ذات الاهتمام المشترك.
            """;

    @Test
    void rewriteOfTheSameStoryIsSimilarAndSharesABand() {
        String rewrite = STORY.replace("اليوم الاثنين", "الإثنين").replace("وسبل تعزيزها", "وسُبل تطويرها")
                + "\nتابعونا على تلغرام";
        long[] a = MinHash.signature(STORY);
        long[] b = MinHash.signature(rewrite);
        assertThat(MinHash.similarity(a, b)).isGreaterThan(0.6);
        assertThat(Arrays.asList(MinHash.bands(a))).containsAnyElementsOf(Arrays.asList(MinHash.bands(b)));
    }

    @Test
    void differentStoryIsNotSimilar() {
        String other = "أعلنت وزارة الصحة المصرية تسجيل انخفاض في عدد الإصابات خلال الأسبوع الماضي مقارنة بالأسبوع الذي سبقه.";
        assertThat(MinHash.similarity(MinHash.signature(STORY), MinHash.signature(other))).isLessThan(0.1);
    }

    @Test
    void spellingVariantsAndDiacriticsDoNotChangeTheSignature() {
        assertThat(MinHash.signature("أكد الرئيسُ المصري أهمية الحوار"))
                .containsExactly(MinHash.signature("اكد الرئيس المصرى اهميه الحوار"));
    }

    @Test
    void signatureSurvivesBytesRoundTrip() {
        long[] sig = MinHash.signature(STORY);
        assertThat(MinHash.fromBytes(MinHash.toBytes(sig))).containsExactly(sig);
        assertThat(MinHash.bands(sig)).hasSize(MinHash.BANDS).doesNotHaveDuplicates();
    }
}
