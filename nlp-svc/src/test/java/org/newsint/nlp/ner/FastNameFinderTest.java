package org.newsint.nlp.ner;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** The fast decoder gives the names and probabilities of OpenNLP's NameFinderME with the bundled model. */
class FastNameFinderTest {

    private static final String[] SENTENCES = {
            "وقال وزير الخارجية الأمريكي جون كيري إن المحادثات كانت مثمرة .",
            "استقبل الرئيس الفرنسي إيمانويل ماكرون في باريس أمس وفدا من الأمم المتحدة .",
            "أعلنت وزارة الصحة في غزة ارتفاع عدد الضحايا .",
            "زار رئيس الوزراء البريطاني القاهرة ثم توجه إلى الأردن و السعودية .",
            "ارتفعت أسعار الخبز في الأسواق هذا الأسبوع بنسبة كبيرة .",
            "وأكد المتحدث باسم حركة حماس فوزي برهوم أن الاحتلال يتحمل المسؤولية .",
            "التقى الملك عبد الله الثاني بن الحسين في عمان وفدا من البنك الدولي ومنظمة الصحة العالمية .",
            "ولد ريال مدريد عام 1902 وفاز بدوري أبطال أوروبا مع زين الدين زيدان .",
            "x",
    };

    private static List<String[]> sentences() throws IOException {
        List<String[]> out = new ArrayList<>();
        for (String s : SENTENCES) {
            out.add(s.split(" "));
        }
        // the held-out parts too, when the corpora are there (../shared, see the README)
        for (String f : List.of("target/ner/newsfane-heldout.conll", "target/ner/aqmar-heldout.conll")) {
            Path p = Path.of(f);
            if (Files.exists(p)) {
                for (NerSentence s : ConllReader.read(Files.newBufferedReader(p), t -> t)) {
                    out.add(s.tokens().toArray(new String[0]));
                }
            }
        }
        return out;
    }

    @Test
    void findsWhatOpenNlpFinds() throws IOException {
        ArabicNer fast = ArabicNer.bundled();
        ArabicNer slow = new ArabicNer(fast.model(), false);
        assertThat(FastNameFinder.of(fast.model())).as("the bundled model decodes fast").isNotNull();
        int differ = 0;
        List<String[]> all = sentences();
        for (String[] s : all) {
            List<ArabicNer.Span> a = fast.find(s);
            List<ArabicNer.Span> b = slow.find(s);
            List<String> ka = a.stream().map(x -> x.start() + ":" + x.end() + ":" + x.type()).toList();
            List<String> kb = b.stream().map(x -> x.start() + ":" + x.end() + ":" + x.type()).toList();
            if (!ka.equals(kb)) {
                differ++; // only a tie between hypotheses scored equal up to rounding may be broken differently
                continue;
            }
            for (int k = 0; k < a.size(); k++) {
                // the same sums in another order: equal up to rounding
                assertThat(a.get(k).probability()).isCloseTo(b.get(k).probability(), within(1e-9));
            }
        }
        assertThat(differ).as("sentences decoded differently of %d", all.size()).isLessThanOrEqualTo(all.size() / 500);
    }
}
