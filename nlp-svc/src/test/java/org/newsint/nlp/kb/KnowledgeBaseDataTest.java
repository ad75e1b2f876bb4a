package org.newsint.nlp.kb;

import org.junit.jupiter.api.Test;
import org.newsint.text.ArabicText;

import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;

/** Checks on the bundled knowledge base's data that no single linking test would notice. */
class KnowledgeBaseDataTest {

    /**
     * One person is one entry: two people written the same way in Arabic split a person's mentions and events between
     * two ids (as «محمد بن نايف» once was, under both "mohammed-bin-nayef" and "muhammad-bin-nayef").
     */
    @Test
    void noTwoPeopleShareAnArabicSpelling() {
        Map<String, Set<String>> byName = new TreeMap<>();
        for (Actor a : KnowledgeBase.bundled().actors()) {
            if ("PERSON".equals(a.type())) {
                for (String n : a.arabicNames()) {
                    byName.computeIfAbsent(ArabicText.fold(ArabicText.normalize(n)), k -> new TreeSet<>()).add(a.id());
                }
            }
        }
        assertThat(byName).allSatisfy((name, ids) -> assertThat(ids).as(name).hasSize(1));
    }

    /**
     * «قصر بعبدا», «السراي الحكومي»: a seat whose name stands for its institution is that organisation (as the Kremlin
     * and the White House are), not a building beside it that the linker would prefer.
     */
    @Test
    void noBuildingSharesASpellingWithAnOrganisation() {
        Map<String, Set<String>> byName = new TreeMap<>();
        for (Actor a : KnowledgeBase.bundled().actors()) {
            if ("ORG".equals(a.type()) || "building".equals(a.subtype())) {
                for (String n : a.arabicNames()) {
                    byName.computeIfAbsent(ArabicText.fold(ArabicText.normalize(n)), k -> new TreeSet<>()).add(a.type());
                }
            }
        }
        assertThat(byName).allSatisfy((name, types) -> assertThat(types).as(name).hasSize(1));
    }
}
