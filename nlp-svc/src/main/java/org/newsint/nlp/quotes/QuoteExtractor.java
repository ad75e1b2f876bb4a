package org.newsint.nlp.quotes;

import org.newsint.nlp.pipeline.Analysis;
import org.newsint.nlp.pipeline.TokenIndex;
import org.newsint.text.ArabicText;
import org.newsint.text.Segment;
import org.newsint.text.Segmenter;
import org.newsint.text.Tsv;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.newsint.nlp.pipeline.TokenIndex.firstToken;

/**
 * Quotations and reported speech attributed to the actor who said them.
 *
 * <p>Direct quotations are the spans inside «…», “…”, ”…“, „…“ or "…" of at least {@value #MIN_WORDS} words
 * (shorter ones are quoted phrases such as "العدوان الروسي"). Reported speech is «قال X إن …» with no quotation
 * mark after the complementizer; it is kept with {@code indirect = true}, its text running to the end of the
 * sentence.
 *
 * <p>The speaker, looked for in the clause before the quotation (from the sentence start or the previous
 * quotation of the sentence), in this order:
 * <ol>
 *   <li>the subject of the last reporting verb: an actor right before it («بلينكن جدد»), else the first actor
 *       after it («وقال بلينكن، بحسب البيان، إن»); «وأضاف البيان» → the author of the last statement named;
 *       «وأضافت الوزارة» → the last organisation named; «وقال الوزير» → the last person named with that title;
 *       a verb with no subject («وأشار إلى أن») continues the previous speaker;</li>
 *   <li>with no verb: the author of a statement («جاء في بيان وزارة الخارجية الروسية», «بحسب بيان لـX»,
 *       «بحسب البيان» → the last statement's author);</li>
 *   <li>a participle or a continuation («مشددا على», «وأضاف») → the previous speaker.</li>
 * </ol>
 * A quotation nobody can be credited with is not reported. The words are data: {@code quotes/lexicon.tsv}.
 */
public final class QuoteExtractor {

    static final int MIN_WORDS = 4;
    /** Words that may stand between a subject and its verb: «غوتيريش قد حذر», «ميقاتي، الذي قال». */
    private static final java.util.Set<String> BEFORE_VERB = java.util.Set.of("قد", "لقد", "الذي", "التي", "الذين", "وقد");
    /**
     * Honorific pronouns and the titles of those they stand for: «وشدد جلالته» is the king last named, not the
     * minister named after him; with no such title in the story, the last person named.
     */
    private static final Map<String, java.util.Set<String>> HONORIFICS = Map.of(
            "جلالته", java.util.Set.of("الملك", "ملك", "العاهل", "جلاله"),
            "جلالتها", java.util.Set.of("الملكه", "ملكه", "جلاله"),
            "سيادته", java.util.Set.of("الرئيس", "رئيس"),
            "فخامته", java.util.Set.of("الرئيس", "رئيس", "فخامه"),
            "سموه", java.util.Set.of("الامير", "امير", "الشيخ", "ولي", "سمو"),
            "سموها", java.util.Set.of("الاميره", "الشيخه", "سمو"),
            "معاليه", java.util.Set.of("الوزير", "وزير", "معالي"),
            "دولته", java.util.Set.of("رئيس", "دوله"),
            "سعادته", java.util.Set.of("السفير", "سفير", "سعاده"));
    private static final java.util.Set<String> TITLE_HEADS = java.util.Set.of("رئيس", "الرئيس", "وزير", "الوزير", "امين", "الامين",
            "ملك", "الملك", "امير", "الامير", "زعيم", "الزعيم", "مستشار", "المستشار", "العاهل", "ولي", "نائب", "رئيسه", "وزيره",
            "متحدث", "المتحدث", "مساعد", "مبعوث", "المبعوث", "سفير", "السفير");
    private static final java.util.Set<String> REPORTED_FROM = java.util.Set.of("عن");
    /** «نقلت وكالة X عن Y»: the one quoted is after «عن». */
    private static final java.util.Set<String> RELAYING = java.util.Set.of("نقل", "نقلت", "ينقل", "تنقل", "اورد", "اوردت");

    private static String stripConjunction(String w) {
        return w.length() > 3 && (w.charAt(0) == 'و' || w.charAt(0) == 'ف') ? w.substring(1) : w;
    }
    private static final int SUBJECT_WINDOW = 20;

    enum Kind { VERB, PARTICIPLE, CONTINUATION, STATEMENT, SOURCE, COMPLEMENTIZER, ANAPHOR, UNNAMED }

