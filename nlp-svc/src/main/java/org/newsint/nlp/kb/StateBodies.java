package org.newsint.nlp.kb;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The state bodies every country has, derived from its entry where the knowledge base has no entry of its own
 * for them: the foreign and defence ministries, the government, the presidency and the armed forces, named the
 * way Arabic news names them, by the country's nationality adjective («الخارجية الإثيوبية», «الحكومة الإسبانية»,
 * «الرئاسة الفلسطينية», «الجيش المالي») or its name («وزارة خارجية إثيوبيا», «حكومة إسبانيا»).
 *
 * <p>A body is derived for a country only when none of its spellings already names an entry of the knowledge
 * base, so the reviewed entries (with their English names and Wikidata ids: «وزارة الخارجية الروسية» is the
 * Ministry of Foreign Affairs (Russia)) always win. Derived ids are stable: the kind and the country's id
 * ({@code ministry-of-foreign-affairs-ethiopia}).
 */
final class StateBodies {

    /** A kind of body: id prefix, English name pattern (%s: the country's name), subtype, Arabic patterns. */
    private record Kind(String idPrefix, String namePattern, String subtype, List<String> byFeminine,
                        List<String> byMasculine, List<String> byName) {
    }

    private static final List<Kind> KINDS = List.of(
            new Kind("ministry-of-foreign-affairs-", "Ministry of Foreign Affairs (%s)", "ministry",
                    List.of("وزارة الخارجية ال", "الخارجية ال"), List.of(), List.of("وزارة خارجية ")),
            new Kind("ministry-of-defence-", "Ministry of Defence (%s)", "ministry",
                    List.of("وزارة الدفاع ال"), List.of(), List.of("وزارة دفاع ")),
            new Kind("government-of-", "Government of %s", "government",
                    List.of("الحكومة ال"), List.of(), List.of("حكومة ")),
            new Kind("presidency-of-", "Presidency of %s", "office",
                    List.of("الرئاسة ال", "رئاسة الجمهورية ال"), List.of(), List.of()),
            new Kind("armed-forces-of-", "Armed Forces of %s", "armed_forces",
                    List.of("القوات المسلحة ال"), List.of("الجيش ال"), List.of("جيش ")));

    private StateBodies() {
    }

    /** The bodies to add to {@code actors} (which they do not change): those no organisation's spelling names yet. */
    static List<Actor> derive(Map<String, Actor> actors) {
        Set<List<String>> known = new HashSet<>();
        for (Actor a : actors.values()) {
            if (!"ORG".equals(a.type())) {
                continue; // only an organisation's spelling can name a body (and keying every spelling costs start-up)
            }
            for (List<String> names : List.of(a.arabicNames(), a.shortNames(), a.abbreviations())) {
                for (String n : names) {
                    known.add(TokenTrie.keys(n));
                }
            }
        }
        List<Actor> out = new ArrayList<>();
        for (Actor c : actors.values()) {
            if (!c.isCountry() || c.arabicNames().isEmpty()) {
                continue;
            }
            List<String> feminine = new ArrayList<>();
            List<String> masculine = new ArrayList<>();
            for (String adj : c.adjectives()) {
                String a = adj.strip();
                if (a.contains(" ")) {
                    continue;
                }
                if (a.endsWith("ة")) {
                    feminine.add(a);
                } else if (a.endsWith("ي") || a.endsWith("ى")) {
                    masculine.add(a); // not the plural («روس», «أفغان»): it names people, not an army
                }
            }
            // the country's common names: its first spelling and any other of one word
            List<String> names = new ArrayList<>();
            names.add(c.arabicNames().get(0));
            c.arabicNames().stream().skip(1).filter(n -> !n.strip().contains(" ")).forEach(names::add);
            for (Kind k : KINDS) {
                Map<List<String>, String> spellings = new LinkedHashMap<>();
                for (String p : k.byFeminine()) {
                    feminine.forEach(f -> spellings.putIfAbsent(TokenTrie.keys(p + f), p + f));
                }
                for (String p : k.byMasculine()) {
                    masculine.forEach(m -> spellings.putIfAbsent(TokenTrie.keys(p + m), p + m));
                }
                for (String p : k.byName()) {
                    names.forEach(n -> spellings.putIfAbsent(TokenTrie.keys(p + n), p + n));
                }
                if (spellings.isEmpty() || spellings.keySet().stream().anyMatch(known::contains)
                        || actors.containsKey(k.idPrefix() + c.id())) {
                    continue;
                }
                out.add(new Actor(k.idPrefix() + c.id(), "ORG", k.subtype(), String.format(k.namePattern(), c.name()),
                        null, List.copyOf(spellings.values()), List.of(), List.of(), List.of(), c.id(), List.of()));
            }
        }
        return out;
    }
}
