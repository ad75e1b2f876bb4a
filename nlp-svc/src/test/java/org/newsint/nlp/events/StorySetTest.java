package org.newsint.nlp.events;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.newsint.nlp.pipeline.Analysis;
import org.newsint.nlp.pipeline.ArticleInput;
import org.newsint.nlp.pipeline.Pipeline;
import org.newsint.text.ArabicText;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The team-written story set ({@code events/stories.jsonl}, see its README) scored the way the project's
 * evaluation scores the running system: an event matches on its participants as a set, and counts as strict
 * when type, date, status and initiator are right too; a quote matches when its text contains the cue and
 * its speaker is right. The floors sit a little under today's figures, so a regression fails the build.
 */
class StorySetTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    record Score(int tp, int fp, int fn) {
        double f1() {
            return tp == 0 ? 0 : 2.0 * tp / (2.0 * tp + fp + fn);
        }

        @Override
        public String toString() {
            return String.format("f1 %.3f (tp %d fp %d fn %d)", f1(), tp, fp, fn);
        }
    }

    record Scores(Score events, Score strict, Score quotes, Score indirect, Score entities) {
    }

    @Test
    void eventsAndQuotesOnTheTeamWrittenStories() throws IOException {
        Scores s = score("events/stories.jsonl");
        assertThat(s.events().f1()).as("event F1").isGreaterThanOrEqualTo(FLOOR_EVENTS);
        assertThat(s.strict().f1()).as("strict event F1").isGreaterThanOrEqualTo(FLOOR_STRICT);
        assertThat(s.quotes().f1()).as("direct quote F1").isGreaterThanOrEqualTo(FLOOR_QUOTES);
        assertThat(s.indirect().f1()).as("indirect quote F1").isGreaterThanOrEqualTo(FLOOR_INDIRECT);
    }

    /**
     * The held-out set ({@code events/heldout.jsonl}), written without looking at the rules or the development
     * set and never used to change them: an honest estimate for unseen text. Its floors only catch collapses.
     */
    @Test
    void eventsAndQuotesOnTheHeldOutStories() throws IOException {
        org.junit.jupiter.api.Assumptions.assumeTrue(StorySetTest.class.getClassLoader().getResource("events/heldout.jsonl") != null);
        Scores s = score("events/heldout.jsonl");
        assertThat(s.events().f1()).as("event F1").isGreaterThanOrEqualTo(HELDOUT_FLOOR_EVENTS);
        assertThat(s.quotes().f1()).as("direct quote F1").isGreaterThanOrEqualTo(HELDOUT_FLOOR_QUOTES);
    }

    /**
     * The second to eleventh held-out sets ({@code events/heldout2.jsonl}, 30 longer stories, {@code events/heldout3.jsonl}
     * to {@code events/heldout11.jsonl}, 25 stories each; all with entity gold), each written by a helper that saw
     * neither the rules, the lexicons nor the other sets. heldout2's, heldout4's, heldout6's, heldout8's and (after their
     * first measurements) heldout9's, heldout10's and heldout11's errors were used to change the rules; heldout3's, heldout5's and
     * heldout7's never were. Floors only catch collapses.
     */
    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {"events/heldout2.jsonl", "events/heldout3.jsonl", "events/heldout4.jsonl",
            "events/heldout5.jsonl", "events/heldout6.jsonl", "events/heldout7.jsonl", "events/heldout8.jsonl",
            "events/heldout9.jsonl", "events/heldout10.jsonl", "events/heldout11.jsonl"})
    void eventsQuotesAndEntitiesOnTheLaterHeldOutStories(String resource) throws IOException {
        Scores s = score(resource);
        assertThat(s.events().f1()).as("event F1").isGreaterThanOrEqualTo(0.5);
        assertThat(s.quotes().f1()).as("direct quote F1").isGreaterThanOrEqualTo(0.5);
        assertThat(s.entities().f1()).as("entity F1").isGreaterThanOrEqualTo(0.7);
    }

    // first measurement, before any rule saw the set: events 0.667, strict 0.521, direct quotes 0.822
    static final double HELDOUT_FLOOR_EVENTS = 0.6;
    static final double HELDOUT_FLOOR_QUOTES = 0.75;

    private Scores score(String resource) throws IOException {
        // -Dstories.ner=true: with the statistical recognizer adding actors, as NEWSINT_NLP_NER_ENABLED does
        Pipeline pipeline = Boolean.getBoolean("stories.ner")
                ? new Pipeline(new org.newsint.nlp.ner.NerActors(org.newsint.nlp.ner.ArabicNer.bundled(), 0.0))
                : new Pipeline();
        int[] ev = new int[3]; // matched, system, gold
        int[] strict = new int[1];
        int[] places = new int[2]; // matched events whose location is the gold one, matched events
        int[] qd = new int[3];
        int[] qi = new int[3];
        int[] en = new int[3];
        List<String> misses = new ArrayList<>();
        for (JsonNode story : stories(resource)) {
            Analysis a = pipeline.analyze(new ArticleInput(story.get("id").asText(), story.path("title").asText(null),
                    story.get("body").asText(), story.get("publishedAt").asText(), null));
            Map<String, String> names = new HashMap<>();
            a.entities().forEach(e -> names.put(e.entity().id(), e.entity().canonicalName()));
            // gold names of events and quotes are read through the entity alignment, as eval.py does: a gold entity
            // matched by its surface (an unknown actor romanised otherwise) counts as the system entity it matched
            Map<String, String> aligned = story.has("entities") ? scoreEntities(story, a, en, misses) : Map.of();
            java.util.function.Function<String, String> idOf = gold -> aligned.containsKey(gold) ? aligned.get(gold)
                    : names.entrySet().stream().filter(n -> n.getValue().equalsIgnoreCase(gold)).map(Map.Entry::getKey)
                            .findFirst().orElse("gold:" + gold);
            List<Analysis.Event> sys = new ArrayList<>(a.events());
            int goldCount = 0;
            for (JsonNode g : story.get("events")) {
                goldCount++;
                Set<String> want = new TreeSet<>();
                g.get("participants").forEach(p -> want.add(idOf.apply(p.asText())));
                Analysis.Event match = null;
                for (Analysis.Event s : sys) {
                    if (new TreeSet<>(s.participantIds()).equals(want)) {
                        match = s;
                        break;
                    }
                }
                if (match == null) {
                    misses.add(story.get("id").asText() + " missed " + g);
                    continue;
                }
                sys.remove(match);
                ev[0]++;
                String type = g.get("type").asText().equals("VISIT") ? "MEETING" : g.get("type").asText();
                boolean ok = type.equals(match.type()) && Objects.equals(text(g, "date"), match.date())
                        && g.get("status").asText().equals(match.status().name())
                        && Objects.equals(text(g, "initiator") == null ? null : idOf.apply(text(g, "initiator")), match.initiatorId());
                places[1]++;
                String goldPlace = text(g, "location");
                if (Objects.equals(goldPlace == null ? null : idOf.apply(goldPlace), match.locationId())) {
                    places[0]++;
                } else {
                    misses.add(story.get("id").asText() + " place " + names.get(match.locationId()) + " for " + goldPlace
                            + " " + g.get("participants"));
                }
                if (ok) {
                    strict[0]++;
                } else {
                    misses.add(story.get("id").asText() + " wrong " + match.type() + " " + match.status() + " " + match.date()
                            + " init=" + names.get(match.initiatorId()) + " for " + g);
                }
            }
            ev[1] += a.events().size();
            ev[2] += goldCount;
            for (Analysis.Event s : sys) {
                misses.add(story.get("id").asText() + " extra " + s.type() + " " + s.participantIds());
            }
            // quotes
            for (boolean indirect : new boolean[] {false, true}) {
            int[] q = indirect ? qi : qd;
            List<Analysis.Quote> quotes = new ArrayList<>(a.quotes().stream().filter(x -> x.indirect() == indirect).toList());
            int goldQuotes = 0;
            int found = 0;
            for (JsonNode g : story.get("quotes")) {
                if (g.path("indirect").asBoolean() != indirect) {
                    continue;
                }
                goldQuotes++;
                String cue = ArabicText.fold(g.get("cue").asText());
                boolean hit = false;
                for (Analysis.Quote s : quotes) {
                    String speaker = g.get("speaker").asText();
                    if (ArabicText.fold(s.text()).contains(cue) && s.speakerId() != null
                            && (s.speakerId().equals(idOf.apply(speaker)) || speaker.equalsIgnoreCase(names.get(s.speakerId())))) {
                        quotes.remove(s);
                        found++;
                        hit = true;
                        break;
                    }
                }
                if (!hit) {
                    misses.add(story.get("id").asText() + " missed quote " + g);
                }
            }
            q[0] += found;
            q[1] += quotes.size();
            q[2] += goldQuotes - found;
            for (Analysis.Quote left : quotes) {
                misses.add(story.get("id").asText() + " extra quote " + names.get(left.speakerId()) + ": " + left.text());
            }
            }
        }
        Score events = new Score(ev[0], ev[1] - ev[0], ev[2] - ev[0]);
        Score strictScore = new Score(strict[0], ev[1] - strict[0], ev[2] - strict[0]);
        Score quotes = new Score(qd[0], qd[1], qd[2]);
        Score indirect = new Score(qi[0], qi[1], qi[2]);
        Score entities = new Score(en[0], en[1], en[2]);
        System.out.println(resource + ": events " + events + "; events.strict " + strictScore + "; direct quotes " + quotes
                + "; indirect quotes " + indirect + (en[0] + en[2] > 0 ? "; entities " + entities : "")
                + "; locations right " + places[0] + "/" + places[1] + " of matched events");
        if (Boolean.getBoolean("stories.verbose")) {
            misses.forEach(System.out::println);
        }
        return new Scores(events, strictScore, quotes, indirect, entities);
    }

    /**
     * Entities the way eval.py matches them: greedy, one to one, same type, and the same canonical name
     * (case-insensitive) or a mention equal to one of the gold surfaces (folded; a leading و/ف/ب/ل taken off).
     * Returns the alignment: each matched gold canonical name and the system entity's id.
     */
    private static Map<String, String> scoreEntities(JsonNode story, Analysis a, int[] en, List<String> misses) {
        Map<String, String> aligned = new HashMap<>();
        List<Analysis.EntityMentions> sys = new ArrayList<>(a.entities());
        int matched = 0;
        for (JsonNode g : story.get("entities")) {
            Set<String> surfaces = new TreeSet<>();
            g.get("surface").forEach(x -> surfaces.add(ArabicText.fold(x.asText())));
            Analysis.EntityMentions hit = null;
            for (Analysis.EntityMentions e : sys) {
                if (!e.entity().type().name().equals(g.get("type").asText())) {
                    continue;
                }
                boolean name = e.entity().canonicalName().equalsIgnoreCase(g.get("canonical").asText());
                boolean surface = e.mentions().stream().map(m -> ArabicText.fold(m.text()))
                        .anyMatch(m -> surfaces.contains(m) || m.length() > 3 && "وفبل".indexOf(m.charAt(0)) >= 0 && surfaces.contains(m.substring(1)));
                if (name || surface) {
                    hit = e;
                    break;
                }
            }
            if (hit == null) {
                misses.add(story.get("id").asText() + " missed entity " + g.get("canonical").asText() + " " + g.get("surface"));
            } else {
                sys.remove(hit);
                aligned.put(g.get("canonical").asText(), hit.entity().id());
                matched++;
            }
        }
        en[0] += matched;
        en[1] += sys.size();
        en[2] += story.get("entities").size() - matched;
        for (Analysis.EntityMentions e : sys) {
            misses.add(story.get("id").asText() + " extra entity " + e.entity().type() + " " + e.entity().canonicalName() + " "
                    + e.mentions().stream().map(Analysis.Mention::text).distinct().toList());
        }
        return aligned;
    }

    // measured 2026-11-23: events 0.980, strict 0.940, direct quotes 0.931, indirect 0.644 (the rules were
    // developed against this set, so these are regression floors, not estimates for unseen stories)
    static final double FLOOR_EVENTS = 0.93;
    static final double FLOOR_STRICT = 0.88;
    static final double FLOOR_QUOTES = 0.88;
    static final double FLOOR_INDIRECT = 0.55;

    private static String text(JsonNode j, String field) {
        JsonNode v = j.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }

    private static List<JsonNode> stories(String resource) throws IOException {
        List<JsonNode> out = new ArrayList<>();
        try (var in = StorySetTest.class.getClassLoader().getResourceAsStream(resource)) {
            BufferedReader r = new BufferedReader(new InputStreamReader(Objects.requireNonNull(in), StandardCharsets.UTF_8));
            String line;
            while ((line = r.readLine()) != null) {
                if (!line.isBlank()) {
                    out.add(JSON.readTree(line));
                }
            }
        }
        return out;
    }
}