    /** The speaker of an unnamed source: nobody is credited, and what follows does not inherit a speaker. */
    private static final String NOBODY = "";

    private final Map<String, Map<Kind, String>> lexicon = new HashMap<>();

    public QuoteExtractor() {
        for (Tsv.Row row : Tsv.resource(QuoteExtractor.class, "quotes/lexicon.tsv", 2)) {
            Kind kind;
            try {
                kind = Kind.valueOf(row.field(0).toUpperCase());
            } catch (IllegalArgumentException e) {
                throw row.error("unknown kind '" + row.field(0) + "'");
            }
            lexicon.computeIfAbsent(ArabicText.fold(row.field(1)), k -> new EnumMap<>(Kind.class)).put(kind, row.field(2));
        }
    }

    /** An actor's mention: character span, token span, type. */
    private record Actor(String id, Analysis.EntityType type, int start, int end, int first, int endToken, String surface) {
    }

    /** A place where something is quoted: a direct quotation [open, close) or reported speech after a complementizer. */
    private record Site(int open, int close, boolean indirect, int clauseStart, int anchorToken) {
    }

    public List<Analysis.Quote> extract(String text, List<Segment> paragraphs, List<Analysis.Sentence> sentences,
                                        List<Segmenter.Token> tokens, List<Analysis.EntityMentions> entities) {
        List<Actor> actors = actors(tokens, entities);
        boolean[] quoted = new boolean[tokens.size()];
        List<Site> sites = new ArrayList<>();
        for (Segment p : paragraphs) {
            for (int[] q : quotedSpans(text, p.start(), p.end())) {
                markQuoted(tokens, quoted, q[0], q[1]);
                String inner = text.substring(q[0] + 1, q[1] - 1).strip();
                if (inner.split("\\s+").length >= MIN_WORDS) {
                    sites.add(new Site(q[0], q[1], false, -1, firstToken(tokens, q[0])));
                }
            }
        }
        sites.addAll(reported(text, sentences, tokens, quoted));
        sites.sort(Comparator.comparingInt(Site::open));
        List<int[]> statements = statements(tokens, actors);
        List<Analysis.Quote> out = new ArrayList<>();
        String lastSpeaker = null;
        int previousEnd = -1;
        for (Site site : sites) {
            int sentenceStart = sentenceStart(sentences, site.open());
            int clause = previousEnd <= site.open() ? Math.max(sentenceStart, previousEnd) : sentenceStart;
            int from = firstToken(tokens, clause);
            int to = site.indirect() ? site.anchorToken() : firstToken(tokens, site.open());
            String subject = subjectOf(tokens, quoted, actors, firstToken(tokens, sentenceStart), to);
            String speaker = speaker(tokens, quoted, actors, statements, from, to, lastSpeaker, subject);
            if (NOBODY.equals(speaker)) {
                lastSpeaker = null;
            } else if (speaker != null) {
                lastSpeaker = speaker;
                int start = site.indirect() ? site.open() : site.open() + 1;
                int end = site.indirect() ? site.close() : site.close() - 1;
                String body = text.substring(start, end).strip();
                out.add(new Analysis.Quote(speaker, body, start, end, site.indirect()));
            }
            if (site.close() > previousEnd) {
                previousEnd = site.close();
            }
        }
        return out;
    }

    /** «قال X إن …» with no quotation mark after إن: reported speech to the end of the sentence. */
    private List<Site> reported(String text, List<Analysis.Sentence> sentences, List<Segmenter.Token> tokens, boolean[] quoted) {
        List<Site> out = new ArrayList<>();
        for (Analysis.Sentence s : sentences) {
            int a = firstToken(tokens, s.segment().start());
            int b = a;
            while (b < tokens.size() && tokens.get(b).end() <= s.segment().end()) {
                b++;
            }
            for (int i = a; i < b; i++) {
                if (quoted[i] || !is(tokens.get(i), Kind.VERB)) {
                    continue;
                }
                for (int j = i + 1; j < Math.min(b, i + SUBJECT_WINDOW); j++) {
                    if (quoted[j] || isMark(tokens.get(j))) {
                        break;
                    }
                    if (is(tokens.get(j), Kind.COMPLEMENTIZER)) {
                        int k = j + 1;
                        while (k < b && isPunct(tokens.get(k)) && !isMark(tokens.get(k))) {
                            k++;
                        }
                        // a quotation opening at once (or one word later) makes it direct speech
                        boolean direct = k < b && (quoted[k] || isMark(tokens.get(k))) || k + 1 < b && quoted[k + 1];
                        if (!direct && b - k >= MIN_WORDS) {
                            int close = trimEnd(text, tokens.get(k).start(), tokens.get(b - 1).end());
                            out.add(new Site(tokens.get(k).start(), close, true, s.segment().start(), j));
                        }
                        i = j;
                        break;
                    }
                }
            }
        }
        return out;
    }

