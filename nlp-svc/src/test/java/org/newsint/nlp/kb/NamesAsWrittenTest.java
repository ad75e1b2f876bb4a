package org.newsint.nlp.kb;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.newsint.nlp.pipeline.Analysis;
import org.newsint.text.Segmenter;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Knowledge-base names whose stem would be a common word: a first word whose letters only look like a proclitic
 * and the article («كالجاري», «فالنسيا»), and short one-word names written with the article («العلا», «الكوت»),
 * which need their article in the text ({@link TokenTrie#addName}).
 */
class NamesAsWrittenTest {

    private static final EntityLinker LINKER = new EntityLinker(KnowledgeBase.bundled(), RoleLexicon.bundled());

    private static List<Analysis.EntityMentions> link(String text) {
        return LINKER.link(text, Segmenter.tokens(text, 0, text.length()), "2025-03-01");
    }

    @ParameterizedTest(name = "{0} -> {1} «{2}»")
    @CsvSource({
            "وصل الوفد الكندي إلى كالجاري صباح الأحد,             calgary,  كالجاري",
            "وعاد اللاعب إلى فالنسيا بعد الإصابة,                 valencia, فالنسيا",
            "ووصل الوفد إلى كاليفورنيا مساء أمس,               california, كاليفورنيا",
            "استضافت محافظة العلا اجتماعا وزاريا,                 al-ula,   العلا",
            "والتقى الوزراء بالعلا في اليوم التالي,                al-ula,   العلا",
            "وسقطت قذائف على مدينة الكوت,                         kut,      الكوت",
            "ووصلت التعزيزات للكوت فجرا,                          kut,      الكوت",
    })
    void aNameIsFoundAsWrittenWithItsMention(String text, String id, String mention) {
        Analysis.EntityMentions e = link(text).stream().filter(x -> x.entity().id().equals(id)).findFirst()
                .orElseThrow(() -> new AssertionError(id + " not linked in: " + text));
        assertThat(e.mentions()).extracting(Analysis.Mention::text).containsExactly(mention);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "ومن المقرر أن يعقد الاجتماع في الخامس من الشهر الجاري",   // «الجاري»: current, not Calgary
            "وقال إن العمل الجاري لن يتوقف",
            "علا صوت المحتجين أمام البرلمان",                            // «علا»: rose, not AlUla
            "ونسيا الخلافات بينهما",                                     // «نسيا»: the two forgot, not Valencia
    })
    void aCommonWordThatLooksLikeTheirStemLinksToNothing(String text) {
        assertThat(link(text)).extracting(x -> x.entity().id()).doesNotContain("calgary", "al-ula", "valencia", "kut");
    }
}
