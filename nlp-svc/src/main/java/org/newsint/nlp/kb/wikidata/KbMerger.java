package org.newsint.nlp.kb.wikidata;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.newsint.text.ArabicText;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Merges imported entries into a knowledge-base directory ({@code countries.jsonl}, {@code organizations.jsonl},
 * {@code people.jsonl}, and any other {@code *.jsonl} there for matching). Never deletes or changes what is there:
 *
 * <ol>
 *   <li>an entry with the same Wikidata id gets the Arabic spellings it lacks (compared in matching form, against
 *       its {@code ar}, {@code short} and {@code abbr}) and the offices it lacks (same role and place, start in a
 *       year it has no term of that office for);</li>
 *   <li>else an entry without a Wikidata id, of the same type, with the same English name (accents and case
 *       ignored) and a shared Arabic spelling or office, is taken to be the same: it gets the Wikidata id too;</li>
 *   <li>else the entry is appended to the file for its type, with an id not used in the directory.</li>
 * </ol>
 * Lines that do not change are written back byte for byte; changed ones are rewritten in the same style.
 */
public final class KbMerger {

    /** Counts of what a merge did. */
    public record Summary(int matchedByWikidata, int matchedByName, int spellingsAdded, int rolesAdded,
                          Map<String, Integer> added) {
    }

    private static final class Line {
        final Path file;
        String text;
        ObjectNode node;
        boolean dirty;

        Line(Path file, String text, ObjectNode node) {
            this.file = file;
            this.text = text;
            this.node = node;
        }
    }

    private final Path dir;
    private final Map<Path, List<Line>> files = new LinkedHashMap<>();
    private final Map<String, Line> byWikidata = new HashMap<>();
    private final Map<String, List<Line>> byName = new HashMap<>();
    private final Set<String> ids = new HashSet<>();
    private int matchedByWikidata;
    private int matchedByName;
    private int spellingsAdded;
    private int rolesAdded;
    private final Map<String, Integer> added = new LinkedHashMap<>();

    public KbMerger(Path dir) throws IOException {
        this.dir = dir;
        if (!Files.isDirectory(dir)) {
            throw new IOException(dir + " is not a directory");
        }
        List<Path> jsonl;
        try (Stream<Path> s = Files.list(dir)) {
            jsonl = s.filter(p -> p.getFileName().toString().endsWith(".jsonl")).sorted().toList();
        }
        for (Path p : jsonl) {
            List<Line> lines = new ArrayList<>();
            int n = 0;
            for (String text : Files.readAllLines(p, StandardCharsets.UTF_8)) {
                n++;
                ObjectNode node = null;
                if (!text.isBlank()) {
                    JsonNode j = KbJson.JSON.readTree(text);
                    if (!(j instanceof ObjectNode o) || !o.hasNonNull("id")) {
                        throw new IOException(p + " line " + n + ": not a knowledge-base entry");
                    }
                    node = o;
                }
                Line line = new Line(p, text, node);
                lines.add(line);
                if (node != null) {
                    index(line);
                }
            }
            files.put(p, lines);
        }
    }

    private void index(Line line) {
        ids.add(line.node.get("id").asText());
        if (line.node.hasNonNull("wikidata")) {
            byWikidata.putIfAbsent(line.node.get("wikidata").asText(), line);
        }
        byName.computeIfAbsent(nameKey(line.node.path("name").asText("")), k -> new ArrayList<>()).add(line);
    }

    /** Merges one imported entry (which has no id yet); returns the id it has in the directory. */
    public String merge(ObjectNode imported) {
        String qid = imported.path("wikidata").asText(null);
        Line match = qid == null ? null : byWikidata.get(qid);
        if (match != null) {
            matchedByWikidata++;
            enrich(match, imported);
            return match.node.get("id").asText();
        }
        for (Line candidate : byName.getOrDefault(nameKey(imported.path("name").asText("")), List.of())) {
            if (!candidate.node.hasNonNull("wikidata")
                    && candidate.node.path("type").asText().equals(imported.path("type").asText())
                    && (sharesSpelling(candidate.node, imported) || sharesOffice(candidate.node, imported))) {
                matchedByName++;
                candidate.node = withWikidata(candidate.node, qid);
                candidate.dirty = true;
                byWikidata.put(qid, candidate);
                enrich(candidate, imported);
                return candidate.node.get("id").asText();
            }
        }
        String fileName = switch (imported.path("type").asText()) {
            case "PERSON" -> "people.jsonl";
            case "LOC" -> "countries.jsonl";
            default -> "organizations.jsonl";
        };
        Path file = dir.resolve(fileName);
        ObjectNode entry = KbJson.object();
        entry.put("id", freeId(imported));
        entry.setAll(imported);
        Line line = new Line(file, null, entry);
        line.dirty = true;
        files.computeIfAbsent(file, f -> new ArrayList<>()).add(line);
        index(line);
        added.merge(fileName, 1, Integer::sum);
        return entry.get("id").asText();
    }