    /** Who said what is quoted after tokens [from, to). */
    private String speaker(List<Segmenter.Token> tokens, boolean[] quoted, List<Actor> actors, List<int[]> statements,
                           int from, int to, String lastSpeaker, String sentenceSubject) {
        int verb = -1;
        boolean participle = false;
        boolean continuation = false;
        int source = -1;
        for (int i = from; i < to; i++) {
            if (quoted[i]) {
                continue;
            }
            Segmenter.Token tok = tokens.get(i);
            if (is(tok, Kind.VERB)) {
                verb = i;
                continuation = is(tok, Kind.CONTINUATION);
            } else if (is(tok, Kind.PARTICIPLE)) {
                participle = true;
            } else if (is(tok, Kind.SOURCE) && source < 0) {
                source = i;
            }
        }
        if (verb >= 0) {
            // the actor right before the verb («بلينكن جدد», «غوتيريش قد حذر», «ميقاتي، الذي قال»)
            int before = verb;
            boolean relative = false;
            while (before > from && (BEFORE_VERB.contains(tokens.get(before - 1).normalized()) || isPunct(tokens.get(before - 1))
                    && !isMark(tokens.get(before - 1)))) {
                relative |= BEFORE_VERB.contains(tokens.get(before - 1).normalized());
                before--;
            }
            if (!relative) {
                before = verb; // «حول التنسيق مع واشنطن، قالت ماو نينغ»: a comma alone does not make the subject
            }
            for (Actor a : actors) {
                if ((a.endToken() == verb || a.endToken() == before) && a.first() >= from && speaks(a)) {
                    return a.id();
                }
            }
            // «وشدد جلالته», «وأكد سيادته»: an honorific stands for the last person named
            if (verb + 1 < to && HONORIFICS.containsKey(tokens.get(verb + 1).normalized())) {
                String last = honoured(tokens, actors, HONORIFICS.get(tokens.get(verb + 1).normalized()), tokens.get(verb).start());
                if (last != null) {
                    return last;
                }
            }
            // or the first after it, up to what is said; a person after an organisation named in their title
            // («الأمين العام للأمم المتحدة أنطونيو غوتيريس») is the speaker; «نقلت X عن Y» → Y
            int end = to;
            for (int k = verb + 1; k < to; k++) {
                if (!quoted[k] && is(tokens.get(k), Kind.COMPLEMENTIZER)) {
                    end = k;
                    break;
                }
            }
            int reportedFrom = -1;
            boolean relays = RELAYING.contains(stripConjunction(tokens.get(verb).normalized()));
            for (int k = verb + 1; k < end && reportedFrom < 0 && relays; k++) {
                if (REPORTED_FROM.contains(tokens.get(k).normalized())) {
                    reportedFrom = k;
                }
            }
            int head = verb + 1;
            while (head < end && isPunct(tokens.get(head))) {
                head++;
            }
            boolean unnamed = head < end && is(tokens.get(head), Kind.UNNAMED);
            Actor subject = null;
            Actor last = null;
            for (Actor a : actors) {
                if (unnamed && a.type() != Analysis.EntityType.PERSON) {
                    continue; // «مسؤول في الإدارة الأمريكية»: the administration is not the one speaking
                }
                if (a.first() <= verb || a.first() >= end || !speaks(a) || afterSource(tokens, quoted, verb, a.first())) {
                    continue;
                }
                if (reportedFrom >= 0 && a.first() < reportedFrom) {
                    continue;
                }
                if (subject == null) {
                    subject = a;
                    last = a;
                    continue;
                }
                // a person named after an organisation or an office in their title is the speaker: «الأمين العام
                // للأمم المتحدة أنطونيو غوتيريس», «مساعد الرئيس الروسي للشؤون الدولية، يوري أوشاكوف», «المبعوث
                // الخاص للأمين العام للأمم المتحدة إلى اليمن إسماعيل ولد الشيخ أحمد» (places and bodies in between)
                boolean titled = subject.type() == Analysis.EntityType.PERSON && startsWithTitle(subject);
                if (subject.type() != Analysis.EntityType.PERSON || titled) {
                    int gap = a.first() - last.endToken();
                    if (a.type() == Analysis.EntityType.PERSON && !(titled && startsWithTitle(a)) && gap <= (titled ? 5 : 2)) {
                        subject = a;
                        break;
                    }
                    if (a.type() != Analysis.EntityType.PERSON && gap <= 3) {
                        last = a;
                        continue;
                    }
                }
                break;
            }
            if (subject != null) {
                return subject.id();
            }
            if (unnamed) {
                return NOBODY;
            }
            int j = verb + 1;
            while (j < to && isPunct(tokens.get(j))) {
                j++;
            }
            if (j < to && is(tokens.get(j), Kind.STATEMENT)) {
                return statementBefore(statements, actors, tokens.get(verb).start());
            }
            if (j < to && is(tokens.get(j), Kind.ANAPHOR)) {
                return anaphor(tokens.get(j), actors, tokens.get(verb).start());
            }
            return lastSpeaker; // «وأشار إلى أن …»: no subject of its own
        }
        if (source >= 0) {
            // «جاء في بيان وزارة الخارجية», «بحسب بيان لـX», «وفق X», «بحسب البيان»
            for (Actor a : actors) {
                if (a.first() > source && a.first() <= source + 4 && a.first() < to && speaks(a)) {
                    return a.id();
                }
            }
            for (int i = source + 1; i < Math.min(to, source + 4); i++) {
                if (is(tokens.get(i), Kind.STATEMENT)) {
                    // «بحسب البيان»: the last statement's author; «جاء في بيان صادر عن جامعة الدول العربية»: this one's
                    return statementBefore(statements, actors, tokens.get(i).end());
                }
            }
        }
        if (participle && sentenceSubject != null) {
            return sentenceSubject; // «وتتهم واشنطن موسكو …، مؤكدة أن "…"»
        }
        if (participle || continuation || continues(tokens, from, to)) {
            return lastSpeaker;
        }
        return null;
    }

