package org.newsint.nlp.events;

import org.newsint.text.ArabicText;
import org.newsint.text.Segmenter;
import org.newsint.text.Tsv;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The contact-event lexicon ({@code events/lexicon.tsv}): triggers, media, modality, initiative cues, plural
 * anaphors, complementizers. Entries are looked up by folded word; the first word of an entry may carry
 * proclitics (و ف ب ل ك ال لل) and an attached pronoun (ه ها هما هم), later words must match as written.
 */
public final class EventLexicon {

    public enum Kind { TRIGGER, WEAK, MODIFIER, BLOCK, STATUS, INITIATIVE, RECEIVED, PLACED, PLURAL, COMPLEMENTIZER, PLACE }

    /** One entry: its kind, its words (folded) and its value (a type or a status; "-" when none). */
    public record Entry(Kind kind, List<String> words, String value) {
    }

    /** A match of an entry at tokens [first, end). */
    public record Match(Entry entry, int first, int end) {
    }

    private static final String[] PROCLITIC_1 = {"و", "ف"};
    private static final String[] PROCLITIC_2 = {"ب", "ل", "ك"};
    private static final String[] SUFFIXES = {"هما", "هم", "ها", "ه"};

    private final Map<String, List<Entry>> byFirstWord = new HashMap<>();
    private int size;

    public static EventLexicon bundled() {
        EventLexicon lexicon = new EventLexicon();
        for (Tsv.Row row : Tsv.resource(EventLexicon.class, "events/lexicon.tsv", 3)) {
            Kind kind;
            try {
                kind = Kind.valueOf(row.field(0).toUpperCase());
            } catch (IllegalArgumentException e) {
                throw row.error("unknown kind '" + row.field(0) + "'");
            }
            lexicon.add(new Entry(kind, List.of(ArabicText.fold(row.field(1)).split(" ")), row.field(2)));
        }
        return lexicon;
    }

    void add(Entry e) {
        byFirstWord.computeIfAbsent(e.words().get(0), k -> new ArrayList<>()).add(e);
        size++;
    }

    public int size() {
        return size;
    }

    /** The longest entry of the given kind starting at token i, or null. */
    public Match at(List<Segmenter.Token> tokens, int i, Kind kind) {
        Match best = null;
        for (String form : cachedForms(tokens.get(i).normalized())) {
            List<Entry> entries = byFirstWord.get(form);
            if (entries == null) {
                continue;
            }
            for (Entry e : entries) {
                if (e.kind() != kind || i + e.words().size() > tokens.size()) {
                    continue;
                }
                boolean ok = true;
                for (int k = 1; k < e.words().size() && ok; k++) {
                    ok = cachedForms(tokens.get(i + k).normalized()).contains(e.words().get(k));
                }
                if (ok && (best == null || e.words().size() > best.end() - best.first())) {
                    best = new Match(e, i, i + e.words().size());
                }
            }
        }
        return best;
    }

    /** Whether the token is (or, with clitics, contains) a one-word entry of the kind. */
    public boolean is(Segmenter.Token token, Kind kind) {
        for (String form : cachedForms(token.normalized())) {
            for (Entry e : byFirstWord.getOrDefault(form, List.of())) {
                if (e.kind() == kind && e.words().size() == 1) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * Whether a trigger word is definite: it carries the article («المحادثة», «وللقاء») or an attached pronoun
     * («مكالمته») — the marks of a contact already introduced.
     */
    public static boolean definite(String folded) {
        String w = folded;
        if ((w.startsWith("و") || w.startsWith("ف")) && w.length() > 3) {
            w = w.substring(1);
        }
        if (w.startsWith("لل")) {
            return true;
        }
        if ((w.startsWith("ب") || w.startsWith("ل") || w.startsWith("ك")) && w.length() > 3) {
            w = w.substring(1);
        }
        if (w.startsWith("ال")) {
            return true;
        }
        for (String s : SUFFIXES) {
            if (w.endsWith(s) && !w.endsWith("ه")) {
                return true;
            }
        }
        return w.endsWith("ته"); // «مكالمته»: taa marbuta before a pronoun
    }

    /** Recently seen words' forms, per thread (the pipeline is shared between threads). */
    private static final ThreadLocal<Map<String, Set<String>>> SEEN = ThreadLocal.withInitial(() ->
            new java.util.LinkedHashMap<>(1024, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<String, Set<String>> eldest) {
                    return size() > 8192;
                }
            });

    private static Set<String> cachedForms(String w) {
        Map<String, Set<String>> seen = SEEN.get();
        Set<String> f = seen.get(w);
        if (f == null) {
            f = forms(w);
            seen.put(w, f);
        }
        return f;
    }

    /** A folded word (without «و»/«ف») that is an imperfect verb with the future «س»: «سيلتقي», «ستزور», «سنبحث», «سألتقي». */
    static boolean future(String w) {
        return w.length() > 4 && w.charAt(0) == 'س' && "يتنا".indexOf(w.charAt(1)) >= 0;
    }

    /** A folded word and the forms it may have without its proclitics and attached pronoun. */
    static Set<String> forms(String w) {
        Set<String> out = new LinkedHashSet<>();
        out.add(w);
        List<String> bases = new ArrayList<>();
        bases.add(w);
        for (String p : PROCLITIC_1) {
            if (w.startsWith(p) && w.length() > 3) {
                bases.add(w.substring(1));
            }
        }
        for (String b : List.copyOf(bases)) {
            for (String p : PROCLITIC_2) {
                if (b.startsWith(p) && b.length() > 3) {
                    bases.add(b.substring(1));
                }
            }
        }
        for (String b : List.copyOf(bases)) {
            if (future(b)) {
                bases.add(b.substring(1)); // the future «س» on an imperfect verb: «سيلتقي», «وستزور»
            }
        }
        for (String b : List.copyOf(bases)) {
            if (b.startsWith("لل") && b.length() > 4) {
                bases.add(b.substring(2));
            } else if (b.startsWith("ال") && b.length() > 4) {
                bases.add(b.substring(2));
            }
        }
        for (String b : bases) {
            out.add(b);
            for (String s : SUFFIXES) {
                if (b.endsWith(s) && b.length() - s.length() >= 3) {
                    out.add(b.substring(0, b.length() - s.length()));
                    break;
                }
            }
        }
        return out;
    }
}
