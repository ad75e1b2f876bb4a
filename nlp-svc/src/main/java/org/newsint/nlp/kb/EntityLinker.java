package org.newsint.nlp.kb;

import org.newsint.nlp.pipeline.Analysis;
import org.newsint.text.Segmenter;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns gazetteer matches into entities with their mentions. An ambiguous name goes to the candidate that held
 * an office at the story's date, else to the first candidate.
 */
public final class EntityLinker {

    private final KnowledgeBase kb;
    private final Gazetteer gazetteer;

    public EntityLinker(KnowledgeBase kb) {
        this.kb = kb;
        this.gazetteer = new Gazetteer(kb);
    }

    public List<Analysis.EntityMentions> link(String text, List<Segmenter.Token> tokens, String publishedAt) {
        Map<String, List<Analysis.Mention>> mentions = new LinkedHashMap<>();
        Map<String, Actor> actors = new LinkedHashMap<>();
        for (Gazetteer.Match m : gazetteer.find(text, tokens)) {
            Actor a = choose(m, publishedAt);
            actors.putIfAbsent(a.id(), a);
            mentions.computeIfAbsent(a.id(), k -> new ArrayList<>()).add(new Analysis.Mention(m.start(), m.end(), m.surface()));
        }
        List<Analysis.EntityMentions> out = new ArrayList<>();
        actors.forEach((id, a) -> out.add(new Analysis.EntityMentions(entity(a), List.copyOf(mentions.get(id)))));
        return out;
    }

    private Actor choose(Gazetteer.Match m, String publishedAt) {
        Actor first = null;
        for (String id : m.actorIds()) {
            Actor a = kb.get(id).orElseThrow();
            if (first == null) {
                first = a;
            }
            if (publishedAt != null && a.roles().stream().anyMatch(r -> heldAt(r, publishedAt))) {
                return a;
            }
        }
        return first;
    }

    static boolean heldAt(Actor.Role r, String date) {
        if (date.length() < 10) {
            return false;
        }
        String day = date.substring(0, 10);
        return (r.from() == null || r.from().compareTo(day) <= 0)
                && (r.to() == null || day.compareTo(r.to()) <= 0 || day.startsWith(r.to()));
    }

    static Analysis.Entity entity(Actor a) {
        return new Analysis.Entity(a.id(), a.name(), Analysis.EntityType.valueOf(a.type()), a.wikidata());
    }

    public int knownNames() {
        return gazetteer.nameCount();
    }
}