    /** The first actor of a sentence outside quotations, before token {@code to}: who the sentence is about. */
    private static String subjectOf(List<Segmenter.Token> tokens, boolean[] quoted, List<Actor> actors, int from, int to) {
        for (Actor a : actors) {
            if (a.first() >= from && a.first() < to && !quoted[a.first()] && speaks(a)) {
                return a.id();
            }
        }
        return null;
    }

    /** Whether token k follows «بحسب/وفق» since the verb: the actor named there is the source, not the subject. */
    private boolean afterSource(List<Segmenter.Token> tokens, boolean[] quoted, int verb, int k) {
        for (int i = verb + 1; i < k; i++) {
            if (!quoted[i] && is(tokens.get(i), Kind.SOURCE)) {
                return true;
            }
        }
        return false;
    }

    private boolean continues(List<Segmenter.Token> tokens, int from, int to) {
        for (int i = from; i < to; i++) {
            if (is(tokens.get(i), Kind.CONTINUATION) || is(tokens.get(i), Kind.PARTICIPLE)) {
                return true;
            }
        }
        return false;
    }

    /** The statements of the story and their authors: [token position, index of the author in actors]. */
    private List<int[]> statements(List<Segmenter.Token> tokens, List<Actor> actors) {
        List<int[]> out = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            if (!is(tokens.get(i), Kind.STATEMENT)) {
                continue;
            }
            Actor author = null;
            for (Actor a : actors) {
                // «بيان وزارة الخارجية», «بيان لوزارة الخارجية», «بيانٍ صادر عن الاتحاد الأوروبي»
                if (a.first() > i && a.first() <= i + 3 && a.type() == Analysis.EntityType.ORG) {
                    author = a;
                    break;
                }
            }
            if (author == null) {
                // «قالت وزارة الدفاع الأميركية، في بيانٍ»: the organisation the clause is about
                for (Actor a : actors) {
                    if (a.endToken() <= i && a.endToken() >= i - 6 && a.type() == Analysis.EntityType.ORG) {
                        author = a;
                    }
                }
            }
            if (author != null) {
                out.add(new int[] {tokens.get(i).start(), actors.indexOf(author)});
            }
        }
        return out;
    }

    /** The author of the last statement named before offset {@code at} (the pipeline is shared: no state kept). */
    private static String statementBefore(List<int[]> statements, List<Actor> actors, int at) {
        String id = null;
        for (int[] s : statements) {
            if (s[0] < at) {
                id = actors.get(s[1]).id();
            }
        }
        return id;
    }

    /** The last person named before {@code at} whose mention or the words just before it carry one of the titles. */
    private static String honoured(List<Segmenter.Token> tokens, List<Actor> actors, java.util.Set<String> titles, int at) {
        String titled = null;
        String last = null;
        for (Actor a : actors) {
            if (a.end() > at || a.type() != Analysis.EntityType.PERSON) {
                continue;
            }
            last = a.id();
            for (int k = Math.max(0, a.first() - 6); k < a.endToken(); k++) {
                String w = tokens.get(k).normalized();
                if (titles.contains(w) || titles.contains(stripConjunction(w))) {
                    titled = a.id();
                    break;
                }
            }
        }
        return titled != null ? titled : last;
    }

    /** «الوزارة» → the last organisation named; «الوزير» → the last person named with that title. */
    private String anaphor(Segmenter.Token tok, List<Actor> actors, int at) {
        String kind = kind(tok, Kind.ANAPHOR);
        String stem = Segmenter.stripArticle(tok.normalized());
        String id = null;
        for (Actor a : actors) {
            if (a.end() > at) {
                break;
            }
            if ("ORG".equals(kind) && a.type() == Analysis.EntityType.ORG) {
                id = a.id();
            } else if ("PERSON".equals(kind) && a.type() == Analysis.EntityType.PERSON && a.surface().contains(stem)) {
                id = a.id();
            }
        }
        return id;
    }

    /** A mention that is a role title resolved to its holder («الرئيس الروسي»), not a name. */
    private static boolean startsWithTitle(Actor a) {
        String first = a.surface().split(" ", 2)[0];
        if (first.startsWith("لل") && first.length() > 3) {
            first = "ال" + first.substring(2); // «للأمين العام»
        }
        return TITLE_HEADS.contains(Segmenter.stripArticle(first)) || TITLE_HEADS.contains(first);
    }

    private static boolean speaks(Actor a) {
        return a.type() != Analysis.EntityType.MISC;
    }

    private boolean is(Segmenter.Token tok, Kind kind) {
        return kind(tok, kind) != null;
    }

    private String kind(Segmenter.Token tok, Kind kind) {
        String w = tok.normalized();
        Map<Kind, String> kinds = lexicon.get(w);
        if ((kinds == null || !kinds.containsKey(kind)) && w.length() > 3 && (w.charAt(0) == 'و' || w.charAt(0) == 'ف')) {
            kinds = lexicon.get(w.substring(1));
        }
        return kinds == null ? null : kinds.get(kind);
    }

    private static boolean isPunct(Segmenter.Token tok) {
        return !Character.isLetterOrDigit(tok.text().charAt(0));
    }

    private static boolean isMark(Segmenter.Token tok) {
        return "«»“”„\"".indexOf(tok.text().charAt(0)) >= 0;
    }

    private static int trimEnd(String text, int start, int end) {
        while (end > start && ".،,؛:!؟? ".indexOf(text.charAt(end - 1)) >= 0) {
            end--;
        }
        return end;
    }

    private static void markQuoted(List<Segmenter.Token> tokens, boolean[] quoted, int open, int close) {
        for (int i = firstToken(tokens, open); i < tokens.size() && tokens.get(i).start() < close; i++) {
            quoted[i] = true;
        }
    }

    private static List<Actor> actors(List<Segmenter.Token> tokens, List<Analysis.EntityMentions> entities) {
        List<Actor> out = new ArrayList<>();
        for (Analysis.EntityMentions em : entities) {
            for (Analysis.Mention m : em.mentions()) {
                int first = firstToken(tokens, m.start());
                int end = TokenIndex.endToken(tokens, first, m.end());
                out.add(new Actor(em.entity().id(), em.entity().type(), m.start(), m.end(), first, end, ArabicText.fold(m.text())));
            }
        }
        out.sort(Comparator.comparingInt(Actor::start));
        return out;
    }


    /** Paired quotation marks in [from, to): [open, close + 1). */
    static List<int[]> quotedSpans(String text, int from, int to) {
        List<int[]> out = new ArrayList<>();
        int open = -1;
        char closing = 0;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (open < 0) {
                closing = switch (c) {
                    case '«' -> '»';
                    case '“' -> '”';
                    case '”' -> '“'; // some sites print the marks mirrored: ”…“
                    case '"' -> '"';
                    case '„' -> '“';
                    default -> 0;
                };
                if (closing != 0) {
                    open = i;
                }
            } else if (c == closing || (closing == '“' && c == '”' && text.charAt(open) == '„')) {
                out.add(new int[] {open, i + 1});
                open = -1;
            }
        }
        return out;
    }

    private static int sentenceStart(List<Analysis.Sentence> sentences, int at) {
        int start = 0;
        for (Analysis.Sentence s : sentences) {
            if (s.segment().start() <= at) {
                start = s.segment().start();
            } else {
                break;
            }
        }
        return start;
    }
}
