package org.newsint.nlp.kb;

import org.newsint.nlp.pipeline.Analysis;
import org.newsint.text.ArabicText;
import org.newsint.text.Romanizer;
import org.newsint.text.Segmenter;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * People and organisations the knowledge base does not know, found where a story's wording says a name stands:
 * <ul>
 *   <li>after a role title (kb/roles.tsv, or the extra titles of {@code kb/unknown-triggers.tsv}), its nationality
 *       adjective or country and a modifier («السابق»): «وزير الخارجية الأوكراني دميتري كوليبا»;</li>
 *   <li>after a reporting or meeting verb, when the first word is a known name word (a given name of the knowledge
 *       base, or a word of {@link Romanizer}'s name tables): «وقال دميتري كوليبا إن»;</li>
 *   <li>after «نظيره» (and a nationality adjective), or before «ونظيره» after a verb;</li>
 *   <li>organisations: «شركة»، «وكالة»، «حزب» … directly followed by a known name word («شركة غازبروم»).</li>
 * </ul>
 * A name is 2–3 words (an organisation 1–2) that are not function words or common nouns
 * ({@code kb/unknown-stopwords.tsv}), not nationality adjectives, titles or knowledge-base names (but a known
 * person's one-word family name may end it: «عبدالله العليمي»), not already linked, not definite (except family
 * names in -ي, «الكاظمي», or made of a known given name, «الفايز»), not imperfect verbs («يزور», but a last word
 * before a comma may look like one) and not nouns with a pronoun («استقالته»). At least one word must be a known
 * name word («X الله» of a listed X counts as one: «ضيف الله»); after a verb, «نظيره», «شركة» or a title without
 * its country, the first one must; a name between commas after a title or «نظيره» («رئيس جمهورية بنين، باتريس
 * تالون،») needs none. «بن», «بنت», «ولد» and «آل» join its words. A fourth name-like word makes the run doubtful and it
 * is dropped. Between a title and the name may stand modifiers, a rank or honorific («الفريق», «الدكتور») and,
 * after an envoy's title, the post's place («السفير الإيراني في دمشق»).
 * Each actor's id is {@code x-<romanised slug>-<6 hex of SHA-256 of the folded Arabic>}, the same in every story;
 * later mentions of the whole name or of its last word link to it.
 * Only words no mention covers are looked at, so knowledge-base matches always win.
 */
public final class UnknownActorFinder {

    private static final int MAX_PERSON_WORDS = 3;
    private static final int MAX_ORG_WORDS = 2;
    private static final String CLITICS = "وف";
    private static final Set<String> CONNECTORS = Set.of("بن", "ابن", "بنت", "ولد", "ال"); // and «آل» (folded): «عبدالله بن راشد آل خليفة»
    /** «بن», «ابن», «بنت» (folded): a father's name follows. */
    static final Set<String> SON_OF = Set.of("بن", "ابن", "بنت");
    private static final Set<String> COMPOUND_FIRST = Set.of("عبد", "ابو");
    /** How many words after a title a rank or honorific may stand before the name («المتحدث باسم المجلس العسكري الفريق»). */
    private static final int HONORIFIC_REACH = 5;
    /** First words of the given names «X الدين» («شمس الدين», «صلاح الدين»), folded. */
    private static final Set<String> DIN_NAMES = Set.of("شمس", "نور", "صلاح", "علاء", "عز", "سيف", "نجم", "بدر", "جمال",
            "كمال", "تاج", "محيي", "محي", "خير", "بهاء", "عماد", "شرف", "فخر", "زين", "ضياء", "نصر", "حسام", "عصام", "سراج",
            "برهان", "قطب", "ركن", "شهاب", "معين", "نظام", "صدر");
    /** «ضيف الله», «نصر الله», «شمس الدين», «صلاح الدين» at k: a given name written as two tokens. */
    private static boolean pairedGivenName(List<Segmenter.Token> tokens, int k) {
        if (k + 1 >= tokens.size()) {
            return false;
        }
        String first = tokens.get(k).normalized();
        String second = tokens.get(k + 1).normalized();
        return "الله".equals(second) && ALLAH_NAMES.contains(first) || "الدين".equals(second) && DIN_NAMES.contains(first);
    }

    /** First words of given names made with «الله» («ضيف الله», «عطا الله»), folded. */
    private static final Set<String> ALLAH_NAMES = Set.of("عطا", "عطاء", "نصر", "ضيف", "جار", "فضل", "خير", "فتح",
            "حسب", "عوض", "سعد", "حمد", "رزق", "جاد", "فرج", "سيف", "نعمه", "هبه", "خلف", "عز", "جود", "حرز", "وهب");

    /**
     * What announces a name. TITLE: a title with its country (any name-like words, one of them a known name word,
     * or none when a comma closes a name with no noun ending); ANNOUNCED: the same where only a name can follow (an
     * unresolved counterpart with its country, an envoy with his post), a comma closing it; NAMED: the first word
     * must be a known name word (after a verb, a title without a country, «نظيره»); ORG: after «شركة» …
     */
    private enum Mode { TITLE, ANNOUNCED, NAMED, ORG }

    private record Run(int first, int end, int words) {
    }

    private final KnowledgeBase kb;
    private final TokenTrie<String> names;
    private final TokenTrie<RoleLexicon.Title> titles;
    private final Set<String> adjectives;
    private final Set<String> givenNames = new HashSet<>();
    private final Romanizer romanizer;
    private final Set<String> stop = new HashSet<>();
    private final Set<String> stopRaw = new HashSet<>();
    private final Set<String> nameParts = new HashSet<>();
    private final Set<String> verbs = new HashSet<>();
    private final Set<String> modifiers = new HashSet<>();
    private final Set<String> counterparts = new HashSet<>();
    private final Set<String> orgWords = new HashSet<>();
    private final TokenTrie<Boolean> extraTitles = new TokenTrie<>();
    private final TokenTrie<Boolean> honorifics = new TokenTrie<>();

    /**
     * @param names      the knowledge base's names (a country after a title is skipped, a person's name is not unknown)
     * @param titles     the role titles
     * @param adjectives nationality adjectives in matching form (never part of a name)
     */
    public UnknownActorFinder(KnowledgeBase kb, TokenTrie<String> names, TokenTrie<RoleLexicon.Title> titles,
                              Set<String> adjectives) {
        this.kb = kb;
        this.names = names;
        this.titles = titles;
        this.adjectives = adjectives;
        this.romanizer = Romanizer.bundled();
        for (Actor a : kb.actors()) {
            if ("PERSON".equals(a.type())) {
                for (String n : a.arabicNames()) {
                    List<String> k = TokenTrie.keys(n);
                    if (k.size() >= 2) {
                        givenNames.add(k.get(0));
                    }
                }
            }
        }
        for (String[] f : rows("kb/unknown-stopwords.tsv")) {
            if (f[0].startsWith("=")) {
                stopRaw.add(stripMarks(ArabicText.normalize(f[0].substring(1))));
                continue;
            }
            String folded = ArabicText.fold(f[0]);
            if (f.length > 1 && f[1].strip().equals("namepart")) {
                nameParts.add(folded);
            }
            stop.add(folded);
            stop.add(Segmenter.stripArticle(folded));
        }
        for (String[] f : rows("kb/unknown-triggers.tsv")) {
            if (f.length < 2) {
                throw new IllegalArgumentException("kb/unknown-triggers.tsv: expected kind<TAB>word, got " + f[0]);
            }
            String kind = f[0].strip();
            String word = f[1].strip();
            String folded = ArabicText.fold(word);
            switch (kind) {
                case "verb" -> verbs.add(folded);
                case "title" -> extraTitles.add(word, Boolean.TRUE);
                case "honorific" -> {
                    extraTitles.add(word, Boolean.TRUE);
                    honorifics.add(word, Boolean.TRUE);
                }
                case "modifier" -> modifiers.add(Segmenter.stripArticle(folded));
                case "counterpart" -> counterparts.add(folded);
                case "org" -> orgWords.add(folded);
                default -> throw new IllegalArgumentException("kb/unknown-triggers.tsv: unknown kind " + kind);
            }
        }
    }

    private static List<String[]> rows(String resource) {
        List<String[]> out = new ArrayList<>();
        try (InputStream in = UnknownActorFinder.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " missing from the classpath");
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = r.readLine()) != null) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    out.add(line.split("\t", -1));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    private static String stripMarks(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!ArabicText.isDiacritic(c) && c != '\u0640') {
                b.append(c);
            }
        }
        return b.toString();
    }

    /**
     * Whether a name the knowledge base does not know stands at token {@code j} (after modifiers and an optional
     * comma): a title followed by it describes that person, not the office's holder in the knowledge base.
     */
    public boolean nameAt(String text, List<Segmenter.Token> tokens, int j) {
        return nameRun(text, tokens, afterDetails(text, tokens, afterModifiers(tokens, j), false), null, Mode.TITLE) != null;
    }

    /**
     * Adds the actors missing from the knowledge base, with their mentions, to {@code mentions}/{@code actors}
     * (keyed by id, in the linker's order); tokens inside existing mentions are never used.
     */
    public void find(String text, List<Segmenter.Token> tokens, Map<String, List<Analysis.Mention>> mentions,
                     Map<String, Actor> actors) {
        boolean[] covered = org.newsint.nlp.pipeline.TokenIndex.covered(tokens, mentions.values());
        Map<String, Actor> found = new HashMap<>();
        List<int[]> firstMentions = new ArrayList<>(); // token range and index into foundIds
        List<String> foundIds = new ArrayList<>();
        int n = tokens.size();
        int i = 0;
        while (i < n) {
            Segmenter.Token tok = tokens.get(i);
            if (!isWord(tok)) {
                i++;
                continue;
            }
            Run run = null;
            String type = "PERSON";
            int titleEnd = titleEnd(text, tokens, i);
            if (titleEnd > 0) {
                int place = afterPlace(text, tokens, titleEnd);
                boolean envoy = envoyAt(tokens, i);
                Mode mode = place > titleEnd && countryAt(text, tokens, titleEnd) ? (envoy ? Mode.ANNOUNCED : Mode.TITLE) : Mode.NAMED;
                run = nameRun(text, tokens, afterDetails(text, tokens, afterModifiers(tokens, place), envoy), covered, mode);
                if (run == null && place > titleEnd) {
                    run = nameBeforeTitle(text, tokens, i, covered); // «، إبراهيم غالي، الأمين العام لجبهة البوليساريو»
                }
                if (run == null) {
                    run = nameRightBeforeTitle(text, tokens, i, covered); // «استقبل الأسد أمس علاء الدين بروجردي رئيس لجنة …»
                }
                if (run == null) {
                    run = nameAfterDetails(text, tokens, titleEnd, covered); // «الرئيس المشترك للجنة … أحمد الكزبري،»
                }
                if (run == null) {
                    // «المتحدث باسم المجلس العسكري الفريق شمس الدين الكباشي»: a body the knowledge base does not know,
                    // then a rank or honorific, then the name
                    for (int h = titleEnd; h < Math.min(n, titleEnd + HONORIFIC_REACH) && run == null; h++) {
                        if (!isWord(tokens.get(h))) {
                            break;
                        }
                        TokenTrie.Match<Boolean> honorific = honorifics.longestAt(text, tokens, h);
                        if (honorific != null) {
                            run = nameRun(text, tokens, honorific.endToken(), covered, Mode.NAMED);
                            break;
                        }
                    }
                }
                if (run == null) {
                    i = titleEnd;
                    continue;
                }
            } else if (!covered[i]) {
                String form = withoutClitic(tok.normalized());
                if (verbs.contains(tok.normalized()) || verbs.contains(form)) {
                    run = nameRun(text, tokens, i + 1, covered, Mode.NAMED);
                } else if (counterparts.contains(form)) {
                    int place = afterPlace(text, tokens, i + 1);
                    run = nameRun(text, tokens, afterModifiers(tokens, place), covered, place > i + 1 ? Mode.ANNOUNCED : Mode.NAMED);
                    if (run == null && tok.normalized().startsWith("و")) {
                        run = nameBefore(text, tokens, i, covered);
                    }
                } else if (orgWords.contains(tok.normalized()) || orgWords.contains(form)) {
                    run = nameRun(text, tokens, i + 1, covered, Mode.ORG);
                    type = "ORG";
                }
            }
            if (run == null) {
                i++;
                continue;
            }
            Actor a = actor(text, tokens, run, type);
            Actor known = "PERSON".equals(type) ? longerFormOf(a, found.values()) : null;
            if (known == null) {
                known = found.putIfAbsent(a.id(), a);
            }
            addMention(text, tokens, run.first(), run.end(), known == null ? a : known, mentions, actors);
            if (known == null) {
                foundIds.add(a.id());
                firstMentions.add(new int[]{run.first(), run.end(), foundIds.size() - 1});
            }
            for (int k = run.first(); k < run.end(); k++) {
                covered[k] = true;
            }
            i = Math.max(run.end(), i + 1);
        }
        if (!found.isEmpty()) {
            laterMentions(text, tokens, covered, found, foundIds, firstMentions, mentions, actors);
        }
    }

    /** Whole names and last words of the actors found, after their first mention, where nothing else is. */
    private void laterMentions(String text, List<Segmenter.Token> tokens, boolean[] covered, Map<String, Actor> found,
                               List<String> foundIds, List<int[]> firstMentions,
                               Map<String, List<Analysis.Mention>> mentions, Map<String, Actor> actors) {
        TokenTrie<String> local = new TokenTrie<>();
        Map<String, Integer> firstEnd = new HashMap<>();
        for (int[] fm : firstMentions) {
            String id = foundIds.get(fm[2]);
            Actor a = found.get(id);
            firstEnd.put(id, fm[1]);
            for (String n : a.arabicNames()) {
                local.add(n, id);
            }
            for (String s : a.shortNames()) {
                local.add(s, id);
            }
        }
        int i = 0;
        while (i < tokens.size()) {
            if (covered[i] || !isWord(tokens.get(i))) {
                i++;
                continue;
            }
            TokenTrie.Match<String> m = local.longestAt(text, tokens, i);
            if (m == null || m.values().size() != 1 || anyCovered(covered, m.firstToken(), m.endToken())) {
                i++;
                continue;
            }
            String id = m.values().iterator().next();
            if (i >= firstEnd.get(id)) {
                Actor a = found.get(id);
                actors.putIfAbsent(id, a);
                mentions.computeIfAbsent(id, k -> new ArrayList<>()).add(new Analysis.Mention(m.start(), m.end(), m.mention()));
                for (int k = m.firstToken(); k < m.endToken(); k++) {
                    covered[k] = true;
                }
            }
            i = m.endToken();
        }
    }

    private static boolean anyCovered(boolean[] covered, int from, int to) {
        for (int k = from; k < to; k++) {
            if (covered[k]) {
                return true;
            }
        }
        return false;
    }

    private static void addMention(String text, List<Segmenter.Token> tokens, int first, int end, Actor a,
                                   Map<String, List<Analysis.Mention>> mentions, Map<String, Actor> actors) {
        int start = tokens.get(first).start();
        int stop = tokens.get(end - 1).end();
        actors.putIfAbsent(a.id(), a);
        mentions.computeIfAbsent(a.id(), k -> new ArrayList<>()).add(new Analysis.Mention(start, stop, text.substring(start, stop)));
    }

    /** The actor of a run of name words: id from the folded Arabic, name romanised, last word as short form. */
    Actor actor(String text, List<Segmenter.Token> tokens, Run run, String type) {
        List<String> words = new ArrayList<>();
        for (int k = run.first(); k < run.end(); k++) {
            words.add(stripMarks(ArabicText.normalize(tokens.get(k).text())));
        }
        String arabic = String.join(" ", words);
        String latin = romanizer.name(arabic);
        List<String> shortNames = new ArrayList<>();
        String last = words.get(words.size() - 1);
        String lastFolded = ArabicText.fold(last);
        if (words.size() >= 2 && lastFolded.length() >= 3 && !stop.contains(lastFolded) && !nameParts.contains(lastFolded)
                && !CONNECTORS.contains(ArabicText.fold(words.get(words.size() - 2)))) {
            shortNames.add(last);
        }
        return new Actor(idOf(arabic, latin), type, null, latin, null, List.of(arabic), List.copyOf(shortNames),
                List.of(), List.of(), null, List.of());
    }

    /**
     * The person found earlier in the story whose name this one shortens: same first and last word, fewer words
     * («خالد الفالح» after «خالد بن عبدالعزيز الفالح»), or null.
     */
    private static Actor longerFormOf(Actor a, Collection<Actor> found) {
        String[] w = ArabicText.fold(a.arabicNames().get(0)).split(" ");
        for (Actor f : found) {
            String[] v = ArabicText.fold(f.arabicNames().get(0)).split(" ");
            if ("PERSON".equals(f.type()) && v.length > w.length && w.length >= 2
                    && v[0].equals(w[0]) && v[v.length - 1].equals(w[w.length - 1])) {
                return f;
            }
        }
        return null;
    }

    /** {@code x-<slug>-<6 hex of SHA-256 of the folded name>}: the same name gives the same id in every story. */
    public static String idOf(String arabicName, String latinName) {
        String folded = ArabicText.fold(arabicName);
        String slug = Romanizer.slugOf(latinName);
        if (slug.length() > 40) {
            slug = slug.substring(0, 40).replaceAll("-+$", "");
        }
        try {
            byte[] h = MessageDigest.getInstance("SHA-256").digest(folded.getBytes(StandardCharsets.UTF_8));
            return "x-" + (slug.isEmpty() ? "" : slug + "-") + HexFormat.of().formatHex(h, 0, 3);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Heads of office titles the lists need not spell out: «وزير الإعلام», «رئيس جهاز الاستخبارات». */
    private static final Set<String> OFFICE_HEADS = Set.of("وزير", "وزيره", "رئيس", "رئيسه", "مدير", "مديره", "قائد",
            "محافظ", "محافظه", "امين", "امينه");

    /**
     * End of an office title built from a head and a genitive chain ending in a definite word («وزير الإعلام»,
     * «وزير التجارة والصناعة», «رئيس جهاز الاستخبارات», «مدير مكتب الرئيس»), or 0.
     */
    private int officeEnd(String text, List<Segmenter.Token> tokens, int i) {
        String head = tokens.get(i).normalized();
        if (!OFFICE_HEADS.contains(head) && !OFFICE_HEADS.contains(withoutClitic(head))) {
            return 0;
        }
        for (int j = i + 1; j < tokens.size() && j <= i + 3; j++) {
            Segmenter.Token t = tokens.get(j);
            if (!isWord(t) || names.longestAt(text, tokens, j) != null) {
                return 0; // a known body or place after the head is skipped as such («رئيس [الديوان الملكي الهاشمي]»)
            }
            String norm = t.normalized();
            if (norm.startsWith("ال") && norm.length() > 3) {
                int end = j + 1;
                if (end < tokens.size() && tokens.get(end).normalized().startsWith("وال")) {
                    end++; // «والصناعة»
                }
                while (end < tokens.size() && end < j + 4 && tokens.get(end).normalized().startsWith("ال")
                        && !adjectives.contains(tokens.get(end).stem()) && !modifiers.contains(tokens.get(end).stem())
                        && names.longestAt(text, tokens, end) == null && honorifics.longestAt(text, tokens, end) == null) {
                    end++; // «وزير النفط والغاز [الطبيعي] الهندي»
                }
                return end;
            }
            if (knownName(t) || OFFICE_HEADS.contains(norm)) {
                return 0;
            }
        }
        return 0;
    }

    /** End of an office's title at i with its country when one follows («وزير الطاقة السعودي», «وزير خارجية عمان»), or 0. */
    public int officeTitleEnd(String text, List<Segmenter.Token> tokens, int i) {
        int end = officeEnd(text, tokens, i);
        return end == 0 ? 0 : afterPlace(text, tokens, end);
    }

    /** End of a role title at i (kb/roles.tsv or the extra titles), or 0. */
    private int titleEnd(String text, List<Segmenter.Token> tokens, int i) {
        TokenTrie.Match<RoleLexicon.Title> t = titles.longestAt(text, tokens, i);
        TokenTrie.Match<Boolean> x = extraTitles.longestAt(text, tokens, i);
        int end = Math.max(Math.max(t == null ? 0 : t.endToken(), x == null ? 0 : x.endToken()), officeEnd(text, tokens, i));
        if (end > 0) {
            TokenTrie.Match<String> name = names.longestAt(text, tokens, i);
            if (name != null && name.endToken() >= end) {
                return 0; // a name, not a title («الأمير» inside a longer name)
            }
        }
        return end;
    }

    /** Past a nationality adjective or a country's name, or j itself. */
    private int afterPlace(String text, List<Segmenter.Token> tokens, int j) {
        if (j >= tokens.size()) {
            return j;
        }
        if (adjectives.contains(tokens.get(j).stem())) {
            return j + 1;
        }
        if (STATE_WORDS.contains(tokens.get(j).normalized()) && j + 1 < tokens.size()) {
            int after = afterPlace(text, tokens, j + 1); // «سفير [جمهورية الأرجنتين]»: the state's style before its name
            if (after > j + 1) {
                return after;
            }
        }
        TokenTrie.Match<String> name = names.longestAt(text, tokens, j);
        if (name != null) {
            for (String id : name.values()) {
                Actor a = kb.get(id).orElse(null);
                if (a != null && ("LOC".equals(a.type()) || "ORG".equals(a.type()))) {
                    return name.endToken(); // «وزير خارجية روسيا», «المتحدث باسم الجيش الإسرائيلي»
                }
            }
        }
        return j;
    }

    /** Whether a nationality adjective or a country (not an organisation) stands at j. */
    private boolean countryAt(String text, List<Segmenter.Token> tokens, int j) {
        if (j >= tokens.size()) {
            return false;
        }
        if (adjectives.contains(tokens.get(j).stem())) {
            return true;
        }
        TokenTrie.Match<String> name = names.longestAt(text, tokens, j);
        return name != null && name.values().stream().map(id -> kb.get(id).orElse(null))
                .anyMatch(a -> a != null && "LOC".equals(a.type()));
    }

    /** Past modifiers («السابق», «الجديد») and a nationality adjective after them. */
    private int afterModifiers(List<Segmenter.Token> tokens, int j) {
        while (j < tokens.size() && (modifiers.contains(tokens.get(j).stem()) || adjectives.contains(tokens.get(j).stem()))) {
            j++;
        }
        return j;
    }

    private static final Set<String> STATE_WORDS = Set.of("جمهوريه", "مملكه", "دوله", "سلطنه", "اماره");
    /** Adjectives of an organisation an envoy may serve («المبعوث [الأممي]», «الممثل [الأوروبي]»). */
    private static final Set<String> BODY_ADJECTIVES = Set.of("اممي", "دولي", "اوروبي", "افريقي");
    private static final Set<String> POST_PREPOSITIONS = Set.of(ArabicText.fold("في"), ArabicText.fold("لدى"), ArabicText.fold("إلى"));
    /** Titles of envoys, whose post's place may follow them («السفير الإيراني في دمشق»). */
    private static final Set<String> ENVOYS = Set.of("سفير", "سفيره", "سفيرها", "سفيرهم", "قنصل", "مبعوث", "مبعوثه",
            "مبعوثها", "موفد", "موفده", "مندوب", "ممثل");

    /** Whether the title starting at token i is an envoy's («السفير», «سفيرها», «المبعوث الأممي»). */
    private static boolean envoyAt(List<Segmenter.Token> tokens, int i) {
        return ENVOYS.contains(tokens.get(i).stem()) || ENVOYS.contains(withoutClitic(tokens.get(i).normalized()));
    }

    /**
     * Past what may stand between a title and the name besides modifiers: after an envoy's title ({@code envoy}),
     * the post's place («السفير الإيراني [في دمشق] جواد ترك آبادي», «سفيرها [لدى الجزائر]»), and a rank or
     * honorific («رئيس الأركان [الفريق] محمود حجازي», «مدير مكتب الرئيس [الدكتور] عبدالله العليمي»), or j itself.
     */
    private int afterDetails(String text, List<Segmenter.Token> tokens, int j, boolean envoy) {
        for (int round = 0; round < 3 && j < tokens.size(); round++) {
            if (envoy && POST_PREPOSITIONS.contains(tokens.get(j).normalized()) && j + 1 < tokens.size()) {
                TokenTrie.Match<String> place = names.longestAt(text, tokens, j + 1);
                if (place != null && place.values().stream().map(id -> kb.get(id).orElse(null))
                        .anyMatch(a -> a != null && "LOC".equals(a.type()))) {
                    j = afterModifiers(tokens, place.endToken());
                    continue;
                }
                return j;
            }
            if (envoy && BODY_ADJECTIVES.contains(tokens.get(j).stem())) {
                j++; // «المبعوث [الأممي] إلى السودان»
                continue;
            }
            if (envoy && "خاص".equals(tokens.get(j).stem())) {
                j++; // «المبعوث الأمريكي الخاص [بفنزويلا]»
                continue;
            }
            String w = tokens.get(j).normalized();
            if (envoy && (w.startsWith("ب") || w.startsWith("ل")) && !w.startsWith("ال")) {
                TokenTrie.Match<String> place = names.longestAt(text, tokens, j); // «بفنزويلا», «لسوريا»: the post
                if (place != null && place.values().stream().map(id -> kb.get(id).orElse(null))
                        .anyMatch(a -> a != null && "LOC".equals(a.type()))) {
                    j = afterModifiers(tokens, place.endToken());
                    continue;
                }
            }
            TokenTrie.Match<Boolean> honorific = honorifics.longestAt(text, tokens, j);
            if (honorific != null) {
                j = honorific.endToken();
                while (j < tokens.size() && modifiers.contains(tokens.get(j).stem())) {
                    j++;
                }
                continue;
            }
            return j;
        }
        return j;
    }

    /** A name of 2–3 words (an organisation's of 1–2) starting at j, or null. */
    private Run nameRun(String text, List<Segmenter.Token> tokens, int j, boolean[] covered, Mode mode) {
        int n = tokens.size();
        if (mode != Mode.ORG && j < n && isComma(tokens.get(j))) {
            j++;
        }
        int start = j;
        int words = 0;
        int max = mode == Mode.ORG ? MAX_ORG_WORDS : MAX_PERSON_WORDS;
        int k = j;
        boolean known = false;
        while (k < n && words < max) {
            Segmenter.Token t = tokens.get(k);
            if ((covered != null && covered[k]) || !isWord(t)) {
                break;
            }
            boolean first = words == 0;
            String norm = t.normalized();
            if (mode != Mode.ORG && COMPOUND_FIRST.contains(norm) && k + 1 < n && isWord(tokens.get(k + 1))
                    && (covered == null || !covered[k + 1]) && !isStop(tokens.get(k + 1))) {
                known = true;
                words++; // «عبد الفتاح», «أبو بكر»: one name word of two tokens
                k += 2;
                continue;
            }
            if (mode != Mode.ORG && pairedGivenName(tokens, k) && (covered == null || !covered[k + 1])) {
                known = true;
                words++; // «ضيف الله», «شمس الدين»: one name word of two tokens
                k += 2;
                continue;
            }
            if (!first && mode != Mode.ORG && CONNECTORS.contains(norm) && k + 1 < n) {
                k++; // «محمد بن سلمان»
                continue;
            }
            if (nameLike(text, tokens, k, first, mode)) {
                boolean isKnown = knownName(t);
                if (mode == Mode.ORG && !first && !isKnown) {
                    break;
                }
                known |= isKnown;
                words++;
                k++;
                continue;
            }
            if (!first && words >= 2 && mode != Mode.ORG && nameParts.contains(norm) && boundaryAt(tokens, k + 1)) {
                words++;
                k++;
            }
            break;
        }
        if (k > start && CONNECTORS.contains(tokens.get(k - 1).normalized())) {
            return null;
        }
        int min = mode == Mode.ORG ? 1 : 2;
        if (words < min) {
            return null;
        }
        if (mode != Mode.ORG && words >= 2 && k < n && (covered == null || !covered[k])
                && FAMILY_WORDS.contains(tokens.get(k).normalized())) {
            words++; // «علي جراح الصباح», «محمد عبدالله المبارك الصباح»: a ruling family's name that is also a word
            k++;
        } else if (words == max && k < n && (covered == null || !covered[k]) && isWord(tokens.get(k))
                && nameLike(text, tokens, k, false, mode)) {
            return null; // a fourth name-like word: not sure where the name ends
        }
        // between commas right after a title or «نظيره»: «رئيس جمهورية بنين، باتريس تالون،», «نظيره البنيني، أولوشيغون أدجادي باكاري،»
        boolean apposition = mode != Mode.ORG && start > 0 && isComma(tokens.get(start - 1)) && k < n && !isWord(tokens.get(k))
                // «نظيرها الموريتاني جالو مامادو باتيا،», «السفير الإيراني لدى العراق إيرج مسجدي،»: a name is sure to
                // follow; a comma closes it (after other titles, «وفدا عسكريا،» may be the object)
                || mode == Mode.ANNOUNCED && words >= 2 && k < n && isComma(tokens.get(k))
                // after a title with its country too, closed by a mark, «في», «مع», «نظيره» …, unless every word ends as
                // an indefinite accusative or feminine noun does («وزير الدفاع الموريتاني وفدا عسكريا،»)
                || (mode == Mode.TITLE || mode == Mode.ANNOUNCED) && words >= 2 && closedAt(tokens, k) && notAllNounEndings(tokens, start, k)
                // or «إن» closes it: «قال وزير الخارجية الإستوني مارغوس تساهكنا إن»
                || mode == Mode.TITLE && words >= 2 && k < n && SAYING.contains(tokens.get(k).normalized())
                && !"ما".equals(tokens.get(k).normalized());
        if (!known && !apposition) {
            return null; // not one word of it is a name word seen before (but «رئيس جمهورية بنين، باتريس تالون،»)
        }
        boolean compoundStart = start + 1 < n && (COMPOUND_FIRST.contains(tokens.get(start).normalized())
                || pairedGivenName(tokens, start));
        if ((mode == Mode.NAMED || mode == Mode.ORG) && !knownName(tokens.get(start)) && !(mode == Mode.NAMED && (compoundStart || apposition))) {
            return null; // after a verb, a title without its country or «شركة», only a known name word starts a name
        }
        return new Run(start, k, words);
    }

    /**
     * «، إبراهيم غالي، الأمين العام لجبهة البوليساريو»: a name of 2–3 words between commas right before a title with
     * its country or body (the title then describes it), or null.
     */
    private Run nameBeforeTitle(String text, List<Segmenter.Token> tokens, int i, boolean[] covered) {
        if (i < 4 || !isComma(tokens.get(i - 1))) {
            return null;
        }
        for (int len = 2; len <= MAX_PERSON_WORDS; len++) {
            int s = i - 1 - len;
            if (s < 1) {
                return null;
            }
            boolean names = true;
            for (int k = s; k < i - 1 && names; k++) {
                names = !covered[k] && isWord(tokens.get(k)) && nameLike(text, tokens, k, k == s, Mode.TITLE);
            }
            if (!names) {
                return null;
            }
            if (isComma(tokens.get(s - 1))) {
                return new Run(s, i - 1, len);
            }
        }
        return null;
    }

    /** How many words describing an office («للجنة الدستورية عن وفد الحكومة السورية») may follow its title before the name. */
    private static final int DETAILS_REACH = 8;

    /**
     * «الرئيس المشترك للجنة الدستورية عن وفد الحكومة السورية أحمد الكزبري،»: after a title and words that describe the
     * office (no verb, no «إن», no mark), a name that starts with a known name word and that a mark closes; or null.
     * (Stopping at a person already named, as «وزير الخارجية سامح شكري ونظيره السوداني علي الصادق،» might suggest,
     * lost a correct name on the held-out sets: the name after is still a person.)
     */
    private Run nameAfterDetails(String text, List<Segmenter.Token> tokens, int titleEnd, boolean[] covered) {
        for (int k = titleEnd; k < Math.min(tokens.size(), titleEnd + DETAILS_REACH); k++) {
            Segmenter.Token t = tokens.get(k);
            String norm = t.normalized();
            if (endsDetails(t) || titleEnd(text, tokens, k) > 0) {
                return null; // «الأمين العام أمس وزير النفط الهندي …»: another title, a day, a verb: not this office's details
            }
            if (covered[k] || norm.startsWith("ال") || CONNECTORS.contains(norm) || !knownName(t) && !COMPOUND_FIRST.contains(norm)
                    || CONNECTORS.contains(tokens.get(k - 1).normalized())) {
                continue; // not «بن شبات» of «مئير بن شبات», nor a father's name
            }
            Run r = nameRun(text, tokens, k, covered, Mode.NAMED);
            if (r != null && r.first() == k && r.end() < tokens.size() && !isWord(tokens.get(r.end()))) {
                return r;
            }
        }
        return null;
    }

    /** What no office's details hold: a mark, «إن», a verb, a day or «مع» («الأمين العام أمس وزير …»). */
    private boolean endsDetails(Segmenter.Token t) {
        String norm = t.normalized();
        return !isWord(t) || SAYING.contains(norm) || verbs.contains(norm) || verbs.contains(withoutClitic(norm))
                || BEFORE_OBJECT.contains(norm) || looksLikeVerb(norm);
    }

    /** «عاجل.. ضياء رشوان رئيس الهيئة …»: token s opens a line or follows a sentence's end mark. */
    private static boolean sentenceStart(String text, List<Segmenter.Token> tokens, int s) {
        Segmenter.Token before = tokens.get(s - 1);
        return text.substring(before.end(), tokens.get(s).start()).indexOf('\n') >= 0
                || before.text().chars().allMatch(c -> c == '.' || c == '…' || c == ':' || c == '!' || c == '؟');
    }

    /** Words after which a meeting's other side may be named: a day («أمس», «اليوم», «الأحد»), «مع». */
    private static final Set<String> BEFORE_OBJECT = Set.of("امس", "اليوم", "غدا", "الاحد", "الاثنين", "الثلاثاء",
            "الاربعاء", "الخميس", "الجمعه", "السبت", "الاول", "مع", "ومع");

    /**
     * «استقبل الرئيس بشار الأسد أمس علاء الدين بروجردي رئيس لجنة …», «بحث مع محمد بروجردي رئيس …»: a name of 2–3 words
     * that ends right before a title, after another mention (the host's name, a place), a day or «مع», and starts with a
     * known name word; or null.
     */
    private Run nameRightBeforeTitle(String text, List<Segmenter.Token> tokens, int i, boolean[] covered) {
        for (int s = i - 2; s >= Math.max(1, i - 7); s--) {
            if (covered[s] || !isWord(tokens.get(s))) {
                return null;
            }
            if (CONNECTORS.contains(tokens.get(s).normalized())) {
                continue; // «محمد بن سلمان بن عبدالعزيز ولي ولي العهد»: the known name goes on
            }
            if (!covered[s - 1] && !BEFORE_OBJECT.contains(tokens.get(s - 1).normalized()) && !sentenceStart(text, tokens, s)) {
                continue;
            }
            Run r = nameRun(text, tokens, s, covered, Mode.NAMED);
            if (r != null && r.first() == s && r.end() == i) {
                return r;
            }
        }
        return null;
    }

    /** What may follow a name after a title: a comma or other mark, «في», «مع», «نظيره» … («مارغوس تساهكنا في عمان»). */
    private static final Set<String> AFTER_NAME = Set.of("في", "مع", "خلال", "لدى", "نظيره", "نظيرته", "ونظيره", "ونظيرته", "وبحث",
            "وبحثا", "حيث");

    private static boolean closedAt(List<Segmenter.Token> tokens, int k) {
        return k >= tokens.size() || !isWord(tokens.get(k)) || AFTER_NAME.contains(tokens.get(k).normalized());
    }

    /**
     * Unless every word ends as an indefinite accusative or a feminine noun does («وفدا عسكريا», «رسالة خطية»); one such
     * word is common in names («مارغوس تساهكنا», «جورجيا ميلوني»).
     */
    private static boolean notAllNounEndings(List<Segmenter.Token> tokens, int from, int to) {
        for (int k = from; k < to; k++) {
            String w = tokens.get(k).normalized();
            if (!w.endsWith("ا") && !w.endsWith("ه")) {
                return true;
            }
        }
        return false;
    }

    /** «X Y ونظيره» after a verb or a title: the name right before the counterpart word. */
    private Run nameBefore(String text, List<Segmenter.Token> tokens, int i, boolean[] covered) {
        for (int len = 2; len <= MAX_PERSON_WORDS; len++) {
            int s = i - len;
            if (s < 1) {
                break;
            }
            Segmenter.Token before = tokens.get(s - 1);
            String form = withoutClitic(before.normalized());
            boolean verb = verbs.contains(before.normalized()) || verbs.contains(form);
            if (!verb) {
                continue;
            }
            Run r = nameRun(text, tokens, s, covered, Mode.NAMED);
            if (r != null && r.end() == i) {
                return r;
            }
        }
        return null;
    }

    /**
     * Whether a word is the given name of a person of the knowledge base (the first word of a name of two or more
     * words), written without the article, and neither a function word nor itself a name the knowledge base knows
     * («شكري» is Sameh Shoukry).
     */
    public boolean givenName(String text, List<Segmenter.Token> tokens, int k) {
        return plainNameWord(text, tokens, k, givenNames.contains(tokens.get(k).stem()));
    }

    /** {@link #givenName}, or a name word of the Romanizer's tables that is no common word («صدام», «بلقاسم»). */
    public boolean givenOrNameWord(String text, List<Segmenter.Token> tokens, int k) {
        String stem = tokens.get(k).stem();
        return plainNameWord(text, tokens, k, givenNames.contains(stem) || romanizer.isKnownName(stem));
    }

    /** A word without the article, no stop word and no name of the knowledge base, whose stem {@code named} says is a name. */
    private boolean plainNameWord(String text, List<Segmenter.Token> tokens, int k, boolean named) {
        Segmenter.Token t = tokens.get(k);
        return isWord(t) && !t.normalized().startsWith("ال") && named && !isStop(t) && names.longestAt(text, tokens, k) == null;
    }

    /**
     * Whether {@code seen} is another name than {@code known}, not a spelling of it: a KB given name or a word of
     * the Romanizer's tables that romanises otherwise («حسين» Hussein, «حسن» Hassan).
     */
    public boolean anotherNameWord(String seen, String known) {
        return (givenNames.contains(Segmenter.stripArticle(seen)) || romanizer.isKnownName(seen))
                && !romanizer.word(seen).equalsIgnoreCase(romanizer.word(known));
    }

    /**
     * Whether the wording before token k announces a name there: a reporting or meeting verb, a title (with its
     * country, modifiers or an honorific), «نظيره».
     */
    public boolean nameMayStartAt(String text, List<Segmenter.Token> tokens, int k) {
        if (k == 0) {
            return false;
        }
        Segmenter.Token t = tokens.get(k - 1);
        String norm = t.normalized();
        String form = withoutClitic(norm);
        if (verbs.contains(norm) || verbs.contains(form) || counterparts.contains(form)
                || adjectives.contains(t.stem()) || modifiers.contains(t.stem())) {
            return true;
        }
        for (int s = Math.max(0, k - 4); s < k; s++) {
            TokenTrie.Match<RoleLexicon.Title> title = titles.longestAt(text, tokens, s);
            TokenTrie.Match<Boolean> extra = extraTitles.longestAt(text, tokens, s);
            int end = Math.max(Math.max(title == null ? 0 : title.endToken(), extra == null ? 0 : extra.endToken()),
                    officeEnd(text, tokens, s));
            // the title itself, or with its country named after it («وزير خارجية الأردن [محمد] الصفدي»)
            if (end == k || end > s && end < k && countryAt(text, tokens, end) && afterPlace(text, tokens, end) == k) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the person's short name at token i ends a longer name announced by an envoy's title: one or two name
     * words stand between the title (with its country, modifiers and post) and it («المبعوث الأممي إلى السودان
     * فولكر [بيرتس]», «سفير جمهورية الأرجنتين لدى روسيا إنريكي فيرير [فييرا]»). The name is then someone else's,
     * sharing the family name. (Envoys only: measured on the held-out sets, other titles lost more than they won.)
     */
    public boolean endsATitledName(String text, List<Segmenter.Token> tokens, int i) {
        for (int s = i - 1; s >= Math.max(1, i - 2); s--) {
            boolean names = true;
            for (int k = s; k < i && names; k++) {
                names = isWord(tokens.get(k)) && nameLike(text, tokens, k, k == s, Mode.TITLE);
            }
            if (!names) {
                return false;
            }
            for (int p = Math.max(0, s - 8); p < s; p++) {
                if (!envoyAt(tokens, p)) {
                    continue;
                }
                int end = titleEnd(text, tokens, p);
                if (end > 0 && end <= s && afterDetails(text, tokens, afterModifiers(tokens, afterPlace(text, tokens, end)), true) == s) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * Whether the known one-word name at token i, itself a given name, opens another person's name: the wording
     * before announces a name (a title, a reporting verb, «نظيره») and the next word is a name word the knowledge base
     * does not know, which ends the name («وزير الطاقة الأميركي إرنست [مونيز]» is Ernest Moniz, not Josh Earnest's
     * «إرنست»; «القيادي في حركة فتح عباس [زكي]» is not Mahmoud Abbas).
     */
    public boolean startsAnotherName(String text, List<Segmenter.Token> tokens, int i) {
        return givenNameBeforeUnknown(text, tokens, i) && (nameMayStartAt(text, tokens, i) || afterTitleDetails(text, tokens, i));
    }

    /**
     * «والرئيس المشترك عن وفد المعارضة [هادي]»: a title, then at most {@link #DETAILS_REACH} words that describe the
     * office (no mark, verb, «إن», day or «مع»), right before token i.
     */
    private boolean afterTitleDetails(String text, List<Segmenter.Token> tokens, int i) {
        for (int p = i - 1; p >= Math.max(0, i - DETAILS_REACH - 4); p--) {
            int end = titleEnd(text, tokens, p);
            if (end > 0 && end <= i - 1 && i - end < DETAILS_REACH) {
                return true;
            }
            if (endsDetails(tokens.get(p))) {
                return false;
            }
        }
        return false;
    }

    /**
     * Whether the word at token i cannot be a family name standing alone: a function word («على» folds into «علي»,
     * Abiy Ahmed Ali's last name) or a given name that opens a name the knowledge base does not know («أحمد معلم فقي»
     * after «آبي أحمد»).
     */
    public boolean notAFamilyNameAlone(String text, List<Segmenter.Token> tokens, int i) {
        Segmenter.Token t = tokens.get(i);
        if (isStop(t)) {
            return true;
        }
        // the unknown name runs on: its next word ends it, or a third name word follows («أحمد معلم فقي»); not «وأكد
        // أحمد ضرورة التهدئة», where a noun and its complement follow
        return knownName(t) && unknownNameWordAt(text, tokens, i + 1)
                && (boundaryAt(tokens, i + 2) || isWord(tokens.get(i + 2)) && nameLike(text, tokens, i + 2, false, Mode.TITLE));
    }

    /** Whether token k is a word that can go on a name and that the knowledge base does not know. */
    private boolean unknownNameWordAt(String text, List<Segmenter.Token> tokens, int k) {
        return k < tokens.size() && isWord(tokens.get(k)) && names.longestAt(text, tokens, k) == null
                && nameLike(text, tokens, k, false, Mode.TITLE);
    }

    /** A given name at token i, then a name word the knowledge base does not know that ends the name. */
    private boolean givenNameBeforeUnknown(String text, List<Segmenter.Token> tokens, int i) {
        Segmenter.Token t = tokens.get(i);
        if (t.normalized().startsWith("ال") || !knownName(t) || !unknownNameWordAt(text, tokens, i + 1)) {
            return false;
        }
        if (!tokens.get(i + 1).normalized().startsWith("ال")) {
            return boundaryAt(tokens, i + 2);
        }
        // «هادي البحرة،», «وقال هادي البحرة إن»: a family name with the article, then a mark or «إن» (not «عباس الكامل لـ»)
        return i + 2 >= tokens.size() || !isWord(tokens.get(i + 2)) || SAYING.contains(tokens.get(i + 2).normalized());
    }

    /** A given name of the knowledge base or a word of the Romanizer's name tables. */
    private boolean knownName(Segmenter.Token t) {
        return givenNames.contains(t.stem()) || romanizer.isKnownName(t.normalized());
    }

    /** «إليوت», «ألكسندر»: a name that starts with a hamza on its alef, which folding makes look like the article. */
    private static boolean hamzaOnAlef(String written) {
        return written.length() > 3 && (written.charAt(0) == 'إ' || written.charAt(0) == 'أ') && written.charAt(1) == 'ل';
    }

    /** Whether token k follows a father's name: «بن/بنت X» right before it. */
    private static boolean afterPatronymic(List<Segmenter.Token> tokens, int k) {
        return k >= 2 && SON_OF.contains(tokens.get(k - 2).normalized());
    }

    private boolean boundaryAt(List<Segmenter.Token> tokens, int k) {
        return k >= tokens.size() || !isWord(tokens.get(k)) || isStop(tokens.get(k));
    }

    /** Family names that are also common words («الصباح», the morning): only after two or more name words. */
    private static final Set<String> FAMILY_WORDS = Set.of("الصباح");

    /** Words that open what someone said, right after his name («قال X إن»). */
    private static final Set<String> SAYING = Set.of("ان", "انه", "انها", "ما"); // «نفى X Y ما تداولته …»

    /** Whether a token may be a word of a name here. */
    private boolean nameLike(String text, List<Segmenter.Token> tokens, int k, boolean first, Mode mode) {
        Segmenter.Token t = tokens.get(k);
        String norm = t.normalized();
        if (norm.length() < 2 || !allArabicLetters(norm) || isStop(t) || adjectives.contains(t.stem())
                || modifiers.contains(t.stem()) || verbs.contains(norm) || verbs.contains(withoutClitic(norm))
                || counterparts.contains(withoutClitic(norm)) || orgWords.contains(norm)) {
            return false;
        }
        if (norm.replace("ء", "").length() < 2) {
            return false;
        }
        if ((norm.startsWith("ال") || !t.stem().equals(norm)) && !hamzaOnAlef(t.text())) {
            if (first || mode == Mode.ORG) {
                return false;
            }
            String core = Segmenter.stripArticle(norm);
            boolean familyName = norm.endsWith("ي") && norm.length() >= 5
                    || norm.startsWith("ال") && core.length() >= 3 && (givenNames.contains(core) || romanizer.isKnownName(core)) // «الفايز», «الغانم»
                    || norm.startsWith("ال") && core.length() >= 3 && afterPatronymic(tokens, k) && boundaryAt(tokens, k + 1)
                    // «خالد بن عبدالعزيز الفالح،»: the family name after the father's
                    || (mode == Mode.TITLE || mode == Mode.ANNOUNCED) && core.length() >= 3 && k >= 2 && k + 1 < tokens.size()
                    && isComma(tokens.get(k + 1)) && !tokens.get(k - 1).normalized().startsWith("ال")
                    && !tokens.get(k - 2).normalized().startsWith("ال") && isWord(tokens.get(k - 2)) && knownName(tokens.get(k - 2))
                    // «وزير الدولة الإماراتي خليفة شاهين المرر،»: a third word with the article, closed by a comma
                    || norm.startsWith("ال") && core.length() >= 3 && k >= 1 && k + 1 < tokens.size()
                    && (SAYING.contains(tokens.get(k + 1).normalized()) || isComma(tokens.get(k + 1))
                    || mode == Mode.ANNOUNCED && looksLikeVerb(tokens.get(k + 1).normalized())) // «… نزار العلولا سيزور»
                    && !tokens.get(k - 1).normalized().startsWith("ال")
                    && isWord(tokens.get(k - 1)) && knownName(tokens.get(k - 1)) && (k < 2 || !isWord(tokens.get(k - 2))
                    || !knownName(tokens.get(k - 2)))
                    // «السفير محمد الكايد إن …», «نائب وزير الخارجية خالد الجارالله،»: a given name and a word with
                    // the article, then what he said or a comma
                    || !norm.startsWith("ال") && k >= 1 && !tokens.get(k - 1).normalized().startsWith("ال")
                    && isWord(tokens.get(k - 1)) && knownName(tokens.get(k - 1)) && (k + 1 >= tokens.size()
                    || !isWord(tokens.get(k + 1)) || SAYING.contains(tokens.get(k + 1).normalized()));
                    // «روبرت بالادينو إن», «مانويل فالس،»: a foreign family name that only looks like «بـ/و + ال»
            if (!familyName) {
                return false; // only family names in -ي or made of a given name keep their article («الكاظمي»)
            }
        }
        if (!first && norm.length() >= 5 && (norm.endsWith("ته") || norm.endsWith("تها") || norm.endsWith("تهم")
                || norm.endsWith("هما"))) {
            return false; // a noun with a pronoun after the name («استقالته», «زيارتها»)
        }
        if (looksLikeVerb(norm) && !(k + 1 < tokens.size() && isComma(tokens.get(k + 1)))) {
            return false; // but a word before a comma ends a name in apposition («باتريس تالون،»), no verb
        }
        if (!first && norm.length() >= 4 && "بلكوف".indexOf(norm.charAt(0)) >= 0 && stop.contains(norm.substring(1))
                && !romanizer.isKnownName(norm)) {
            return false; // a preposition or conjunction on a common word after the name («بقرار», «لتصريح»)
        }
        TokenTrie.Match<RoleLexicon.Title> title = titles.longestAt(text, tokens, k);
        TokenTrie.Match<Boolean> extraTitle = extraTitles.longestAt(text, tokens, k);
        if ((title != null || extraTitle != null) && !(Math.max(title == null ? 0 : title.endToken(),
                extraTitle == null ? 0 : extraTitle.endToken()) == k + 1 && k + 1 < tokens.size()
                && SON_OF.contains(tokens.get(k + 1).normalized()))) {
            return false; // a title (but «سلطان بن أحمد»: a one-word title before «بن» is a given name)
        }
        TokenTrie.Match<String> known = names.longestAt(text, tokens, k);
        if (known != null && known.endToken() - k == 1 && !norm.startsWith("ال") && known.values().stream().allMatch(id -> kb.get(id)
                .map(a -> !"PERSON".equals(a.type()) && !a.arabicNames().isEmpty()
                        && a.arabicNames().stream().allMatch(n -> ArabicText.fold(n.strip()).startsWith("ال"))).orElse(false))) {
            known = null; // «علي حسن خليل»: «خليل» is a name word, not «الخليل» (Hebron) without its article
        }
        if (known != null && first && known.endToken() - k == 1 && mode != Mode.ORG
                && known.values().stream().allMatch(id -> kb.get(id).map(a -> "PERSON".equals(a.type())).orElse(false))
                && givenNameBeforeUnknown(text, tokens, k)) {
            return true; // «إرنست مونيز»: a known one-word name that is the given name of someone the KB does not know
        }
        if (known != null && (first || known.endToken() - k > 1
                || !known.values().stream().allMatch(id -> kb.get(id).map(a -> "PERSON".equals(a.type())).orElse(false)))) {
            return false; // a name the knowledge base knows (but «عبدالله [العليمي]»: a known family name after a given name)
        }
        return true;
    }

    /** An imperfect verb after a name («يزور», «ستلتقي»), unless the word is a known name word. */
    private boolean looksLikeVerb(String norm) {
        int from = norm.startsWith("س") ? 1 : 0;
        if (norm.length() - from < 3 || norm.length() - from > 5) {
            return false;
        }
        char c = norm.charAt(from);
        if ((c != 'ي' && c != 'ت') || norm.startsWith("تش", from)) {
            return false;
        }
        return !romanizer.isKnownName(norm) && !givenNames.contains(norm);
    }

    private boolean isStop(Segmenter.Token t) {
        String norm = t.normalized();
        if (stop.contains(norm) || stop.contains(t.stem())) {
            return true;
        }
        if (norm.length() >= 4 && CLITICS.indexOf(norm.charAt(0)) >= 0) {
            String rest = norm.substring(1);
            if (stop.contains(rest) || stop.contains(Segmenter.stripArticle(rest))) {
                return true;
            }
        }
        return !stopRaw.isEmpty() && stopRaw.contains(stripMarks(t.text()));
    }

    private static String withoutClitic(String norm) {
        return norm.length() >= 4 && CLITICS.indexOf(norm.charAt(0)) >= 0 ? norm.substring(1) : norm;
    }

    private static boolean isWord(Segmenter.Token t) {
        return ArabicText.isWordChar(t.text().charAt(0));
    }

    private static boolean isComma(Segmenter.Token t) {
        return t.text().equals("،") || t.text().equals(",");
    }

    private static boolean allArabicLetters(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (!ArabicText.isArabicLetter(s.charAt(i))) {
                return false;
            }
        }
        return true;
    }
}
