package org.newsint.nlp.kb.wikidata;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.newsint.text.ArabicText;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns one Wikidata entity (the JSON of a dump line) into a knowledge-base entry, or says why not.
 *
 * <p>Selected: humans (P31 = Q5) holding at least one position of the {@link PositionMap}, with the term from the
 * P580/P582 qualifiers; countries (P31 = Q6256 country or Q3624078 sovereign state); international organisations
 * (P31 = Q484652 international organization or Q245065 intergovernmental organization). Deprecated statements
 * are ignored everywhere. Arabic names come from the labels and aliases in Arabic and its regional variants
 * (ar, arz, ary, arq, aeb, apc, ajp, acm, afb, ayl, ars, shu), cleaned of diacritics, tatweel and parenthesised
 * qualifiers, one spelling per matching form.
 */
public final class EntityConverter {

    static final String HUMAN = "Q5";
    static final Set<String> COUNTRY_CLASSES = Set.of("Q6256", "Q3624078");
    static final Set<String> ORG_CLASSES = Set.of("Q484652", "Q245065");
    /** Arabic and its regional varieties, in the order their names are taken. */
    static final List<String> ARABIC_LANGUAGES = List.of("ar", "arz", "ary", "arq", "aeb", "aeb-arab", "apc", "ajp",
            "acm", "afb", "ayl", "ars", "shu");
    private static final List<String> ENGLISH = List.of("en", "en-gb", "en-us", "en-ca", "mul");
    private static final Pattern TIME = Pattern.compile("^[+]?(\\d{1,4})-(\\d\\d)-(\\d\\d)T");
    private static final Pattern PARENTHESES = Pattern.compile("\\s*[(\\[][^)\\]]*[)\\]]\\s*");
    private static final Pattern ACRONYM = Pattern.compile("[A-Z][A-Z.]{1,7}");

    /** What became of one entity. */
    public enum Outcome { PERSON, COUNTRY, ORGANISATION, NOT_SELECTED, NO_ARABIC_NAME, NO_ENGLISH_NAME }

    /** The outcome and, when selected, the entry (without an id: ids are given by the importer). */
    public record Result(Outcome outcome, ObjectNode entry, String type) {
        public boolean selected() {
            return entry != null;
        }
    }

    private final PositionMap positions;
    private final String since;

    /**
     * @param since keep only offices held on or after this ISO date or year (offices without an end count as
     *              held); null keeps every term
     */
    public EntityConverter(PositionMap positions, String since) {
        this.positions = positions;
        this.since = since;
    }

    public Result convert(JsonNode e) {
        String qid = e.path("id").asText("");
        if (!qid.matches("Q[1-9][0-9]*")) {
            return new Result(Outcome.NOT_SELECTED, null, null);
        }
        Set<String> classes = itemValues(e, "P31");
        String type;
        String subtype;
        List<ObjectNode> roles = List.of();
        Outcome outcome;
        if (classes.contains(HUMAN)) {
            roles = roles(e);
            if (roles.isEmpty()) {
                return new Result(Outcome.NOT_SELECTED, null, null);
            }
            type = "PERSON";
            subtype = null;
            outcome = Outcome.PERSON;
        } else if (classes.stream().anyMatch(COUNTRY_CLASSES::contains)) {
            type = "LOC";
            subtype = "country";
            outcome = Outcome.COUNTRY;
        } else if (classes.stream().anyMatch(ORG_CLASSES::contains)) {
            type = "ORG";
            subtype = "intl_org";
            outcome = Outcome.ORGANISATION;
        } else {
            return new Result(Outcome.NOT_SELECTED, null, null);
        }
        String name = englishLabel(e);
        if (name == null) {
            return new Result(Outcome.NO_ENGLISH_NAME, null, type);
        }
        List<String> arabic = arabicNames(e);
        if (arabic.isEmpty()) {
            return new Result(Outcome.NO_ARABIC_NAME, null, type);
        }
        ObjectNode entry = KbJson.object();
        entry.put("type", type);
        if (subtype != null) {
            entry.put("subtype", subtype);
        }
        entry.put("name", name);
        entry.put("wikidata", qid);
        ArrayNode ar = entry.putArray("ar");
        arabic.forEach(ar::add);
        if ("ORG".equals(type)) {
            List<String> abbr = acronyms(e);
            if (!abbr.isEmpty()) {
                ArrayNode a = entry.putArray("abbr");
                abbr.forEach(a::add);
            }
        }
        if (!roles.isEmpty()) {
            ArrayNode r = entry.putArray("roles");
            roles.forEach(r::add);
        }
        return new Result(outcome, entry, type);
    }

    /** Offices from the non-deprecated P39 statements whose position is mapped. */
    private List<ObjectNode> roles(JsonNode e) {
        String died = null;
        for (JsonNode st : statements(e, "P570")) {
            died = time(st.path("mainsnak"));
        }
        List<ObjectNode> out = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        for (JsonNode st : statements(e, "P39")) {
            String item = itemId(st.path("mainsnak"));
            PositionMap.Office office = item == null ? null : positions.get(item).orElse(null);
            if (office == null) {
                continue;
            }
            JsonNode q = st.path("qualifiers");
            String from = firstTime(q.path("P580"));
            JsonNode ends = q.path("P582");
            String to = firstTime(ends);
            if (to == null && ends.size() > 0) {
                continue; // an end of unknown date ("somevalue"): the term is over, but we cannot say when
            }
            if (to == null && died != null) {
                to = died;
            }
            if (since != null && to != null && to.compareTo(since) < 0 && !since.startsWith(to)) {
                continue;
            }
            if (!seen.add(office.role() + "|" + office.country() + "|" + office.org() + "|" + from + "|" + to)) {
                continue;
            }
            ObjectNode r = KbJson.object();
            r.put("role", office.role());
            if (office.country() != null) {
                r.put("country", office.country());
            } else {
                r.put("org", office.org());
            }
            r.put("from", from);
            r.put("to", to);
            out.add(r);
        }
        return out;
    }

