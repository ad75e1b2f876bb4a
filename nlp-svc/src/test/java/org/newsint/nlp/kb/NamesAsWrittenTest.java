package org.newsint.nlp.kb;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.newsint.nlp.pipeline.Analysis;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newsint.nlp.kb.BundledLinker.link;
import static org.newsint.nlp.kb.BundledLinker.linked;

/**
 * Knowledge-base names whose stem would be a common word: a first word whose letters only look like a proclitic
 * and the article («كالجاري», «فالنسيا»), and short one-word names written with the article («العلا», «الكوت»),
 * which need their article in the text ({@link TokenTrie#addName}).
 */
class NamesAsWrittenTest {

    @ParameterizedTest(name = "{0} -> {1} «{2}»")
    @CsvSource({
            "وصل الوفد الكندي إلى كالجاري صباح الأحد,             calgary,  كالجاري",
            "وعاد اللاعب إلى فالنسيا بعد الإصابة,                 valencia, فالنسيا",
            "ووصل الوفد إلى كاليفورنيا مساء أمس,               california, كاليفورنيا",
            "استضافت محافظة العلا اجتماعا وزاريا,                 al-ula,   العلا",
            "والتقى الوزراء بالعلا في اليوم التالي,                al-ula,   العلا",
            "وسقطت قذائف على مدينة الكوت,                         kut,      الكوت",
            "ووصلت التعزيزات للكوت فجرا,                          kut,      الكوت",
            // a hyphen inside a name, written with or without it
            "واستقبل الرئيس نانا أكوفو-أدو الوزير,                nana-akufo-addo, نانا أكوفو-أدو",
            "وقال الرئيس الكوري الجنوبي مون جيه-إن إن الحوار ممكن, moon-jae-in, مون جيه-إن",
            // a grandfather's name inside the chain that the stored spelling leaves out
            "التقى الشيخ خالد بن أحمد بن محمد آل خليفة وزير الخارجية الصيني, khalid-bin-ahmed-al-khalifa, خالد بن أحمد بن محمد آل خليفة",
            "ووصل الشيخ خالد بن أحمد آل خليفة إلى بكين,          khalid-bin-ahmed-al-khalifa, خالد بن أحمد آل خليفة",
    })
    void aNameIsFoundAsWrittenWithItsMention(String text, String id, String mention) {
        Analysis.EntityMentions e = linked(text, id);
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
