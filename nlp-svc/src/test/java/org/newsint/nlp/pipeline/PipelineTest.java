package org.newsint.nlp.pipeline;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PipelineTest {

    private final Pipeline pipeline = new Pipeline();

    private static final String BODY = """
            وزير الخارجية المصري يلتقي نظيره الأردني في عمّان
            التقى وزير الخارجية المصري نظيره الأردني في عمّان اليوم الأحد. وبحث الوزيران التطورات في المنطقة.
            تابعونا على تلغرام
            وقال الوزير إن "المباحثات كانت مثمرة. وسنواصل التنسيق".
            التقى وزير الخارجية المصري نظيره الأردني في عمّان اليوم الأحد. وبحث الوزيران التطورات في المنطقة.
            """;

    @Test
    void analysisDropsTitleRepeatBoilerplateAndRepeatedParagraphs() {
        Analysis a = pipeline.analyze(new ArticleInput("a1", "وزير الخارجية المصري يلتقي نظيره الأردني في عمان", BODY,
                "2023-05-14", "test"));
        assertThat(a.clean().paragraphs()).hasSize(2);
        assertThat(a.clean().removedBoilerplate()).containsExactly("تابعونا على تلغرام");
        assertThat(a.clean().removedRepeats()).hasSize(2);
        assertThat(a.clean().text()).doesNotContain("تلغرام");
        assertThat(a.pipelineVersion()).isEqualTo(Pipeline.VERSION);
    }

    @Test
    void sentencesDoNotSplitInsideQuotationsAndOffsetsPointIntoCleanText() {
        Analysis a = pipeline.analyze(new ArticleInput("a1", "وزير الخارجية المصري يلتقي نظيره الأردني في عمّان", BODY,
                "2023-05-14", "test"));
        String text = a.clean().text();
        assertThat(a.sentences()).extracting(s -> text.substring(s.segment().start(), s.segment().end()))
                .containsExactly(
                        "التقى وزير الخارجية المصري نظيره الأردني في عمّان اليوم الأحد.",
                        "وبحث الوزيران التطورات في المنطقة.",
                        "وقال الوزير إن \"المباحثات كانت مثمرة. وسنواصل التنسيق\".");
        assertThat(a.sentences()).extracting(Analysis.Sentence::paragraph).containsExactly(0, 0, 1);
    }

    @Test
    void tokensCarryFoldedFormsAndArticleStrippedStems() {
        Analysis a = pipeline.analyze(new ArticleInput("a1", null, "وبحث الوزيرانِ في عمّان.", "", ""));
        assertThat(a.tokens()).extracting(t -> t.text()).containsExactly("وبحث", "الوزيرانِ", "في", "عمّان", ".");
        assertThat(a.tokens().get(1).normalized()).isEqualTo("الوزيران");
        assertThat(a.tokens().get(1).stem()).isEqualTo("وزيران");
        assertThat(a.tokens().get(3).normalized()).isEqualTo("عمان");
    }
}
