package org.newsint.nlp.enrich;

import org.junit.jupiter.api.Test;
import org.newsint.nlp.pipeline.ArticleInput;
import org.newsint.nlp.pipeline.Pipeline;
import org.newsint.proto.nlp.v1.Analysis;
import org.newsint.proto.nlp.v1.Span;

import static org.assertj.core.api.Assertions.assertThat;

class AnalysisMapperTest {

    @Test
    void originalSpansPointIntoTheBodyAsReceived() {
        // boilerplate line, doubled spaces, diacritics, a CRLF and a CRLF line end
        String body = "تابعنا عبر\r\nقال  وزيرُ الخارجية الروسي   سيرغي لافروف إن «الحوار مع واشنطن ما زال ممكنا اليوم».\r\n"
                + "وأضاف لافروف أن موسكو تنتظر ردا مكتوبا.";
        Analysis a = AnalysisMapper.toProto(new Pipeline().analyze(new ArticleInput("m", null, body, "2022-02-12", null)));
        var lavrov = a.getEntitiesList().stream().filter(e -> e.getEntity().getId().equals("sergey-lavrov")).findFirst().orElseThrow();
        assertThat(lavrov.getMentionsList()).extracting(m -> cut(body, m.getOriginal()))
                .contains("سيرغي لافروف", "لافروف");
        var quote = a.getQuotesList().stream().filter(q -> !q.getIndirect()).findFirst().orElseThrow();
        assertThat(cut(body, quote.getOriginal())).isEqualTo("الحوار مع واشنطن ما زال ممكنا اليوم");
        assertThat(cut(body, a.getParagraphs(0).getOriginal())).startsWith("قال  وزيرُ الخارجية");
    }

    private static String cut(String s, Span span) {
        return s.substring(span.getStart(), span.getEnd());
    }
}