    private String freeId(ObjectNode imported) {
        String base = EntityConverter.slug(imported.path("name").asText(""));
        String qid = imported.path("wikidata").asText("x").toLowerCase(Locale.ROOT);
        String id = base.isEmpty() ? qid : base;
        if (ids.contains(id)) {
            id = (base.isEmpty() ? "" : base + "-") + qid;
        }
        for (int k = 2; ids.contains(id); k++) {
            id = base + "-" + qid + "-" + k;
        }
        return id;
    }

    private void enrich(Line line, ObjectNode imported) {
        ObjectNode node = line.node;
        Set<String> known = new HashSet<>();
        for (String field : List.of("ar", "short", "abbr")) {
            node.path(field).forEach(v -> known.add(ArabicText.fold(v.asText())));
        }
        for (JsonNode spelling : imported.path("ar")) {
            if (known.add(ArabicText.fold(spelling.asText()))) {
                arrayOf(node, "ar").add(spelling.asText());
                spellingsAdded++;
                line.dirty = true;
            }
        }
        for (JsonNode role : imported.path("roles")) {
            if (!hasTerm(node, role)) {
                arrayOf(node, "roles").add(role.deepCopy());
                rolesAdded++;
                line.dirty = true;
            }
        }
    }

    private static ArrayNode arrayOf(ObjectNode node, String field) {
        return node.get(field) instanceof ArrayNode a ? a : node.putArray(field);
    }

    /** Whether the entry has a term of the same office starting in the same year (or with an unknown start). */
    private static boolean hasTerm(ObjectNode node, JsonNode role) {
        for (JsonNode r : node.path("roles")) {
            if (samePlace(r, role)) {
                String a = r.path("from").asText("");
                String b = role.path("from").asText("");
                if (a.isEmpty() || b.isEmpty() || a.regionMatches(0, b, 0, 4)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean samePlace(JsonNode a, JsonNode b) {
        return a.path("role").asText().equals(b.path("role").asText())
                && a.path("country").asText("").equals(b.path("country").asText(""))
                && a.path("org").asText("").equals(b.path("org").asText(""));
    }

    private static boolean sharesSpelling(ObjectNode existing, ObjectNode imported) {
        Set<String> folded = new HashSet<>();
        existing.path("ar").forEach(v -> folded.add(ArabicText.fold(v.asText())));
        for (JsonNode v : imported.path("ar")) {
            if (folded.contains(ArabicText.fold(v.asText()))) {
                return true;
            }
        }
        return false;
    }

    private static boolean sharesOffice(ObjectNode existing, ObjectNode imported) {
        for (JsonNode a : existing.path("roles")) {
            for (JsonNode b : imported.path("roles")) {
                if (samePlace(a, b)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** A copy with {@code wikidata} placed right after {@code name}, as in the bundled files. */
    private static ObjectNode withWikidata(ObjectNode node, String qid) {
        ObjectNode out = KbJson.object();
        Iterator<Map.Entry<String, JsonNode>> it = node.fields();
        while (it.hasNext()) {
            Map.Entry<String, JsonNode> f = it.next();
            out.set(f.getKey(), f.getValue());
            if (f.getKey().equals("name")) {
                out.put("wikidata", qid);
            }
        }
        if (!out.has("wikidata")) {
            out.put("wikidata", qid);
        }
        return out;
    }

    private static String nameKey(String name) {
        return Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}+", "")
                .toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", " ").strip();
    }

    /** Writes every file that changed (through a temporary file and a rename). */
    public Summary write() {
        try {
            for (Map.Entry<Path, List<Line>> f : files.entrySet()) {
                if (f.getValue().stream().noneMatch(l -> l.dirty)) {
                    continue;
                }
                StringBuilder out = new StringBuilder();
                for (Line l : f.getValue()) {
                    out.append(l.dirty ? KbJson.line(l.node) : l.text).append('\n');
                }
                Path tmp = f.getKey().resolveSibling(f.getKey().getFileName() + ".tmp");
                Files.writeString(tmp, out, StandardCharsets.UTF_8);
                Files.move(tmp, f.getKey(), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("writing " + dir, e);
        }
        return new Summary(matchedByWikidata, matchedByName, spellingsAdded, rolesAdded, Map.copyOf(added));
    }
}
