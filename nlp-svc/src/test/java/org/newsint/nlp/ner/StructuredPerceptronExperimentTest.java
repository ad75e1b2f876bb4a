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
        List<StructuredPerceptronExperiment.Instance> train = new ArrayList<>();
        corpus.forEach(s -> train.add(x.instance(s, "news")));
        Random random = new Random(7);
        int errors = Integer.MAX_VALUE;
        for (int e = 0; e < 10 && errors > 0; e++) {
            errors = x.epoch(train, random);
        }
        assertThat(errors).as("a separable toy corpus is learnt").isZero();
        assertThat(x.tag(List.of("قال", "سامي", "خليفة", "في", "بنغازي"), "news"))
                .containsExactly("O", "B-PER", "I-PER", "O", "B-LOC");
    }
}
