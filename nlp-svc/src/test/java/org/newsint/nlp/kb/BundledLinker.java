package org.newsint.nlp.kb;

import org.newsint.nlp.pipeline.Analysis;
import org.newsint.text.Segmenter;

import java.util.List;

/** The bundled knowledge base and a linker over it, shared by the tests of its data (built once). */
final class BundledLinker {

    static final KnowledgeBase KB = KnowledgeBase.bundled();
    static final EntityLinker LINKER = new EntityLinker(KB, RoleLexicon.bundled());

    private BundledLinker() {
    }

    /** The entities of a text published on 2025-03-01. */
    static List<Analysis.EntityMentions> link(String text) {
        return link(text, "2025-03-01");
    }

    static List<Analysis.EntityMentions> link(String text, String date) {
        return LINKER.link(text, Segmenter.tokens(text, 0, text.length()), date);
    }

    /** The ids of the entities a text published on {@code date} links. */
    static List<String> ids(String text, String date) {
        return link(text, date).stream().map(e -> e.entity().id()).toList();
    }

    /** Asserts that a text links the entry {@code id}, with its English name, type and country (null: none). */
    static void assertLinks(String text, String id, String name, Analysis.EntityType type, String country) {
        Analysis.EntityMentions e = linked(text, id);
        org.assertj.core.api.Assertions.assertThat(e.entity().canonicalName()).isEqualTo(name);
        org.assertj.core.api.Assertions.assertThat(e.entity().type()).isEqualTo(type);
        org.assertj.core.api.Assertions.assertThat(KB.get(id).orElseThrow().country()).isEqualTo(country);
    }

    /** The entity {@code id} linked in a text of 2025-03-01; fails naming what was linked instead. */
    static Analysis.EntityMentions linked(String text, String id) {
        return linked(text, "2025-03-01", id);
    }

    /** The entity {@code id} linked in a text published on {@code date}; fails naming what was linked instead. */
    static Analysis.EntityMentions linked(String text, String date, String id) {
        List<Analysis.EntityMentions> all = link(text, date);
        return all.stream().filter(e -> e.entity().id().equals(id)).findFirst()
                .orElseThrow(() -> new AssertionError(id + " not linked in: " + text + " "
                        + all.stream().map(e -> e.entity().id()).toList()));
    }
}
