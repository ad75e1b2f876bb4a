package org.newsint.nlp.ner;

import org.newsint.nlp.kb.UnknownActorFinder;
import org.newsint.nlp.pipeline.Analysis;
import org.newsint.nlp.pipeline.TokenIndex;
import org.newsint.text.Romanizer;
import org.newsint.text.Segment;
import org.newsint.text.Segmenter;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The statistical recognizer as a pipeline stage (off by default, see {@code newsint.nlp.ner.enabled}): names it
 * finds that no knowledge-base or rule-based mention covers become actors with the same stable ids and
 * romanised names as {@link UnknownActorFinder}'s («x-<slug>-<hash of the folded Arabic>»). It only adds:
 * what the knowledge base found is never changed.
 */
public final class NerActors {

    private final ArabicNer ner;
    private final double minProbability;

    public NerActors(ArabicNer ner, double minProbability) {
        this.ner = ner;
        this.minProbability = minProbability;
    }

    public List<Analysis.EntityMentions> add(String text, List<Analysis.Sentence> sentences, List<Segmenter.Token> tokens,
                                             List<Analysis.EntityMentions> found) {
        boolean[] covered = TokenIndex.covered(tokens, found.stream().map(Analysis.EntityMentions::mentions).toList());
        Map<String, Analysis.Entity> actors = new LinkedHashMap<>();
        Map<String, List<Analysis.Mention>> mentions = new LinkedHashMap<>();
        for (Analysis.Sentence s : sentences) {
            Segment seg = s.segment();
            int a = TokenIndex.firstToken(tokens, seg.start());
            int b = TokenIndex.endToken(tokens, a, seg.end());
            if (a >= b) {
                continue;
            }
            String[] words = new String[b - a];
            for (int i = a; i < b; i++) {
                words[i - a] = tokens.get(i).text();
            }
            for (ArabicNer.Span span : ner.find(words)) {
                Analysis.EntityType type = switch (span.type()) {
                    case "PER" -> Analysis.EntityType.PERSON;
                    case "ORG" -> Analysis.EntityType.ORG;
                    case "LOC" -> Analysis.EntityType.LOC;
                    default -> null;
                };
                if (type == null || span.probability() < minProbability || anyCovered(covered, a + span.start(), a + span.end())) {
                    continue;
                }
                int start = tokens.get(a + span.start()).start();
                int end = tokens.get(a + span.end() - 1).end();
                String first = tokens.get(a + span.start()).normalized();
                if (first.length() > 3 && (first.charAt(0) == 'و' || first.charAt(0) == 'ف')) {
                    start++; // «ومراد بن علي»: the conjunction is not part of the name
                }
                String arabic = text.substring(start, end);
                String latin = Romanizer.bundled().name(arabic);
                String id = UnknownActorFinder.idOf(arabic, latin);
                actors.putIfAbsent(id, new Analysis.Entity(id, latin, type, null));
                mentions.computeIfAbsent(id, k -> new ArrayList<>()).add(new Analysis.Mention(start, end, arabic));
            }
        }
        if (actors.isEmpty()) {
            return found;
        }
        List<Analysis.EntityMentions> out = new ArrayList<>(found);
        actors.forEach((id, e) -> out.add(new Analysis.EntityMentions(e, List.copyOf(mentions.get(id)))));
        return List.copyOf(out);
    }

    private static boolean anyCovered(boolean[] covered, int from, int to) {
        for (int i = from; i < to; i++) {
            if (covered[i]) {
                return true;
            }
        }
        return false;
    }
}
