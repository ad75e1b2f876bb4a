package org.newsint.nlp.ner;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

class NerSplitTest {

    private static List<NerSentence> numbered(int n) {
        List<NerSentence> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            out.add(new NerSentence(List.of("s" + i), List.of("O")));
        }
        return out;
    }

    @Test
    void newsFaneHoldsOutTheFifthAndTenthTenthsTheSameWayEveryTime() {
        List<NerSentence> s = numbered(4759);
        NerSplit.Parts a = NerSplit.newsFane(s);
        NerSplit.Parts b = NerSplit.newsFane(s);
        assertThat(a).isEqualTo(b);
        assertThat(a.heldOut()).hasSize(951);
        assertThat(a.train()).hasSize(4759 - 951);
        assertThat(a.heldOut().get(0).tokens()).containsExactly("s1904"); // ceil(0.4 * 4759)
        assertThat(a.heldOut().get(a.heldOut().size() - 1).tokens()).containsExactly("s4758");
        assertThat(a.train()).doesNotContainAnyElementsOf(a.heldOut());
    }

    @Test
    void theArticleTableIsOrderedAndEveryFourthArticleIsHeldOut() {
        assertThat(NerSplit.AQMAR_ARTICLES).hasSize(28);
        for (int i = 1; i < 28; i++) {
            assertThat(NerSplit.AQMAR_ARTICLES.get(i).firstSentence())
                    .isGreaterThan(NerSplit.AQMAR_ARTICLES.get(i - 1).firstSentence());
        }
        List<String> held = new ArrayList<>();
        for (int a = 0; a < 28; a++) {
            if (NerSplit.aqmarHeldOut(a)) {
                held.add(NerSplit.AQMAR_ARTICLES.get(a).title());
            }
        }
        assertThat(held).containsExactly("Computer Software", "Football", "Islamic Golden Age", "Nuclear Power",
                "Raul Gonzales", "Soccer World Cup", "X Window System");
    }

    @Test
    void anotherAqmarFileFallsBackToEqualBlocks() {
        List<NerSentence> s = numbered(280);
        NerSplit.Parts p = NerSplit.aqmar(s);
        assertThat(p.heldOut()).hasSize(70); // 7 of 28 blocks of 10
        assertThat(p.heldOut().get(0).tokens()).containsExactly("s30");
        assertThat(NerSplit.aqmar(s)).isEqualTo(p);
    }

    @Test
    void theRealAqmarFileMatchesTheArticleTable() throws IOException {
        Path file = Path.of("../../shared/corpus/ner/aqmar/AQMAR_Arabic_NER_corpus-1.0.txt");
        assumeTrue(Files.exists(file), "shared corpus not present");
        List<NerSentence> s = ConllReader.readAqmar(file);
        assertThat(s).hasSize(NerSplit.AQMAR_SENTENCES);
        for (NerSplit.Article a : NerSplit.AQMAR_ARTICLES) {
            assertThat(s.get(a.firstSentence()).tokens().get(0)).as(a.title()).isEqualTo(a.firstToken());
        }
        assertThat(NerSplit.aqmar(s).heldOut()).hasSize(662);
    }
}
