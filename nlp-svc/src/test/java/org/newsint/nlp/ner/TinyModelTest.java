package org.newsint.nlp.ner;

import opennlp.tools.namefind.TokenNameFinderModel;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Trains a small model from an inline sample, saves and reloads it, and tags with it. */
class TinyModelTest {

    private static final String SAMPLE = """
            قال O
            وزير O
            الخارجية O
            سامح B-PER
            شكري I-PER
            في O
            القاهرة B-LOC
            . O

            التقى O
            الرئيس O
            عبد B-PER
            الفتاح I-PER
            السيسي I-PER
            وفدا O
            من O
            الأمم B-ORG
            المتحدة I-ORG
            في O
            عمان B-LOC
            . O

            وصل O
            وزير O
            الخارجية O
            أيمن B-PER
            الصفدي I-PER
            إلى O
            دمشق B-LOC
            . O

            أعلنت O
            منظمة B-ORG
            الصحة I-ORG
            العالمية I-ORG
            في O
            جنيف B-LOC
            أمس O
            . O

            قال O
            رئيس O
            الوزراء O
            محمد B-PER
            مصطفى I-PER
            في O
            رام B-LOC
            الله I-LOC
            . O
            """;

    private static ArabicNer ner;

    @BeforeAll
    static void train() throws IOException {
        List<NerSentence> sentences = ConllReader.read(new StringReader(SAMPLE), NerTags::aqmar);
        List<NerSentence> repeated = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            repeated.addAll(sentences);
        }
        TokenNameFinderModel model = NerTrainer.train(NerTrainer.blocks(repeated, 20),
                new NerTrainer.Settings("PERCEPTRON", 30, 0, false, false, false, true));
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        model.serialize(bytes);
        ner = ArabicNer.load(new ByteArrayInputStream(bytes.toByteArray()));
    }

    @Test
    void aReloadedModelKeepsItsFactoryAndSettings() {
        assertThat(ner.model().getFactory()).isInstanceOf(ArabicNerFactory.class);
        assertThat(((ArabicNerFactory) ner.model().getFactory()).settings().getProperty("features")).isEqualTo("arabic-v1");
    }

    @Test
    void bilouCodingAndVersionTwoFeaturesTrainAndDecodeFastAsOpenNlpDoes() throws IOException {
        List<NerSentence> sentences = ConllReader.read(new StringReader(SAMPLE), NerTags::aqmar);
        List<NerSentence> repeated = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            repeated.addAll(sentences);
        }
        TokenNameFinderModel model = NerTrainer.train(NerTrainer.blocks(repeated, 20),
                new NerTrainer.Settings("PERCEPTRON", 30, 0, false, false, false, true, 2, "bilou", 3));
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        model.serialize(bytes);
        ArabicNer v2 = ArabicNer.load(new ByteArrayInputStream(bytes.toByteArray()));
        assertThat(((ArabicNerFactory) v2.model().getFactory()).featureVersion()).isEqualTo(2);
        assertThat(FastNameFinder.of(v2.model())).isNotNull();
        List<String> sentence = List.of("قال", "رئيس", "الوزراء", "محمد", "مصطفى", "في", "رام", "الله", ".");
        assertThat(v2.tag(sentence)).containsExactly("O", "O", "O", "B-PER", "I-PER", "O", "B-LOC", "I-LOC", "O");
        assertThat(new ArabicNer(v2.model(), false).tag(sentence)).isEqualTo(v2.tag(sentence));
    }

    /** The same words under two conventions: a news corpus leaves «مدينة» out of the name, a wiki corpus keeps it. */
    private static final String NEWS = """
            زار O
            الوفد O
            مدينة O
            دمشق B-LOC
            . O

            وصل O
            الرئيس O
            إلى O
            مدينة O
            حلب B-LOC
            . O
            """;

    private static final String WIKI = """
            تقع O
            مدينة B-LOC
            دمشق I-LOC
            في O
            الشرق O
            . O

            وصل O
            الرئيس O
            إلى O
            مدينة B-LOC
            حلب I-LOC
            . O
            """;

    @Test
    void aModelWithDomainFeaturesTagsEachDomainByItsOwnConventions() throws IOException {
        List<NerSentence> news = ConllReader.read(new StringReader(NEWS), NerTags::aqmar);
        List<NerSentence> wiki = ConllReader.read(new StringReader(WIKI), NerTags::aqmar);
        List<NerTrainer.Doc> docs = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            docs.add(new NerTrainer.Doc(news, "news"));
            docs.add(new NerTrainer.Doc(wiki, "wiki"));
        }
        TokenNameFinderModel model = NerTrainer.train(docs,
                new NerTrainer.Settings("PERCEPTRON", 30, 0, false, false, false, true, 1, "bio", 3, true));
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        model.serialize(bytes);
        ArabicNer asNews = ArabicNer.load(new ByteArrayInputStream(bytes.toByteArray()));
        assertThat(((ArabicNerFactory) asNews.model().getFactory()).hasDomains()).isTrue();
        assertThat(asNews.domain()).as("news unless told otherwise").isEqualTo("news");
        ArabicNer asWiki = asNews.forDomain("wiki");
        List<String> sentence = List.of("زار", "الرئيس", "مدينة", "دمشق", ".");
        assertThat(asNews.tag(sentence)).containsExactly("O", "O", "O", "B-LOC", "O");
        assertThat(asWiki.tag(sentence)).containsExactly("O", "O", "B-LOC", "I-LOC", "O");
        assertThat(asWiki.forDomain("wiki")).isSameAs(asWiki);
        assertThatThrownBy(() -> asNews.forDomain("blogs")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("blogs").hasMessageContaining("news");
    }

    @Test
    void aModelWithoutDomainFeaturesTagsEveryDomainAlike() {
        List<String> sentence = List.of("وصل", "وزير", "الخارجية", "أيمن", "الصفدي", "إلى", "دمشق", ".");
        assertThat(((ArabicNerFactory) ner.model().getFactory()).hasDomains()).isFalse();
        assertThat(ner.forDomain("wiki").tag(sentence)).isEqualTo(ner.tag(sentence));
    }

    @Test
    void tagsTheTrainingSentencesBack() {
        assertThat(ner.tag(List.of("وصل", "وزير", "الخارجية", "أيمن", "الصفدي", "إلى", "دمشق", ".")))
                .containsExactly("O", "O", "O", "B-PER", "I-PER", "O", "B-LOC", "O");
    }

    @Test
    void seesThroughSpellingVariantsAndClitics() {
        // «ايمن» without hamza, «ودمشق» with a conjunction: normalised and stripped as in training
        assertThat(ner.tag(List.of("وصل", "وزير", "الخارجية", "ايمن", "الصفدي", "إلى", "ودمشق", ".")))
                .containsExactly("O", "O", "O", "B-PER", "I-PER", "O", "B-LOC", "O");
    }

    @Test
    void spansCarryTypesAndProbabilities() {
        List<ArabicNer.Span> spans = ner.find(new String[] {"أعلنت", "منظمة", "الصحة", "العالمية", "في", "جنيف", "."});
        assertThat(spans).extracting(s -> s.start() + "-" + s.end() + " " + s.type()).containsExactly("1-4 ORG", "5-6 LOC");
        assertThat(spans).allMatch(s -> s.probability() > 0 && s.probability() <= 1);
        assertThat(ner.find(new String[0])).isEmpty();
    }

    @Test
    void aDocumentMarksANameWhereverItRecurs() {
        String[] first = {"وصل", "وزير", "الخارجية", "أيمن", "الصفدي", "إلى", "دمشق", "."};
        String[] later = {"كتب", "وأيمن", "الصفدي", "رسالة", "طويلة", "."};
        assertThat(ner.find(later)).as("alone, the later sentence has no person").noneMatch(x -> x.type().equals("PER"));
        List<List<ArabicNer.Span>> doc = ner.findInDocument(List.of(first, later));
        assertThat(doc.get(0)).extracting(ArabicNer.Span::type).containsExactly("PER", "LOC");
        assertThat(doc.get(1)).contains(new ArabicNer.Span(1, 3, "PER", 0));
    }

    @Test
    void isSafeToShareBetweenThreads() throws Exception {
        String[][] inputs = {
                {"قال", "وزير", "الخارجية", "سامح", "شكري", "في", "القاهرة", "."},
                {"أعلنت", "منظمة", "الصحة", "العالمية", "في", "جنيف", "أمس", "."},
                {"قال", "رئيس", "الوزراء", "محمد", "مصطفى", "في", "رام", "الله", "."},
        };
        List<List<String>> expected = new ArrayList<>();
        for (String[] in : inputs) {
            expected.add(ner.tag(List.of(in)));
        }
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Boolean>> results = new ArrayList<>();
            for (int t = 0; t < 8; t++) {
                results.add(pool.submit(() -> {
                    for (int k = 0; k < 200; k++) {
                        int j = k % inputs.length;
                        if (!ner.tag(List.of(inputs[j])).equals(expected.get(j))) {
                            return false;
                        }
                    }
                    return true;
                }));
            }
            for (Future<Boolean> r : results) {
                assertThat(r.get()).isTrue();
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
