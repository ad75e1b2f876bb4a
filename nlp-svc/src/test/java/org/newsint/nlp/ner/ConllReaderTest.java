package org.newsint.nlp.ner;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.IOException;
import java.io.StringReader;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ConllReaderTest {

    @ParameterizedTest(name = "AQMAR {0} -> {1}")
    @CsvSource({
            "B-PER,   B-PER",
            "I-LOC,   I-LOC",
            "B-ORG,   B-ORG",
            "B-MIS0,  B-MISC",
            "I-MIS1,  I-MISC",
            "B-MIS3,  B-MISC",
            "B-MIS-2, B-MISC",
            "B-MISS1, B-MISC",
            "B-MIS1`, B-MISC",
            "B-SPANISH, B-MISC",
            "I--ORG,  I-ORG",
            "O,       O",
            "OO,      O",
            "IO,      O",
    })
    void aqmarTagsFold(String raw, String folded) {
        assertThat(NerTags.aqmar(raw)).isEqualTo(folded);
    }

    @ParameterizedTest(name = "NewsFANE {0} -> {1}")
    @CsvSource({
            "B-Politician,        B-PER",
            "I-Athlete,           I-PER",
            "B-Group,             B-PER",
            "B-Nation,            B-LOC",
            "I-Population-Center, I-LOC",
            "B-Building-Grounds,  B-LOC",
            "B-Government,        B-ORG",
            "I-Non-Governmental,  I-ORG",
            "B-Media,             B-ORG",
            "B-Book,              B-MISC",
            "B-Land,              B-MISC",
            "O,                   O",
    })
    void newsFaneClassesFold(String raw, String folded) {
        assertThat(NerTags.newsFane(raw, NerTags.newsFaneClasses())).isEqualTo(folded);
    }

    @Test
    void newsFaneTableCoversEveryClassThatOccursWithKnownTypes() {
        Map<String, String> classes = NerTags.newsFaneClasses();
        assertThat(classes).hasSize(45); // the classes that occur in NewsFANE Gold 2014
        assertThat(classes.values()).allMatch(NerTags.TYPES::contains);
        assertThatThrownBy(() -> NerTags.newsFane("B-Spaceship", classes))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("Spaceship");
    }

    @Test
    void readsAqmarStyleSpaceSeparatedSentences() throws IOException {
        String text = "قال O\nكرستيانو B-PER\nرونالدو I-PER\nفي O\nمدريد B-LOC\n. O\n\n"
                + "الأمم B-ORG\nالمتحدة I-ORG\nو O\nالإسبانية B-MIS1\n";
        List<NerSentence> s = ConllReader.read(new StringReader(text), NerTags::aqmar);
        assertThat(s).hasSize(2);
        assertThat(s.get(0).tokens()).containsExactly("قال", "كرستيانو", "رونالدو", "في", "مدريد", ".");
        assertThat(s.get(0).tags()).containsExactly("O", "B-PER", "I-PER", "O", "B-LOC", "O");
        assertThat(s.get(1).tags()).containsExactly("B-ORG", "I-ORG", "O", "B-MISC");
        assertThat(s.get(0).spans()).extracting(x -> x.getStart() + "-" + x.getEnd() + " " + x.getType())
                .containsExactly("1-3 PER", "4-5 LOC");
    }

    @Test
    void readsNewsFaneWithCrlfMarksBomAndTabOnlySeparators() throws IOException {
        String text = "\ufeff\u200eفرانكفورت\tB-Population-Center\r\n(\tO\r\n\u200eد\tB-Media\r\n\u200eب\tI-Media\r\n"
                + "\u200eا\tI-Media\r\n)\tO\r\n\t\r\n\u200eو\tO\r\n\u200eقال\tO\r\n\u200eبرند\tB-Other_PER\r\n"
                + "\u200eجوتشولك\tI-Other_PER\r\n\t\r\n";
        Map<String, String> classes = NerTags.newsFaneClasses();
        List<NerSentence> s = ConllReader.read(new StringReader(text), t -> NerTags.newsFane(t, classes));
        assertThat(s).hasSize(2);
        assertThat(s.get(0).tokens()).containsExactly("فرانكفورت", "(", "د", "ب", "ا", ")");
        assertThat(s.get(0).tags()).containsExactly("B-LOC", "O", "B-ORG", "I-ORG", "I-ORG", "O");
        assertThat(s.get(1).tags()).containsExactly("O", "O", "B-PER", "I-PER");
    }

    @Test
    void anIWithoutABeginningIsRepairedToB() throws IOException {
        String text = "في O\nالقدس I-LOC\nو O\nحركة I-ORG\nفتح I-ORG\nغزة I-LOC\n";
        List<NerSentence> s = ConllReader.read(new StringReader(text), NerTags::aqmar);
        assertThat(s.get(0).tags()).containsExactly("O", "B-LOC", "O", "B-ORG", "I-ORG", "B-LOC");
    }
}
