package org.newsint.nlp.ner;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Word lists the recognizer uses as features: names of people, places and organisations (whole names,
 * matched as token sequences, and the words they are made of), given names, titles and reporting verbs that
 * precede names, nationality adjectives. Built at training time from the product's knowledge base
 * ({@code /kb/*.jsonl}, {@code /kb/roles.tsv}, {@code /kb/unknown-triggers.tsv}) and stored inside the model
 * ({@link #write()}/{@link #read(String)}), so a model keeps the lists it was trained with when the knowledge
 * base changes. All entries are in the core form ({@link ArabicTokens#norm} then {@link ArabicTokens#strip}).
 */
public final class NerLexicon {

    private final Map<String, Set<String>> words;     // core -> classes (PER, PERfirst, LOC, ORG, title, verb, adj, orgword)
    private final Map<String, String> phrases;        // "core core ..." -> PER/LOC/ORG
    private final int maxPhrase;

    public NerLexicon(Map<String, Set<String>> words, Map<String, String> phrases) {
        this.words = words;
        this.phrases = phrases;
        this.maxPhrase = phrases.keySet().stream().mapToInt(p -> p.split(" ").length).max().orElse(0);
    }

    public static NerLexicon empty() {
        return new NerLexicon(Map.of(), Map.of());
    }

    public boolean isEmpty() {
        return words.isEmpty() && phrases.isEmpty();
    }

    public Set<String> classes(String core) {
        return words.getOrDefault(core, Set.of());
    }

    /** Per token, "B-TYPE"/"I-TYPE" of the longest whole-name match (left to right), or null. */
    public String[] match(String[] cores) {
        String[] out = new String[cores.length];
        int i = 0;
        while (i < cores.length) {
            int best = 0;
            String type = null;
            StringBuilder sb = new StringBuilder();
            for (int k = 0; k < maxPhrase && i + k < cores.length; k++) {
                if (k > 0) {
                    sb.append(' ');
                }
                sb.append(cores[i + k]);
                String t = phrases.get(sb.toString());
                if (t != null) {
                    best = k + 1;
                    type = t;
                }
            }
            if (best == 0) {
                i++;
                continue;
            }
            for (int k = 0; k < best; k++) {
                out[i + k] = (k == 0 ? "B-" : "I-") + type;
            }
            i += best;
        }
        return out;
    }

    /** The core form of each word of a written name. */
    static List<String> cores(String text) {
        List<String> out = new ArrayList<>();
        for (String w : text.trim().split("\\s+")) {
            if (!w.isEmpty()) {
                out.add(ArabicTokens.strip(ArabicTokens.norm(w)).core());
            }
        }
        return out;
    }

    // ---- building from the knowledge base

    /** Lists built from the bundled knowledge base on the classpath. */
    public static NerLexicon fromKnowledgeBase() {
        Map<String, Set<String>> words = new TreeMap<>();
        Map<String, String> phrases = new TreeMap<>();
        ObjectMapper json = new ObjectMapper();
        java.util.function.Consumer<JsonNode> person = n -> {
            for (String name : texts(n, "ar", "short")) {
                List<String> c = cores(name);
                addPhrase(phrases, c, "PER");
                for (int i = 0; i < c.size(); i++) {
                    add(words, c.get(i), i == 0 && c.size() > 1 ? "PERfirst" : "PER");
                }
            }
        };
        readJsonl(json, "/kb/people.jsonl", person);
        readJsonl(json, "/kb/people-earlier.jsonl", person);
        java.util.function.Consumer<JsonNode> place = n -> {
            for (String name : texts(n, "ar", "short")) {
                List<String> c = cores(name);
                addPhrase(phrases, c, "LOC");
                if (c.size() == 1) {
                    add(words, c.get(0), "LOC");
                }
            }
            JsonNode adj = n.get("adj");
            if (adj != null) {
                adj.fields().forEachRemaining(e -> {
                    for (String a : e.getValue().isArray() ? toList(e.getValue()) : List.of(e.getValue().asText())) {
                        for (String c : cores(a)) {
                            add(words, c, "adj");
                        }
                    }
                });
            }
        };
        readJsonl(json, "/kb/countries.jsonl", place);
        readJsonl(json, "/kb/places.jsonl", place);
        readJsonl(json, "/kb/organizations.jsonl", n -> {
            for (String name : texts(n, "ar", "short")) {
                List<String> c = cores(name);
                addPhrase(phrases, c, "ORG");
                if (c.size() == 1) {
                    add(words, c.get(0), "ORG");
                }
            }
        });
        readTsv("/kb/roles.tsv", f -> {
            if (f.length >= 2) {
                for (String c : cores(f[1])) {
                    add(words, c, "title");
                }
            }
        });
        readTsv("/kb/unknown-triggers.tsv", f -> {
            if (f.length >= 2) {
                String kind = switch (f[0]) {
                    case "verb" -> "verb";
                    case "title", "honorific", "modifier", "counterpart" -> "title";
                    case "org" -> "orgword";
                    default -> null;
                };
                if (kind != null) {
                    for (String c : cores(f[1])) {
                        add(words, c, kind);
                    }
                }
            }
        });
        return new NerLexicon(words, phrases);
    }

    private static void add(Map<String, Set<String>> words, String core, String cls) {
        if (core.length() >= 2) {
            words.computeIfAbsent(core, k -> new TreeSet<>()).add(cls);
        }
    }

    private static void addPhrase(Map<String, String> phrases, List<String> cores, String type) {
        if (!cores.isEmpty() && cores.stream().allMatch(c -> c.length() >= 2)) {
            phrases.putIfAbsent(String.join(" ", cores), type);
        }
    }

    private static List<String> texts(JsonNode n, String... fields) {
        List<String> out = new ArrayList<>();
        for (String f : fields) {
            JsonNode v = n.get(f);
            if (v != null) {
                out.addAll(v.isArray() ? toList(v) : List.of(v.asText()));
            }
        }
        return out;
    }

    private static List<String> toList(JsonNode arr) {
        List<String> out = new ArrayList<>();
        arr.forEach(x -> out.add(x.asText()));
        return out;
    }

    private static void readJsonl(ObjectMapper json, String resource, java.util.function.Consumer<JsonNode> each) {
        readLines(resource, line -> {
            if (!line.isBlank()) {
                try {
                    each.accept(json.readTree(line));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        });
    }

    private static void readTsv(String resource, java.util.function.Consumer<String[]> each) {
        readLines(resource, line -> {
            if (!line.isBlank() && !line.startsWith("#")) {
                each.accept(line.split("\t"));
            }
        });
    }

    private static void readLines(String resource, java.util.function.Consumer<String> each) {
        try (InputStream in = NerLexicon.class.getResourceAsStream(resource)) {
            if (in == null) {
                System.err.println("ner: no " + resource + " on the classpath; lexicon features without it");
                return;
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line; (line = r.readLine()) != null; ) {
                each.accept(line);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    // ---- storage inside the model

    /** Text form: {@code W<TAB>core<TAB>class,class} and {@code P<TAB>type<TAB>core core …} lines. */
    public String write() {
        StringBuilder sb = new StringBuilder();
        new TreeMap<>(words).forEach((w, c) -> sb.append("W\t").append(w).append('\t').append(String.join(",", c)).append('\n'));
        new TreeMap<>(phrases).forEach((p, t) -> sb.append("P\t").append(t).append('\t').append(p).append('\n'));
        return sb.toString();
    }

    public static NerLexicon read(String text) {
        Map<String, Set<String>> words = new HashMap<>();
        Map<String, String> phrases = new HashMap<>();
        for (String line : text.split("\n")) {
            String[] f = line.split("\t");
            if (f.length == 3 && f[0].equals("W")) {
                words.put(f[1], Set.of(f[2].split(",")));
            } else if (f.length == 3 && f[0].equals("P")) {
                phrases.put(f[2], f[1]);
            }
        }
        return new NerLexicon(words, phrases);
    }
}
