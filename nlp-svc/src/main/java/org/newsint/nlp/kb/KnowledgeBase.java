package org.newsint.nlp.kb;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.newsint.text.ArabicText;
import org.newsint.text.Segmenter;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The actors known in advance, loaded from JSONL files (format: {@code kb/README.md}). Immutable after loading. */
public final class KnowledgeBase {

    /** The files bundled with nlp-svc, in load order. */
    public static final List<String> BUNDLED = List.of("kb/countries.jsonl", "kb/places.jsonl", "kb/organizations.jsonl",
            "kb/people.jsonl", "kb/people-earlier.jsonl");

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Map<String, Actor> byId;
    private final Map<String, String> countryByAdjective = new java.util.HashMap<>();
    /** Two-word adjectives («كوري جنوبي», «جنوب أفريقي»), keyed by their two matching forms joined by a space. */
    private final Map<String, String> countryByTwoWordAdjective = new java.util.HashMap<>();

    private KnowledgeBase(Map<String, Actor> byId) {
        this.byId = Collections.unmodifiableMap(byId);
        for (Actor a : byId.values()) {
            if (a.isCountry()) {
                for (String adj : a.adjectives()) {
                    List<String> key = TokenTrie.keys(adj);
                    if (key.size() == 2) {
                        countryByTwoWordAdjective.putIfAbsent(key.get(0) + " " + key.get(1), a.id());
                    }
                    if (key.size() == 1) {
                        if (key.get(0).length() > 3 || !ArabicText.fold(adj).startsWith("ال")) {
                            // not «بان», «مان» of «ألبان», «ألمان» read as an article: the words «بأن», «مان»
                            countryByAdjective.putIfAbsent(key.get(0), a.id());
                        }
                        // «ألماني» starts with the letters of the article: the text's «الألماني» has the stem «الماني»
                        List<Segmenter.Token> withArticle = Segmenter.tokens("ال" + adj, 0, adj.length() + 2);
                        if (withArticle.size() == 1) {
                            countryByAdjective.putIfAbsent(withArticle.get(0).stem(), a.id());
                        }
                    }
                }
            }
        }
    }

    /** Loads the given classpath resources; a missing resource is skipped, a malformed line is an error naming it. */
    public static KnowledgeBase fromClasspath(List<String> resources) {
        return new KnowledgeBase(readClasspath(resources));
    }

    private static Map<String, Actor> readClasspath(List<String> resources) {
        Map<String, Actor> actors = new LinkedHashMap<>();
        for (String resource : resources) {
            try (InputStream in = KnowledgeBase.class.getClassLoader().getResourceAsStream(resource)) {
                if (in != null) {
                    read(resource, in, actors);
                }
            } catch (IOException e) {
                throw new UncheckedIOException("reading " + resource, e);
            }
        }
        return actors;
    }

    /**
     * The bundled files ({@link #BUNDLED}) and the state bodies derived from their countries where the files have
     * no entry for them ({@link StateBodies}: «الخارجية الإثيوبية», «الحكومة الإسبانية», «الجيش المالي»).
     */
    public static KnowledgeBase bundled() {
        Map<String, Actor> actors = readClasspath(BUNDLED);
        for (Actor a : StateBodies.derive(actors)) {
            actors.putIfAbsent(a.id(), a);
        }
        return new KnowledgeBase(actors);
    }

    static void read(String source, InputStream in, Map<String, Actor> into) throws IOException {
        BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        String line;
        int n = 0;
        while ((line = r.readLine()) != null) {
            n++;
            if (line.isBlank()) {
                continue;
            }
            Actor a;
            try {
                a = parse(JSON.readTree(line));
            } catch (IOException | IllegalArgumentException e) {
                throw new IllegalArgumentException(source + " line " + n + ": " + e.getMessage(), e);
            }
            if (into.putIfAbsent(a.id(), a) != null) {
                throw new IllegalArgumentException(source + " line " + n + ": duplicate id " + a.id());
            }
        }
    }

    static Actor parse(JsonNode j) {
        String id = required(j, "id");
        String type = required(j, "type");
        if (!List.of("PERSON", "ORG", "LOC").contains(type)) {
            throw new IllegalArgumentException("type of " + id + " must be PERSON, ORG or LOC, not " + type);
        }
        List<Actor.Role> roles = new ArrayList<>();
        for (JsonNode role : j.path("roles")) {
            roles.add(new Actor.Role(role.path("role").asText(), text(role, "country"), text(role, "org"),
                    text(role, "from"), text(role, "to")));
        }
        return new Actor(id, type, text(j, "subtype"), required(j, "name"), text(j, "wikidata"), strings(j, "ar"),
                strings(j, "short"), strings(j, "abbr"), List.copyOf(roles), text(j, "country"), adjectives(j.path("adj")));
    }

    private static String required(JsonNode j, String field) {
        String v = text(j, field);
        if (v == null || v.isBlank()) {
            throw new IllegalArgumentException("missing '" + field + "'");
        }
        return v;
    }

    private static String text(JsonNode j, String field) {
        JsonNode v = j.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }

    private static List<String> strings(JsonNode j, String field) {
        List<String> out = new ArrayList<>();
        j.path(field).forEach(v -> out.add(v.asText()));
        return List.copyOf(out);
    }

    /** Nationality adjectives of a country: m, f, pl and alt forms. */
    private static List<String> adjectives(JsonNode adj) {
        List<String> out = new ArrayList<>();
        for (String k : List.of("m", "f", "pl")) {
            if (adj.hasNonNull(k)) {
                out.add(adj.get(k).asText());
            }
        }
        adj.path("alt").forEach(v -> out.add(v.asText()));
        return List.copyOf(out);
    }

    /** The one-word nationality adjectives, in matching form (folded, without the article). */
    public java.util.Set<String> adjectiveStems() {
        return Collections.unmodifiableSet(countryByAdjective.keySet());
    }

    /** The country a one-word nationality adjective names, by its folded form without the article; null if none. */
    public String countryOfAdjective(String foldedStem) {
        return countryByAdjective.get(foldedStem);
    }

    /** The country a two-word nationality adjective names («الكوري الجنوبي»), by the words' stems; null if none. */
    public String countryOfAdjective(String firstStem, String secondStem) {
        return countryByTwoWordAdjective.get(firstStem + " " + secondStem);
    }

    /**
     * The country an actor stands for on a day: a country itself; a person through the office held then
     * (else their own country); an organisation or a city through its country. Null when unknown.
     */
    public String affiliation(String actorId, String date) {
        Actor a = byId.get(actorId);
        if (a == null) {
            return null;
        }
        if (a.isCountry()) {
            return a.id();
        }
        if (date != null) {
            for (Actor.Role r : a.roles()) {
                if (r.country() != null && EntityLinker.heldAt(r, date)) {
                    return r.country();
                }
            }
        }
        return a.country();
    }

    /** Whether an actor holds, on a day, a role whose name ends with {@code suffix} («minister»). */
    public boolean holdsRoleEnding(String actorId, String suffix, String date) {
        Actor a = byId.get(actorId);
        return a != null && a.roles().stream().anyMatch(r -> r.role().endsWith(suffix) && EntityLinker.heldAt(r, date));
    }

    public Optional<Actor> get(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    public Collection<Actor> actors() {
        return byId.values();
    }

    public int size() {
        return byId.size();
    }
}
