package org.newsint.nlp.ner;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

class StructuredPerceptronExperimentTest {

    @Test
    void anInsideTagNeverFollowsAnotherTypeOrTheStart() {
        assertThat(StructuredPerceptronExperiment.allowed(-1, 2)).as("I-PER first").isFalse();
        assertThat(StructuredPerceptronExperiment.allowed(0, 2)).as("I-PER after O").isFalse();
        assertThat(StructuredPerceptronExperiment.allowed(3, 2)).as("I-PER after B-LOC").isFalse();
        assertThat(StructuredPerceptronExperiment.allowed(1, 2)).as("I-PER after B-PER").isTrue();
        assertThat(StructuredPerceptronExperiment.allowed(2, 2)).as("I-PER after I-PER").isTrue();
        assertThat(StructuredPerceptronExperiment.allowed(-1, 3)).as("B-LOC first").isTrue();
    }

    @Test
    void itLearnsNamesFromATeamWrittenToyCorpus() {
        // sentences the team wrote: a reporting verb, a two-word name, «في», a city
        List<NerSentence> corpus = List.of(
                new NerSentence(List.of("قال", "سامي", "خليفة", "في", "طرابلس"), List.of("O", "B-PER", "I-PER", "O", "B-LOC")),
                new NerSentence(List.of("قال", "رامي", "عيسى", "في", "بنغازي"), List.of("O", "B-PER", "I-PER", "O", "B-LOC")),
                new NerSentence(List.of("أكد", "سامي", "عيسى", "في", "طرابلس"), List.of("O", "B-PER", "I-PER", "O", "B-LOC")),
                new NerSentence(List.of("أكد", "رامي", "خليفة", "في", "بنغازي"), List.of("O", "B-PER", "I-PER", "O", "B-LOC")));
        StructuredPerceptronExperiment x = new StructuredPerceptronExperiment(
                new ArabicFeatureGenerator(false, NerLexicon.empty(), 1, "news"), CliticSplitter.none());
        List<StructuredPerceptronExperiment.Instance> train = new ArrayList<>(x.instances(corpus, "news"));
        Random random = new Random(7);
        int errors = Integer.MAX_VALUE;
        for (int e = 0; e < 10 && errors > 0; e++) {
            errors = x.epoch(train, random);
        }
        assertThat(errors).as("a separable toy corpus is learnt").isZero();
        assertThat(x.tag(List.of("قال", "سامي", "خليفة", "في", "بنغازي"), "news"))
                .containsExactly("O", "B-PER", "I-PER", "O", "B-LOC");
    }

    @Test
    void aTokenGetsTheNeighboursOfItsOtherOccurrencesInTheDocument() {
        // a team-written document: «مشهد» after «مدينة» once, then alone
        StructuredPerceptronExperiment x = new StructuredPerceptronExperiment(
                new ArabicFeatureGenerator(false, NerLexicon.empty(), 1, "news"), CliticSplitter.none());
        List<String[]> doc = List.of(
                new String[] {"وصل", "الوفد", "الى", "مدينة", "مشهد"},
                new String[] {"وفي", "مشهد", "التقى", "المحافظ"});
        List<String>[][] f = x.aggregate(doc);
        assertThat(f[1][1]).as("«مشهد» in the second sentence").contains("ag:n=2", "ag:p=مدينة", "ag:nx=EOS")
                .doesNotContain("ag:nx=التقى");
        assertThat(f[0][0]).as("a word seen once").isEmpty();
    }

    @Test
    void aNameStageOneFoundIsMarkedWhereverItsWordsRecur() {
        StructuredPerceptronExperiment x = new StructuredPerceptronExperiment(
                new ArabicFeatureGenerator(false, NerLexicon.empty(), 1, "news"), CliticSplitter.none());
        StructuredPerceptronExperiment.DocData d = x.docData(List.of(
                new NerSentence(List.of("قال", "البنك", "التجاري", "امس"), List.of("O", "B-ORG", "I-ORG", "O")),
                new NerSentence(List.of("ربح", "البنك", "التجاري"), List.of("O", "B-ORG", "I-ORG"))), "news");
        // stage 1 found the bank in the first sentence only (labels: O, B-ORG = 5, I-ORG = 6)
        List<String>[][] f = x.extra(d, List.of(new int[] {0, 5, 6, 0}, new int[] {0, 0, 0}));
        assertThat(f[1][1]).contains("s1=O", "s1o=ORG", "s1n=B-ORG");
        assertThat(f[1][2]).contains("s1n=I-ORG");
        assertThat(f[1][0]).doesNotContain("s1n=B-ORG");
    }
}
