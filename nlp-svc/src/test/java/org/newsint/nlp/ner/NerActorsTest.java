package org.newsint.nlp.ner;

import org.junit.jupiter.api.Test;
import org.newsint.nlp.kb.KnowledgeBase;
import org.newsint.nlp.kb.RoleLexicon;
import org.newsint.nlp.pipeline.Analysis;
import org.newsint.nlp.pipeline.ArticleInput;
import org.newsint.nlp.pipeline.Pipeline;
import org.newsint.text.ArticleCleaner;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

class NerActorsTest {

    @Test
    void recognisedNamesOnlyAddActorsWithStableIdsAndNeverTouchWhatTheKnowledgeBaseFound() {
        KnowledgeBase kb = KnowledgeBase.bundled();
        Pipeline plain = new Pipeline(new ArticleCleaner(), kb, RoleLexicon.bundled());
        Pipeline withNer = new Pipeline(new ArticleCleaner(), kb, RoleLexicon.bundled(), new NerActors(ArabicNer.bundled(), 0.0));
        ArticleInput story = new ArticleInput("n", null,
                "التقى وزير الخارجية الإيراني محمد جواد ظريف نظيره الفرنسي في نيويورك.\n"
                        + "وحضر الاجتماع في مدينة أصفهان كل من حسين الموسوي وكريم الساعدي ومراد بن علي.", "2019-09-25", null);
        List<Analysis.EntityMentions> before = plain.analyze(story).entities();
        List<Analysis.EntityMentions> after = withNer.analyze(story).entities();
        assertThat(after.subList(0, before.size())).isEqualTo(before);
        List<Analysis.EntityMentions> added = after.subList(before.size(), after.size());
        assertThat(added).isNotEmpty().allSatisfy(e -> {
            assertThat(e.entity().id()).startsWith("x-");
            assertThat(e.entity().canonicalName()).matches("[A-Za-z' -]+");
        });
        Set<String> addedText = added.stream().flatMap(e -> e.mentions().stream()).map(Analysis.Mention::text).collect(Collectors.toSet());
        assertThat(addedText).contains("حسين الموسوي").allMatch(t -> !t.startsWith("و"));
        // the same name in another story gets the same id
        Analysis other = withNer.analyze(new ArticleInput("m", null, "وحضر الجلسة حسين الموسوي وعدد من المسؤولين.", "2019-10-01", null));
        assertThat(other.entities()).extracting(e -> e.entity().id()).containsAnyElementsOf(added.stream().map(e -> e.entity().id()).toList());
    }
}