    /** The statements of a property that are not deprecated. */
    static List<JsonNode> statements(JsonNode e, String property) {
        List<JsonNode> out = new ArrayList<>();
        for (JsonNode st : e.path("claims").path(property)) {
            if (!"deprecated".equals(st.path("rank").asText())) {
                out.add(st);
            }
        }
        return out;
    }

    static Set<String> itemValues(JsonNode e, String property) {
        Set<String> out = new LinkedHashSet<>();
        for (JsonNode st : statements(e, property)) {
            String id = itemId(st.path("mainsnak"));
            if (id != null) {
                out.add(id);
            }
        }
        return out;
    }

    private static String itemId(JsonNode snak) {
        if (!"value".equals(snak.path("snaktype").asText("value"))) {
            return null;
        }
        JsonNode v = snak.path("datavalue").path("value");
        if (v.hasNonNull("id")) {
            return v.get("id").asText();
        }
        return v.has("numeric-id") ? "Q" + v.get("numeric-id").asText() : null;
    }

    private static String firstTime(JsonNode snaks) {
        for (JsonNode s : snaks) {
            String t = time(s);
            if (t != null) {
                return t;
            }
        }
        return null;
    }

    /**
     * A time value as {@code YYYY-MM-DD}, {@code YYYY-MM} or {@code YYYY} after its precision (11, 10, 9);
     * null for coarser precision, dates before year 1, or no value.
     */
    static String time(JsonNode snak) {
        if (!"value".equals(snak.path("snaktype").asText("value"))) {
            return null;
        }
        JsonNode v = snak.path("datavalue").path("value");
        String t = v.path("time").asText("");
        if (t.startsWith("-")) {
            return null;
        }
        Matcher m = TIME.matcher(t);
        if (!m.find()) {
            return null;
        }
        int precision = v.path("precision").asInt(11);
        String year = "0".repeat(4 - m.group(1).length()) + m.group(1);
        if (precision >= 11 && !m.group(3).equals("00")) {
            return year + "-" + m.group(2) + "-" + m.group(3);
        }
        if (precision >= 10 && !m.group(2).equals("00")) {
            return year + "-" + m.group(2);
        }
        return precision >= 9 ? year : null;
    }

    private static String englishLabel(JsonNode e) {
        for (String lang : ENGLISH) {
            String v = e.path("labels").path(lang).path("value").asText("").strip();
            if (!v.isEmpty()) {
                return v;
            }
        }
        return null;
    }

    /** Arabic-script labels, then aliases, language by language; one spelling per matching form. */
    static List<String> arabicNames(JsonNode e) {
        Map<String, String> byFolded = new LinkedHashMap<>();
        for (String lang : ARABIC_LANGUAGES) {
            addName(byFolded, e.path("labels").path(lang).path("value").asText(""));
            for (JsonNode alias : e.path("aliases").path(lang)) {
                addName(byFolded, alias.path("value").asText(""));
            }
        }
        return List.copyOf(byFolded.values());
    }

    private static void addName(Map<String, String> byFolded, String raw) {
        String name = cleanArabic(raw);
        if (name != null) {
            byFolded.putIfAbsent(ArabicText.fold(name), name);
        }
    }

    /**
     * A name as the knowledge base writes it (no diacritics or tatweel, no parenthesised qualifier, single
     * spaces), or null when it is not a plain Arabic-script name (Latin letters, digits, punctuation other than
     * a hyphen or apostrophe inside the name).
     */
    static String cleanArabic(String raw) {
        String s = ArabicText.normalize(raw == null ? "" : raw);
        s = PARENTHESES.matcher(s).replaceAll(" ");
        StringBuilder out = new StringBuilder(s.length());
        boolean arabic = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (ArabicText.isDiacritic(c) || c == '\u0640') {
                continue;
            }
            if (Character.isWhitespace(c)) {
                out.append(' ');
            } else if (ArabicText.isArabicLetter(c)) {
                arabic = true;
                out.append(c);
            } else if (c == '-' || c == '\'' || c == '’') {
                out.append(c);
            } else {
                return null;
            }
        }
        String name = out.toString().strip().replaceAll(" +", " ");
        return arabic && name.length() >= 2 ? name : null;
    }

    private static List<String> acronyms(JsonNode e) {
        Set<String> out = new LinkedHashSet<>();
        for (JsonNode alias : e.path("aliases").path("en")) {
            String v = alias.path("value").asText("").strip();
            if (ACRONYM.matcher(v).matches()) {
                out.add(v);
            }
        }
        return List.copyOf(out);
    }

    /** A stable slug from an English name: accents dropped, lowercase ASCII, {@code -} between words. */
    static String slug(String name) {
        String s = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}+", "")
                .toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-");
        s = s.replaceAll("^-+|-+$", "");
        return s;
    }
}
