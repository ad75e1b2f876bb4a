package org.newsint.nlp.quotes;

import org.newsint.nlp.kb.EntityLinker;
import org.newsint.nlp.kb.KnowledgeBase;
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
import java.util.Set;
import java.util.stream.IntStream;

import static org.newsint.nlp.pipeline.TokenIndex.firstToken;

/**
 * Quotations and reported speech attributed to the actor who said them.
 *
 * <p>Direct quotations are the spans inside «…», “…”, ”…“, „…“ or "…" of at least {@value #MIN_WORDS} words
 * (shorter ones are quoted phrases such as "العدوان الروسي"). Reported speech is «قال X إن …» with no quotation
 * mark after the complementizer, or a frame of the lexicon that needs none («أعرب X عن …», «شدد على …», «دعا X
 * إلى …»); it is kept with {@code indirect = true}, its text running to the end of the clause (a participle such as
 * «مؤكدا» or a new «، وقال» starts another quote) and at least {@value #MIN_INDIRECT_WORDS} words long. A reported
 * clause that holds a quotation of four words or more counts once, as the direct quotation.
 *
 * <p>The speaker, looked for in the clause before the quotation (from the sentence start or the previous
 * quotation of the sentence), in this order:
 * <ol>
 *   <li>the subject of the last reporting verb: an actor right before it («بلينكن جدد»), else the first actor
 *       after it («وقال بلينكن، بحسب البيان، إن»); «وأضاف البيان» → the author of the last statement named;
 *       «وأضافت الوزارة» → the last organisation named; «وقال الوزير» → the last person named with that title;
 *       a verb with no subject («وأشار إلى أن») goes to the sentence's subject, else continues the previous
 *       speaker (not across «من جانبه»); an honorific («وأكد جلالته») is the person named with that title; the
 *       principal named inside an aide's title does not speak, the aide named after him does; «قال X إنه أبلغ Y
 *       بأن» is X's;</li>
 *   <li>with no verb: the author of a statement («جاء في بيان وزارة الخارجية الروسية», «بحسب بيان لـX»,
 *       «بحسب البيان» → the last statement's author; «بحسب المتحدث» → the one last named with that title);</li>
 *   <li>a relayed statement («نقلت وكالة X عن Y قوله») → Y, or the holder of the office named after «عن», never the
 *       agency;</li>
 *   <li>a participle or a continuation («مشددا على», «وأضاف») → the previous speaker.</li>
 * </ol>
 * A quotation nobody can be credited with is not reported. The words are data: {@code quotes/lexicon.tsv}.
 */
public final class QuoteExtractor {

    static final int MIN_WORDS = 4;

    /** Indirect speech after its complementizer: «أكد أن بلاده مستعدة للوساطة» is a statement of three words. */
    static final int MIN_INDIRECT_WORDS = 3;
    /** Words that may stand between a subject and its verb: «غوتيريش قد حذر», «ميقاتي، الذي قال», «رجي، الذي كان قد اعتبر». */
    private static final java.util.Set<String> BEFORE_VERB = java.util.Set.of("قد", "لقد", "الذي", "التي", "الذين", "وقد",
            "كان", "كانت");
    private static final java.util.Set<String> TITLE_HEADS = java.util.Set.of("رئيس", "الرئيس", "وزير", "الوزير", "امين", "الامين",
            "ملك", "الملك", "امير", "الامير", "زعيم", "الزعيم", "مستشار", "المستشار", "العاهل", "ولي", "نائب", "رئيسه", "وزيره",
            "متحدث", "المتحدث", "مساعد", "مبعوث", "المبعوث", "سفير", "السفير");
    /** Offices that name a subject without its name («وصرح وزير الخارجية», «وأشار الناطق الرسمي»). */
    private static final java.util.Set<String> OFFICES = java.util.stream.Stream.concat(TITLE_HEADS.stream(), java.util.stream.Stream.of(
            "الناطق", "ناطق", "المتحدثه", "الناطقه", "المستشاره", "مدير", "المدير", "قائد", "القائد", "السلطان", "المرشد", "الممثل",
            "المندوب", "مندوب", "ممثل")).collect(java.util.stream.Collectors.toUnmodifiableSet());
    private static final java.util.Set<String> REPORTED_FROM = java.util.Set.of("عن");
    /** «نقلت وكالة X عن Y»: the one quoted is after «عن». */
    private static final java.util.Set<String> RELAYING = java.util.Set.of("نقل", "نقلت", "ينقل", "تنقل", "اورد", "اوردت");

    private static String stripConjunction(String w) {
        return org.newsint.text.ArabicText.stripConjunction(w);
    }
    private static final int SUBJECT_WINDOW = 20;

    enum Kind { VERB, PARTICIPLE, CONTINUATION, STATEMENT, SOURCE, COMPLEMENTIZER, ANAPHOR, UNNAMED, FRAME, CONTENT, HONORIFIC,
        CLAUSE, PREPOSITION, SHIFT, ADVERB }

    /** The speaker of an unnamed source: nobody is credited, and what follows does not inherit a speaker. */
    private static final String NOBODY = "";

    private final Map<String, Map<Kind, String>> lexicon = new HashMap<>();
    private final KnowledgeBase kb;

    /** @param kb who holds which office, to tell a principal named in an aide's title from the aide himself */
    public QuoteExtractor(KnowledgeBase kb) {
        this.kb = kb;
        for (Tsv.Row row : Tsv.resource(QuoteExtractor.class, "quotes/lexicon.tsv", 2)) {
            Kind kind;
            try {
                kind = Kind.valueOf(row.field(0).toUpperCase());
            } catch (IllegalArgumentException e) {
                throw row.error("unknown kind '" + row.field(0) + "'");
            }
            String value = row.field(2);
            if (kind == Kind.FRAME) {
                // the prepositions are matched folded, like the words: «إلى» → «الي»
                StringBuilder folded = new StringBuilder();
                for (String f : value.split("\\s+")) {
                    boolean object = f.endsWith("+");
                    String p = object ? f.substring(0, f.length() - 1) : f;
                    folded.append(folded.length() > 0 ? " " : "").append(p.equals("content") ? p : ArabicText.fold(p)).append(object ? "+" : "");
                }
                value = folded.toString();
            }
            lexicon.computeIfAbsent(ArabicText.fold(row.field(1)), k -> new EnumMap<>(Kind.class)).put(kind, value);
        }
    }

    /** An actor's mention: character span, token span, type. */
    private record Actor(String id, Analysis.EntityType type, int start, int end, int first, int endToken, String surface,
                         boolean governed) {
    }

    /** A place where something is quoted: a direct quotation [open, close) or reported speech after a complementizer. */
    private record Site(int open, int close, boolean indirect, int clauseStart, int anchorToken, int attribution, int clauseEnd) {
        Site(int open, int close, boolean indirect, int clauseStart, int anchorToken) {
            this(open, close, indirect, clauseStart, anchorToken, -1, close);
        }
    }

    public List<Analysis.Quote> extract(String text, List<Segment> paragraphs, List<Analysis.Sentence> sentences,
                                        List<Segmenter.Token> tokens, List<Analysis.EntityMentions> entities) {
        List<Actor> actors = actors(text, tokens, entities);
        boolean[] quoted = new boolean[tokens.size()];
        List<Site> sites = new ArrayList<>();
        List<int[]> spans = new ArrayList<>();
        for (Segment p : paragraphs) {
            for (int[] q : quotedSpans(text, p.start(), p.end())) {
                markQuoted(tokens, quoted, q[0], q[1]);
                String inner = text.substring(q[0] + 1, q[1] - 1).strip();
                int words = inner.split("\\s+").length;
                if (words >= MIN_WORDS || words >= 2 && afterComplementizer(text, q[0]) && endsTheClause(text, q[1])) {
                    // «وأضاف أن "مصر ستواصل جهودها".»: a short quotation right after «أن» or «:» that ends the clause is
                    // what was said (not «أن "إعلان أنقرة" يمثل خطوة»: a quoted name the clause goes on about)
                    sites.add(new Site(q[0], q[1], false, -1, firstToken(tokens, q[0])));
                    spans.add(q);
                }
            }
        }
        sites.addAll(reported(text, sentences, tokens, quoted, spans, actors));
        sites.sort(Comparator.comparingInt(Site::open));
        List<int[]> statements = statements(tokens, quoted, actors);
        List<Analysis.Quote> out = new ArrayList<>();
        String lastSpeaker = null;
        int lastSentence = -1;
        int previousEnd = -1;
        for (Site site : sites) {
            int sentenceStart = sentenceStart(sentences, site.open());
            String speaker;
            if (site.attribution() >= 0) {
                // «…، بحسب ما أعلنه X»: the one named after the attribution
                int end = firstToken(tokens, sentenceEnd(sentences, site.open()));
                speaker = speaker(tokens, quoted, actors, statements, site.attribution(), site.attribution(), end, null, null, false);
            } else {
                int clause = previousEnd <= site.open() ? Math.max(sentenceStart, previousEnd) : sentenceStart;
                int from = firstToken(tokens, clause);
                int to = site.indirect() ? site.anchorToken() : firstToken(tokens, site.open());
                String inherited = lastSentence == sentenceStart ? lastSpeaker : null;
                String subject = inherited != null ? inherited : subjectOf(text, tokens, quoted, actors, firstToken(tokens, sentenceStart), to);
                speaker = speaker(tokens, quoted, actors, statements, firstToken(tokens, sentenceStart), from, to, lastSpeaker, subject, true);
                if (speaker == null && !site.indirect() && onlyMarks(tokens, from, to)) {
                    speaker = namedAfter(tokens, quoted, actors, statements, site, firstToken(tokens, sentenceEnd(sentences, site.open())));
                }
            }
            if (NOBODY.equals(speaker)) {
                lastSpeaker = null;
                lastSentence = sentenceStart;
            } else if (speaker != null) {
                lastSpeaker = speaker;
                lastSentence = sentenceStart;
                // «وتتهم الولايات المتحدة … مؤكدة أن "…"», «أعلنت روسيا …»: a country or a city said it, no one named did;
                // that is a position, not a quote (its continuation «وأضافت» stays with it)
                if (!isPlace(actors, speaker)) {
                    int start = site.indirect() ? site.open() : site.open() + 1;
                    int end = site.indirect() ? site.close() : site.close() - 1;
                    String body = text.substring(start, end).strip();
                    out.add(new Analysis.Quote(speaker, body, start, end, site.indirect()));
                }
            }
            if (site.clauseEnd() > previousEnd) {
                previousEnd = site.clauseEnd();
            }
        }
        return out;
    }

    /**
     * Reported speech without quotation marks: «قال X إن …», «أعرب X عن …», «شدد على …», «دعا X إلى …», «أكد X حرص …»,
     * a participle continuing it («مؤكدا أن …», «محذرا من …»), each running to the next such clause or the end of the
     * sentence; and «…، بحسب ما أعلن X» (the sentence before the attribution). A clause that holds a quotation of
     * its own is direct speech, not reported.
     */
    private List<Site> reported(String text, List<Analysis.Sentence> sentences, List<Segmenter.Token> tokens, boolean[] quoted,
                                List<int[]> spans, List<Actor> actors) {
        List<Site> out = new ArrayList<>();
        for (Analysis.Sentence s : sentences) {
            int a = firstToken(tokens, s.segment().start());
            int b = a;
            while (b < tokens.size() && tokens.get(b).end() <= s.segment().end()) {
                b++;
            }
            boolean triggered = false;
            for (int i = a; i < b; i++) {
                if (quoted[i]) {
                    continue;
                }
                Segmenter.Token tok = tokens.get(i);
                int attributed = triggered || i <= a + MIN_WORDS ? -1 : attribution(tokens, quoted, i, b);
                if (attributed >= 0 && !anyQuoted(quoted, a, i)) {
                    // «ومن المقرر أن …، وفق ما أعلنته الخارجية»
                    int close = trimEnd(text, tokens.get(a).start(), tokens.get(i - 1).end());
                    out.add(new Site(tokens.get(a).start(), close, true, s.segment().start(), i, attributed,
                            tokens.get(b - 1).end()));
                    break;
                }
                boolean verb = is(tok, Kind.VERB);
                if (!verb && !is(tok, Kind.PARTICIPLE)) {
                    continue;
                }
                triggered = true;
                String frames = frames(tok);
                int start = -1;
                int anchor = -1;
                for (int j = i + 1; j < Math.min(b, i + SUBJECT_WINDOW); j++) {
                    Segmenter.Token t = tokens.get(j);
                    if (quoted[j] || isMark(t) || opensClause(tokens, quoted, j, a)) {
                        break;
                    }
                    if (is(t, Kind.COMPLEMENTIZER)) {
                        // «نفى أن يكون X قد التقى Y»: what is denied is the whole «أن يكون …» clause
                        start = DENIALS.contains(tok.normalized()) && j + 1 < b && BEING.contains(tokens.get(j + 1).normalized()) ? j : j + 1;
                        anchor = j;
                        break;
                    }
                    int frame = frameAt(tokens, frames, i, j);
                    if (frame >= 0) {
                        if (j + 1 < b && is(tokens.get(j + 1), Kind.COMPLEMENTIZER)) {
                            continue; // «أشار إلى أن»: the complementizer opens it
                        }
                        start = frame;
                        anchor = j;
                        break;
                    }
                }
                if (start < 0) {
                    continue;
                }
                while (start < b && isPunct(tokens.get(start)) && !isMark(tokens.get(start))) {
                    start++;
                }
                for (Actor who : actors) {
                    if (verb && start == i + 1 && who.first() == start && who.endToken() <= anchor) {
                        // «دعا لافروف الأطراف إلى …»: the one who calls is not what is said (a participle has its
                        // subject before it: «داعيا الحكومة السعودية إلى …» names the one called on)
                        start = who.endToken();
                    }
                }
                int m = start;
                while (m < b && !(m > start && !quoted[m] && opensClause(tokens, quoted, m, a))) {
                    m++;
                }
                int last = m;
                while (last > start + 1 && (is(tokens.get(last - 1), Kind.CLAUSE) || isPunct(tokens.get(last - 1)))) {
                    last--; // «…، فيما أكد»
                }
                // a quotation opening at once (or one word later) makes it direct speech; a quoted name or phrase
                // does not («مضيفا أن "إعلان أنقرة" يمثل خطوة أولى»)
                boolean direct = start < b && inQuotation(spans, tokens.get(start))
                        || start + 1 < b && inQuotation(spans, tokens.get(start + 1));
                if (!direct && last - start >= MIN_INDIRECT_WORDS) {
                    int close = trimEnd(text, tokens.get(start).start(), tokens.get(last - 1).end());
                    int open = tokens.get(start).start();
                    boolean holdsQuotation = false;
                    for (int[] q : spans) {
                        holdsQuotation |= q[0] >= open && q[0] < close;
                    }
                    if (!holdsQuotation) {
                        out.add(new Site(open, close, true, s.segment().start(), anchor));
                    }
                }
                i = Math.max(i, m - 1);
            }
        }
        return out;
    }

    /** Verbs and participles of denying (folded), whose «أن يكون …» is the proposition denied. */
    private static final Set<String> DENIALS = Set.of("نفي", "نفت", "ينفي", "تنفي", "ونفي", "ونفت", "نافيا", "نافيه", "مفندا");
    /** «يكون», «تكون» right after the complementizer. */
    private static final Set<String> BEING = Set.of("يكون", "تكون");

    /** «أن», «إن», «بأن», «أنه» … (folded): words that open what was said, right before a quotation mark. */
    private static final Set<String> OPENERS = Set.of("ان", "بان", "وان", "انه", "انها", "بانه", "بانها");

    /** Whether only spaces stand between {@code after} and the text's end or a clause-ending mark. */
    private static boolean endsTheClause(String text, int after) {
        int k = after;
        while (k < text.length() && text.charAt(k) == ' ') {
            k++;
        }
        return k == text.length() || ".،,؛!؟\n".indexOf(text.charAt(k)) >= 0;
    }

    /** Whether the quotation mark at {@code mark} follows an opener ({@link #OPENERS}) or a colon. */
    private static boolean afterComplementizer(String text, int mark) {
        int k = mark - 1;
        while (k >= 0 && Character.isWhitespace(text.charAt(k))) {
            k--;
        }
        if (k >= 0 && text.charAt(k) == ':') {
            return true;
        }
        int end = k + 1;
        while (k >= 0 && !Character.isWhitespace(text.charAt(k))) {
            k--;
        }
        return end > k + 1 && OPENERS.contains(ArabicText.fold(text.substring(k + 1, end)));
    }

    /** Whether token j starts a new reported clause: a participle, or a reporting verb after a comma or a conjunction. */
    private boolean opensClause(List<Segmenter.Token> tokens, boolean[] quoted, int j, int sentenceStart) {
        Segmenter.Token t = tokens.get(j);
        if (quoted[j]) {
            return false;
        }
        if (is(t, Kind.PARTICIPLE)) {
            return true;
        }
        if (!is(t, Kind.VERB)) {
            return false;
        }
        String w = t.normalized();
        boolean conjoined = w.length() > 3 && (w.charAt(0) == 'و' || w.charAt(0) == 'ف') && !lexicon.containsKey(w);
        Segmenter.Token prev = j > sentenceStart ? tokens.get(j - 1) : null;
        return conjoined || prev != null && (isPunct(prev) && !isMark(prev) || is(prev, Kind.CLAUSE));
    }

    /** The reporting verb of «بحسب ما أعلن X», «وفق ما أعلنته X», «حسبما قال X» at token i, or -1. */
    private int attribution(List<Segmenter.Token> tokens, boolean[] quoted, int i, int end) {
        if (!is(tokens.get(i), Kind.SOURCE)) {
            return -1;
        }
        String w = tokens.get(i).normalized();
        int k = i + 1;
        if (!w.endsWith("ما")) {
            if (k >= end || !Set.of("ما", "لما").contains(tokens.get(k).normalized())) {
                return -1;
            }
            k++;
        }
        return k < end && !quoted[k] && is(tokens.get(k), Kind.VERB) ? k : -1;
    }

    /** Whether tokens [from, to) are punctuation only: nothing but marks between the clause's start and the quotation. */
    private static boolean onlyMarks(List<Segmenter.Token> tokens, int from, int to) {
        for (int i = from; i < to; i++) {
            if (!isPunct(tokens.get(i))) {
                return false;
            }
        }
        return true;
    }

    /**
     * «"لن نقبل بأي تسوية"، قال عباس», «"…"، بحسب بيان الخارجية»: a quotation that opens its sentence with no speaker
     * before it is credited by the reporting verb or the attribution right after its closing mark.
     */
    private String namedAfter(List<Segmenter.Token> tokens, boolean[] quoted, List<Actor> actors, List<int[]> statements,
                              Site site, int end) {
        int k = firstToken(tokens, site.close()); // the first token after the closing mark
        if (k < end && ",،".contains(tokens.get(k).text())) {
            k++;
        }
        if (k >= end || quoted[k] || !is(tokens.get(k), Kind.VERB) && !is(tokens.get(k), Kind.SOURCE)) {
            return null;
        }
        String who = speaker(tokens, quoted, actors, statements, k, k, end, null, null, false);
        return NOBODY.equals(who) ? null : who;
    }

    private static boolean anyQuoted(boolean[] quoted, int from, int to) {
        for (int i = from; i < to; i++) {
            if (quoted[i]) {
                return true;
            }
        }
        return false;
    }

    /** The frames of a reporting verb or participle («اعرب» → «عن»), "" when it has none. */
    private String frames(Segmenter.Token tok) {
        String f = kind(tok, Kind.FRAME);
        return f == null ? "" : f;
    }

    /**
     * Where the reported content starts if token j completes a frame of the verb at token i: after «عن» in «أعرب X عن
     * …», at the noun in «أكد X حرص …» (a CONTENT noun) or «أشاد X بالدعم» (a ب word), after the verb in «دعا X إلى …»
     * (the one called on is part of what is said); -1 otherwise.
     */
    private int frameAt(List<Segmenter.Token> tokens, String frames, int i, int j) {
        if (frames.isEmpty()) {
            return -1;
        }
        String w = tokens.get(j).normalized();
        for (String f : frames.split(" ")) {
            boolean object = f.endsWith("+");
            String p = object ? f.substring(0, f.length() - 1) : f;
            boolean hit = switch (p) {
                case "content" -> isContent(tokens.get(j));
                case "ب" -> w.startsWith("بال") && w.length() > 5;
                default -> w.equals(p);
            };
            if (hit) {
                return object ? i + 1 : (p.equals("content") || p.equals("ب") || p.equals("ما") ? j : j + 1);
            }
        }
        return -1;
    }

    /** Who said what is quoted after tokens [from, to). */
    private String speaker(List<Segmenter.Token> tokens, boolean[] quoted, List<Actor> actors, List<int[]> statements,
                           int sentenceFrom, int from, int to, String lastSpeaker, String sentenceSubject, boolean inherit) {
        int verb = -1;
        boolean participle = false;
        boolean continuation = false;
        int source = -1;
        List<Integer> verbs = new ArrayList<>();
        for (int i = from; i < to; i++) {
            if (quoted[i]) {
                continue;
            }
            Segmenter.Token tok = tokens.get(i);
            if (is(tok, Kind.VERB)) {
                verb = i;
                verbs.add(i);
                continuation = is(tok, Kind.CONTINUATION);
                participle = false;
            } else if (is(tok, Kind.PARTICIPLE)) {
                participle = true;
            } else if (is(tok, Kind.SOURCE) && source < 0) {
                source = i;
            }
        }
        // «أكد جلالته، بحسب بيان صادر عن الديوان الملكي، «…»», «وبحسب بيان صادر عن مكتب رئيس الحكومة، فإن ميقاتي أكد
        // "…"»: the words are the statement's, whoever it quotes (before the verb, only a statement with its own author)
        String stated = verb < 0 || source < 0 ? null : source > verb ? statementAfterSource(tokens, statements, actors, source, to, false)
                : statementAfterSource(tokens, statements, actors, source, verb, true);
        if (stated != null) {
            return stated;
        }
        if (verb >= 0 && !participle) {
            // «صرح المتحدث … بأن الوزير أكد "…"»: what the spokesman reports, he says
            for (int v : verbs) {
                if (v < verb && (nestedIn(tokens, quoted, v, verb) || heSaid(tokens, quoted, v, verb))) {
                    String outer = subjectOfVerb(tokens, quoted, actors, statements, from, v, to);
                    if (outer != null && !newsOutlet(outer)) {
                        return outer;
                    }
                    break; // «ذكرت واس أن ولي العهد شدد على "…"»: an agency relays the one it reports

                }
            }
            // «تلقى X اتصالا من Y، أعرب خلاله عن شكره لسموه»: thanks to «him», X, with no subject named after «خلاله», are
            // the caller's
            int afterDuring = verb + 2;
            String caller = afterDuring <= to && DURING_IT.contains(tokens.get(verb + 1).normalized())
                    && toTheReceiver(tokens, afterDuring, Math.min(tokens.size(), afterDuring + RECEIVER_REACH))
                    && actors.stream().noneMatch(a -> a.first() == afterDuring) ? callerBefore(tokens, actors, sentenceFrom, verb) : null;
            if (caller != null) {
                return caller;
            }
            String subject = subjectOfVerb(tokens, quoted, actors, statements, from, verb, to);
            if (subject != null) {
                return subject;
            }
            // «وأشار إلى أن …», «وقال:»: no subject of its own — the sentence's, else the previous speaker; after «من
            // جانبه» the one who speaks is someone else, not named in a way we know
            if (!inherit) {
                return null;
            }
            for (int k = from; k < verb; k++) {
                if (!quoted[k] && is(tokens.get(k), Kind.SHIFT)) {
                    return sentenceSubject != null ? sentenceSubject : NOBODY;
                }
            }
            // «رحبت الوزارة بالقرار، ووصفته بأنه "…"»: a verb joined to the sentence's first clause has its subject
            String w = tokens.get(verb).normalized();
            if (verb - sentenceFrom >= 4 && isPunct(tokens.get(verb - 1)) && w.length() > 3 && w.charAt(0) == 'و'
                    && !lexicon.containsKey(w)) {
                return sentenceSubject != null ? sentenceSubject : NOBODY;
            }
            return sentenceSubject != null ? sentenceSubject : lastSpeaker;
        }
        if (source >= 0) {
            // «جاء في بيان وزارة الخارجية», «بحسب بيان لـX», «وفق X», «بحسب البيان»
            for (Actor a : actors) {
                if (a.first() > source && a.first() <= source + 4 && a.first() < to && speaks(a) && !quoted[a.first()]) {
                    return a.id();
                }
            }
            for (int i = source + 1; i < Math.min(to, source + 4); i++) {
                if (is(tokens.get(i), Kind.STATEMENT)) {
                    // «بحسب البيان»: the last statement's author; «جاء في بيان صادر عن جامعة الدول العربية»: this one's
                    return statementBefore(statements, actors, tokens.get(i).end());
                }
            }
            int t = source + 1;
            if (t < to && !quoted[t] && OFFICES.contains(tokens.get(t).normalized())) {
                // «وبحسب المتحدث، فإن "…"»: the one last named with that title
                String holder = titled(tokens, actors, List.of(tokens.get(t).normalized()), tokens.get(source).start(), false);
                if (holder != null) {
                    return holder;
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

    /** «إنه», «أنها»: a complementizer whose pronoun is the subject of the verb after it. */
    private static final Set<String> HE_THAT = Set.of("انه", "انها", "بانه", "بانها", "وانه", "وانها");

    /**
     * «قال لافروف إنه أبلغ بلينكن بأن "…"»: the verb at {@code inner} right after «إنه» in the clause of the verb at
     * {@code outer} has that verb's subject; the one named after it is told, not telling.
     */
    private boolean heSaid(List<Segmenter.Token> tokens, boolean[] quoted, int outer, int inner) {
        return inner - 1 > outer && HE_THAT.contains(tokens.get(inner - 1).normalized()) && oneClause(tokens, quoted, outer + 1, inner - 1);
    }

    /** Whether tokens [from, to) stay in one clause: no quotation, clause break, complementizer, verb or participle. */
    private boolean oneClause(List<Segmenter.Token> tokens, boolean[] quoted, int from, int to) {
        for (int k = from; k < to; k++) {
            if (quoted[k] || is(tokens.get(k), Kind.CLAUSE) || is(tokens.get(k), Kind.COMPLEMENTIZER) || is(tokens.get(k), Kind.VERB)
                    || is(tokens.get(k), Kind.PARTICIPLE)) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether the verb at {@code inner} reports inside the clause of the verb at {@code outer}: «صرح المتحدث بأن الوزير
     * أكد», the complementizer of the outer verb followed by the inner one's subject and no comma or clause break.
     */
    private boolean nestedIn(List<Segmenter.Token> tokens, boolean[] quoted, int outer, int inner) {
        int c = inner - 1;
        while (c > outer && inner - c <= 7 && !is(tokens.get(c), Kind.COMPLEMENTIZER)) {
            if (quoted[c] || isPunct(tokens.get(c)) || is(tokens.get(c), Kind.CLAUSE)) {
                return false;
            }
            c--;
        }
        if (c <= outer || c == inner - 1 || !is(tokens.get(c), Kind.COMPLEMENTIZER)) {
            return false;
        }
        return oneClause(tokens, quoted, outer + 1, c);
    }

    /** The subject of the reporting verb at {@code verb}, looked for in [from, to); null when it has none. */
    private String subjectOfVerb(List<Segmenter.Token> tokens, boolean[] quoted, List<Actor> actors, List<int[]> statements,
                                 int from, int verb, int to) {
        // the actor right before it («بلينكن جدد», «غوتيريش قد حذر», «ميقاتي، الذي قال»)
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
            if ((a.endToken() == verb || a.endToken() == before) && a.first() >= from && speaks(a) && !quoted[a.first()]) {
                if (a.governed() || a.first() > from && is(tokens.get(a.first() - 1), Kind.PREPOSITION)) {
                    break; // «مصدر مقرب من غني قال»: an object, not the subject
                }
                return a.id();
            }
        }
        // «وكان ولي العهد قد قال»: an office before the verb, its holder last named
        if (relative) {
            for (int t = Math.max(from, before - 2); t < before; t++) {
                if (!quoted[t] && OFFICES.contains(stripConjunction(tokens.get(t).normalized()))) {
                    List<String> title = new ArrayList<>();
                    title.add(stripConjunction(tokens.get(t).normalized()));
                    if (t + 1 < before && tokens.get(t + 1).normalized().startsWith("ال")) {
                        title.add(tokens.get(t + 1).normalized());
                    }
                    String holder = titled(tokens, actors, title, tokens.get(t).start(), false);
                    if (holder != null) {
                        return holder;
                    }
                    break;
                }
            }
        }
        // «مصدر مقرب من غني قال»: an unnamed source before the verb
        for (int k = Math.max(from, verb - 4); k < verb; k++) {
            // the unnamed source is the subject: right before the verb, or before «قد/الذي» («وعقب لقاء الزعيمين، قال
            // ماكرون» is Macron's)
            if (!quoted[k] && is(tokens.get(k), Kind.UNNAMED) && subjectSlot(tokens, k, verb)) {
                return NOBODY;
            }
        }
        // «وشدد جلالته», «وأكد سيادته»: the linker made the honorific a mention of the person it stands for
        String honoured = honorificAt(tokens, actors, verb + 1, to);
        if (honoured != null) {
            return honoured;
        }
        // or the first after it, up to what is said; a person after an organisation named in their title
        // («الأمين العام للأمم المتحدة أنطونيو غوتيريس») is the speaker; «نقلت X عن Y» → Y
        int end = to;
        String frames = frames(tokens.get(verb));
        for (int k = verb + 1; k < to; k++) {
            if (!quoted[k] && (is(tokens.get(k), Kind.COMPLEMENTIZER) || frameAt(tokens, frames, verb, k) >= 0
                    && !frames.contains("+") || k > verb + 1 && opensClause(tokens, quoted, k, from))) {
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
        if (head + 1 < end && is(tokens.get(head), Kind.ADVERB) && is(tokens.get(head + 1), Kind.ANAPHOR)) {
            head++; // «أعرب خلاله الأخير عن …»
        }
        boolean unnamed = head < end && is(tokens.get(head), Kind.UNNAMED);
        // «وأكدت الوزارة», «ودعت الوزارة مجلس الأمن»: a ministry named by its common noun, not the body after it
        if (head < end && !quoted[head] && "ORG".equals(kind(tokens.get(head), Kind.ANAPHOR)) && !mentionAt(actors, head)) {
            String org = anaphor(tokens, head, actors, tokens.get(verb).start());
            return org != null ? org : NOBODY;
        }
        Actor subject = null;
        boolean aideNamed = false;
        Actor last = null;
        Actor receiver = null;
        for (Actor a : actors) {
            if (unnamed && a.type() != Analysis.EntityType.PERSON) {
                continue; // «مسؤول في الإدارة الأمريكية»: the administration is not the one speaking
            }
            if (a.first() <= verb || a.first() >= end || !speaks(a) || quoted[a.first()] || afterSource(tokens, quoted, verb, a.first())) {
                continue;
            }
            if (reportedFrom >= 0 && a.first() < reportedFrom) {
                continue;
            }
            if (RECEIVING.contains(tokens.get(a.first() - 1).normalized())
                    || receiver != null && receiver.id().equals(a.id()) && a.first() - receiver.endToken() <= 1) {
                receiver = a; // «بيان … تلقته وكالة الأنباء العراقية (واع)»: who received it
                continue;
            }
            if (subject == null) {
                if (a.governed() && a.type() != Analysis.EntityType.PERSON) {
                    continue; // «قال للجزيرة», «في تصريح لوكالة الأنباء»: who is told, not who tells
                }
                if (unnamed && reportedFrom < 0 && genitive(tokens, actors, a.first() - 1)) {
                    continue; // «قال مصدر مقرب من لافروف» (but «نقلت مصادر/وسائل إعلام عن ظريف قوله»: ظريف speaks)
                }
                if (frames.contains("+") && a.first() > verb + 1 && a.type() == Analysis.EntityType.LOC) {
                    continue; // «دعا خلاله أنقرة إلى …»: the one called on
                }
                subject = a;
                last = a;
                continue;
            }
            // a person named after an organisation or an office in their title is the speaker: «الأمين العام
            // للأمم المتحدة أنطونيو غوتيريس», «مساعد الرئيس الروسي للشؤون الدولية، يوري أوشاكوف», «المبعوث
            // الخاص للأمين العام للأمم المتحدة إلى اليمن إسماعيل ولد الشيخ أحمد» (places and bodies in between)
            boolean titled = subject.type() == Analysis.EntityType.PERSON && startsWithTitle(subject);
            if (subject.type() == Analysis.EntityType.PERSON && aideOf(tokens, verb, subject) && a.type() == Analysis.EntityType.PERSON
                    && !a.governed() && a.first() - last.endToken() <= 2
                    && IntStream.range(last.endToken(), a.first()).noneMatch(k -> isPunct(tokens.get(k))
                    || toTitle(tokens.get(k).normalized()))) { // «… هوكشتاين للرئيس اللبناني عون»: who is told
                // «المعاون السياسي لرئيس مجلس النواب نبيه بري النائب علي حسن خليل»: the principal named in an aide's
                // title is not the one speaking; the aide named after him is
                subject = a;
                aideNamed = true;
                break;
            }
            if (subject.type() != Analysis.EntityType.PERSON || titled) {
                int gap = a.first() - last.endToken();
                // «الناطق باسم وزارة الخارجية وشؤون المغتربين السفير محمد الكايد»: the rest of the body's name and an
                // honorific in between, no punctuation
                boolean unbroken = gap <= 4 && IntStream.range(last.endToken(), a.first()).noneMatch(k -> isPunct(tokens.get(k)));
                if (a.type() == Analysis.EntityType.PERSON && !(titled && startsWithTitle(a)) && (gap <= (titled ? 5 : 2) || unbroken)) {
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
            // «وقال المتحدث باسم الأمين العام للأمم المتحدة أنطونيو غوتيريش إن»: an aide we cannot name speaks, not the
            // principal named in his title
            return subject.type() == Analysis.EntityType.PERSON && !aideNamed && namedPrincipal(tokens, verb, subject)
                    ? NOBODY : subject.id();
        }
        if (reportedFrom >= 0) {
            // «نقلت وكالة X عن (سمو) الرئيس قوله»: the office named after «عن», its holder last named; never the agency
            String holder = officeHolder(tokens, actors, reportedFrom + 1, end, tokens.get(verb).start());
            return holder != null ? holder : NOBODY;
        }
        if (unnamed) {
            return NOBODY;
        }
        if (head < end && is(tokens.get(head), Kind.STATEMENT)) {
            // «وذكر بيان لوزارة الخارجية أن»: the statement's own author; «وقال البيان»: the last statement's
            String own = statementAt(statements, actors, tokens.get(head).start());
            String author = own != null ? own : statementBefore(statements, actors, tokens.get(verb).start());
            if (author == null) {
                for (Actor a : actors) { // «وذكر البيان أن بلينكن جدد "…"»: no author known, the person it reports
                    if (a.first() > head + 1 && a.first() <= head + 3 && !quoted[a.first()]
                            && a.type() == Analysis.EntityType.PERSON && is(tokens.get(a.first() - 1), Kind.COMPLEMENTIZER)) {
                        return a.id();
                    }
                }
            }
            return author != null ? author : NOBODY; // a statement of no one known («البيان المشترك»): not whoever is named next
        }
        if (head < end && is(tokens.get(head), Kind.ANAPHOR)) {
            String person = anaphor(tokens, head, actors, tokens.get(verb).start());
            return person; // unresolved: as a verb with no subject
        }
        // «وأكد صاحب السمو رئيس الدولة», «وصرح وزير الخارجية»: an office named without the name — its last holder named
        String holder = officeHolder(tokens, actors, head, end, tokens.get(verb).start());
        if (holder != null) {
            return holder;
        }
        // «وأكدت كالاس أن»: a bare word where the subject stands is a name we do not know
        if (head < end && !quoted[head] && !isPunct(tokens.get(head)) && namelike(tokens.get(head))) {
            return NOBODY;
        }
        return null;
    }

    /** A word that can only be a name here: no article, no prefixed preposition, no word of the lexicon. */
    private boolean namelike(Segmenter.Token tok) {
        String w = tok.normalized();
        if (w.startsWith("ال") || w.length() < 3 || !Character.isLetter(w.charAt(0)) || lexicon.get(w) != null) {
            return false;
        }
        char c = w.charAt(0);
        return c != 'ب' && c != 'ل' && c != 'ك' && c != 'و' && c != 'ف';
    }

    /**
     * Who a sentence is about, before token {@code to}: its first person or organisation outside quotations and not
     * governed by a preposition («وفي واشنطن، رحب …»), else its first place, else an honorific («وثمن سيادته»).
     */
    private String subjectOf(String text, List<Segmenter.Token> tokens, boolean[] quoted, List<Actor> actors, int from, int to) {
        for (int k = from; k < to; k++) {
            if (!quoted[k] && is(tokens.get(k), Kind.COMPLEMENTIZER)) {
                to = k; // «وأشارت إلى أن موسكو …»: what is reported is not who reports it
                break;
            }
        }
        Actor place = null;
        for (Actor a : actors) {
            if (a.first() < from || a.first() >= to || quoted[a.first()] || !speaks(a) || a.governed()
                    || a.first() > from && genitive(tokens, actors, a.first() - 1)) {
                continue;
            }
            if (a.type() != Analysis.EntityType.LOC) {
                return a.id();
            }
            if (place == null && a.first() - from <= 3) {
                place = a; // «وتتهم الولايات المتحدة روسيا …»
            }
        }
        if (place != null) {
            return place.id();
        }
        for (int k = from; k < to; k++) {
            String honoured = quoted[k] ? null : honorificAt(tokens, actors, k, to);
            if (honoured != null) {
                return honoured;
            }
        }
        return null;
    }

    /** Whether a name after token k is governed by it: «من غني», «بقرار ترامب», «حرص المملكة». */
    private boolean genitive(List<Segmenter.Token> tokens, List<Actor> actors, int k) {
        Segmenter.Token t = tokens.get(k);
        String w = t.normalized();
        String bare = w.length() == 3 && (w.charAt(0) == 'و' || w.charAt(0) == 'ف') ? w.substring(1) : w; // «وفي»
        if (is(t, Kind.PREPOSITION) || is(t, Kind.CONTENT) || lexicon.containsKey(bare) && lexicon.get(bare).containsKey(Kind.PREPOSITION)) {
            return true;
        }
        if (w.length() > 3 && (w.charAt(0) == 'ب' || w.charAt(0) == 'ل') && lexicon.get(w) == null) {
            for (Actor a : actors) {
                if (a.endToken() == k + 1) {
                    return false;
                }
            }
            return true;
        }
        return false;
    }

    /** Whether an actor's mention starts at token k. */
    private static boolean mentionAt(List<Actor> actors, int k) {
        for (Actor a : actors) {
            if (a.first() == k) {
                return true;
            }
        }
        return false;
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

    /** «خلاله», «خلالها» (folded): during it, the contact just told. */
    private static final java.util.Set<String> DURING_IT = java.util.Set.of("خلاله", "خلالها");
    /** «لسموه», «لفخامته», «لجلالته», «له» (folded): to him, the one who received the call. */
    private static final java.util.Set<String> TO_HIM = java.util.Set.of("لسموه", "لفخامته", "لجلالته", "لسيادته", "لمعاليه", "لدولته", "له");
    /** «تلقى», «تلقت» (folded, with «و»): received (a call). */
    private static final java.util.Set<String> RECEIVED = java.util.Set.of("تلقي", "تلقت", "وتلقي", "وتلقت");

    /** How many words after «خلاله» the dative «لسموه» may come («عن شكره وتقديره لسموه»). */
    private static final int RECEIVER_REACH = 8;

    private static boolean toTheReceiver(List<Segmenter.Token> tokens, int from, int to) {
        for (int i = from; i < to; i++) {
            if (TO_HIM.contains(tokens.get(i).normalized())) {
                return true;
            }
        }
        return false;
    }

    /** The person after «من» in «تلقى X اتصالا … من Y» before {@code verb} in the sentence, or null. */
    private static String callerBefore(List<Segmenter.Token> tokens, List<Actor> actors, int sentenceFrom, int verb) {
        int received = -1;
        for (int i = sentenceFrom; i < verb && received < 0; i++) {
            received = RECEIVED.contains(tokens.get(i).normalized()) ? i : -1;
        }
        if (received < 0) {
            return null;
        }
        for (Actor a : actors) {
            if (a.first() > received && a.first() < verb && a.type() == Analysis.EntityType.PERSON
                    && IntStream.range(Math.max(received, a.first() - 5), a.first()).anyMatch(k -> "من".equals(tokens.get(k).normalized()))) {
                return a.id();
            }
        }
        return null;
    }

    /** «بيان لمكتب رئيس الوزراء تلقته وكالة الأنباء العراقية»: the agency after these verbs received it, it did not issue it. */
    private static final java.util.Set<String> RECEIVING = java.util.Set.of("تلقته", "تلقت", "تلقاه", "تلقي", "حصلت", "اطلعت");

    /** The statements of the story and their authors: [token position, index of the author in actors]. */
    private List<int[]> statements(List<Segmenter.Token> tokens, boolean[] quoted, List<Actor> actors) {
        List<int[]> out = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            if (!is(tokens.get(i), Kind.STATEMENT) || quoted[i]) {
                continue;
            }
            Actor author = null;
            for (Actor a : actors) {
                // «بيان وزارة الخارجية», «بيان لوزارة الخارجية», «بيانٍ صادر عن الاتحاد الأوروبي»
                if (a.first() > i && a.first() <= i + 3 && a.type() == Analysis.EntityType.ORG
                        && !RECEIVING.contains(tokens.get(a.first() - 1).normalized())) {
                    author = a;
                    break;
                }
            }
            if (author == null) {
                // «بيان صادر عن مكتب الإعلام في رئاسة الجمهورية»: further on, with no punctuation before it
                for (Actor a : actors) {
                    int at = i;
                    if (a.first() > i + 3 && a.first() <= i + 7 && a.type() == Analysis.EntityType.ORG
                            && IntStream.range(at + 1, a.first()).noneMatch(k -> isPunct(tokens.get(k)) || quoted[k]
                            || RECEIVING.contains(tokens.get(k).normalized()))) {
                        author = a;
                        break;
                    }
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

    /**
     * The author of the statement noun in the three words after an attribution at token {@code source} (before
     * {@code limit}): with {@code ownOnly} that statement's own author, else the author of the last statement up to it.
     */
    private String statementAfterSource(List<Segmenter.Token> tokens, List<int[]> statements, List<Actor> actors, int source,
                                        int limit, boolean ownOnly) {
        for (int i = source + 1; i < Math.min(limit, source + 4); i++) {
            if (is(tokens.get(i), Kind.STATEMENT)) {
                return ownOnly ? statementAt(statements, actors, tokens.get(i).start())
                        : statementBefore(statements, actors, tokens.get(i).end());
            }
        }
        return null;
    }

    /** The author of the statement noun starting at offset {@code at}, or null. */
    private static String statementAt(List<int[]> statements, List<Actor> actors, int at) {
        for (int[] s : statements) {
            if (s[0] == at) {
                return actors.get(s[1]).id();
            }
        }
        return null;
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

    /** The person an honorific pronoun at token k («سيادته») stands for: the linker's mention there, or null. */
    private static String honorificAt(List<Segmenter.Token> tokens, List<Actor> actors, int k, int to) {
        if (k >= to || !EntityLinker.isHonorific(tokens.get(k).normalized())) {
            return null;
        }
        for (Actor a : actors) {
            if (a.first() == k && a.type() == Analysis.EntityType.PERSON) {
                return a.id();
            }
        }
        return null;
    }

    /**
     * «الوزارة» → the last organisation named with that word in its name («وزارة الخارجية الكويتية», not the court
     * named since); «الخارجية الإثيوبية» when no such organisation was named → nobody. «الوزير»، «المتحدث الرسمي» →
     * the last person named with that title.
     */
    private String anaphor(List<Segmenter.Token> tokens, int k, List<Actor> actors, int at) {
        Segmenter.Token tok = tokens.get(k);
        String kind = kind(tok, Kind.ANAPHOR);
        String stem = Segmenter.stripArticle(stripConjunction(tok.normalized()));
        String adjective = k + 1 < tokens.size() && gentilic(tokens.get(k + 1)) ? Segmenter.stripArticle(tokens.get(k + 1).normalized()) : null;
        if ("LAST".equals(kind)) {
            String last = null; // «تلقى X اتصالا من Y، أعرب خلاله الأخير عن …»: the latter, the person named last
            for (Actor a : actors) {
                if (a.end() > at) {
                    break;
                }
                if (a.type() == Analysis.EntityType.PERSON) {
                    last = a.id();
                }
            }
            return last;
        }
        if ("PERSON".equals(kind)) {
            List<String> title = new ArrayList<>();
            title.add(stripConjunction(tok.normalized()));
            if (adjective != null) {
                title.add(tokens.get(k + 1).normalized());
            }
            return titled(tokens, actors, title, at, true);
        }
        String id = null;
        String any = null;
        for (Actor a : actors) {
            if (a.end() > at) {
                break;
            }
            if (a.type() == Analysis.EntityType.ORG) {
                any = a.id();
                if (a.surface().contains(stem) && (adjective == null || a.surface().contains(adjective))) {
                    id = a.id();
                }
            }
        }
        return id != null ? id : adjective == null ? any : null;
    }

    /**
     * The end of the words after a name that can still be its title («… آل نهيان رئيس الدولة», «علاء يوسف، المتحدث
     * الرسمي»): at most five, up to a preposition, a verb, a complementizer or a prefixed word («عن شكره لسمو ولي العهد»).
     */
    private int apposition(List<Segmenter.Token> tokens, int k, int at) {
        int end = k;
        while (end < tokens.size() && end < k + 5 && tokens.get(end).start() < at) {
            Segmenter.Token t = tokens.get(end);
            String w = t.normalized();
            if (is(t, Kind.PREPOSITION) || is(t, Kind.VERB) || is(t, Kind.COMPLEMENTIZER) || is(t, Kind.CLAUSE) || isMark(t)
                    || !w.startsWith("ال") && w.length() > 3 && "لبف".indexOf(w.charAt(0)) >= 0 && !w.startsWith("لل")
                    || w.startsWith("وال")) { // «…، والناطق باسم الرئاسة X»: the next person's title
                break;
            }
            end++;
        }
        return end;
    }

    /** Where the mention before actor {@code a} ends: the words before a name that can be its title start after it. */
    private static int previousEnd(List<Actor> actors, Actor a) {
        int end = 0;
        for (Actor b : actors) {
            if (b.endToken() <= a.first() && b.endToken() > end) {
                end = b.endToken();
            }
        }
        return end;
    }

    /** «الإثيوبية», «الرسمي»: a definite adjective after a noun. */
    private boolean gentilic(Segmenter.Token tok) {
        String w = tok.normalized();
        return w.startsWith("ال") && w.length() >= 5 && (w.endsWith("يه") || w.endsWith("ي")) && lexicon.get(w) == null;
    }

    /**
     * The last person named before {@code at} with a title: each word of it in their mention («الوزير الأوكراني»), in
     * the {@value #TITLE_WORDS} words before it, or in an apposition after it («الشيخ محمد بن زايد آل نهيان رئيس الدولة»).
     */
    private String titled(List<Segmenter.Token> tokens, List<Actor> actors, List<String> title, int at, boolean loose) {
        String exact = null;
        String near = null;
        for (Actor a : actors) {
            if (a.end() > at || a.type() != Analysis.EntityType.PERSON) {
                continue;
            }
            List<String> words = java.util.Arrays.asList(a.surface().split(" "));
            boolean all = true;
            boolean allNear = true;
            for (String w : title) {
                String bare = Segmenter.stripArticle(w);
                boolean found = words.contains(w);
                boolean close = found || words.contains(bare) || loose && a.surface().contains(bare);
                for (int k = Math.max(previousEnd(actors, a), a.first() - TITLE_WORDS); k < apposition(tokens, a.endToken(), at); k++) {
                    String c = stripConjunction(tokens.get(k).normalized());
                    found |= c.equals(w);
                    close |= c.equals(w) || Segmenter.stripArticle(c).equals(bare);
                }
                all &= found;
                allNear &= close;
            }
            if (all) {
                exact = a.id();
            }
            if (allNear) {
                near = a.id();
            }
        }
        return exact != null ? exact : near;
    }

    /** Words a title may take before the name it introduces. */
    private static final int TITLE_WORDS = 5;

    /** Heads of a title that names another person, the principal, after them («مستشار الرئيس X»). */
    private static final Set<String> AIDES = Set.of("معاون", "مساعد", "مستشار", "مبعوث", "ممثل", "موفد", "مستشاري", "متحدث", "ناطق");

    /**
     * An office named at token {@code at} (after honorifics) without a name: its holder last named before {@code before},
     * {@link #NOBODY} when no one was named with it or only honorifics stand there, null when no office or honorific is there.
     */
    private String officeHolder(List<Segmenter.Token> tokens, List<Actor> actors, int at, int end, int before) {
        int t = at;
        boolean honorific = false;
        while (t < end && is(tokens.get(t), Kind.HONORIFIC)) {
            honorific = true;
            t++;
        }
        if (t < end && OFFICES.contains(tokens.get(t).normalized())) {
            List<String> title = new ArrayList<>();
            title.add(tokens.get(t).normalized());
            if (t + 1 < end && tokens.get(t + 1).normalized().startsWith("ال") && !is(tokens.get(t + 1), Kind.PREPOSITION)) {
                title.add(tokens.get(t + 1).normalized());
            }
            String holder = titled(tokens, actors, title, before, false);
            return holder != null ? holder : NOBODY;
        }
        return honorific ? NOBODY : null;
    }

    /** «للرئيس», «لوزير», «لنظيره»: a title after «لـ», naming whom something is said to. */
    private static boolean toTitle(String w) {
        if (!w.startsWith("ل") || w.length() < 4) {
            return false;
        }
        String rest = w.startsWith("لل") ? "ال" + w.substring(2) : w.substring(1);
        return TITLE_HEADS.contains(rest) || Segmenter.stripArticle(rest).startsWith("نظير");
    }

    /**
     * Whether this person is the principal named in an aide's title that opens after the verb: the aide's head, then
     * the principal's own title («المعاون السياسي لرئيس مجلس النواب [نبيه بري]», «مساعد الرئيس الروسي [بوتين]»; not
     * «المبعوث الأمريكي [هوكشتاين]», the aide himself).
     */
    private static boolean aideOf(List<Segmenter.Token> tokens, int verb, Actor person) {
        return principalTitle(tokens, verb, person) != null;
    }

    /** The head of the principal's title in an aide's title before this person («امين» in «المتحدث باسم الأمين العام»), or null. */
    private static String principalTitle(List<Segmenter.Token> tokens, int verb, Actor person) {
        boolean aide = false;
        for (int k = verb + 1; k < person.first(); k++) {
            if (isPunct(tokens.get(k))) {
                return null;
            }
            String w = Segmenter.stripArticle(tokens.get(k).normalized());
            if (AIDES.contains(w)) {
                aide = true;
            } else if (aide && TITLE_HEADS.contains(w)) {
                return w;
            } else if (aide && w.startsWith("ل") && TITLE_HEADS.contains(w.substring(1))) {
                return w.substring(1);
            } else if (aide && tokens.get(k).normalized().startsWith("لل")
                    && TITLE_HEADS.contains("ال" + tokens.get(k).normalized().substring(2))) {
                return tokens.get(k).normalized().substring(2);
            }
        }
        return null;
    }

    /** The roles a principal's title head names: «الأمين العام» a secretary-general, «الرئيس» a president … */
    private static final Map<String, Set<String>> PRINCIPAL_ROLES = Map.of(
            "امين", Set.of("un_secretary_general", "nato_secretary_general", "arab_league_secretary_general", "org_head"),
            "رئيس", Set.of("head_of_state", "head_of_government", "president", "org_head"),
            "ملك", Set.of("head_of_state"), "امير", Set.of("head_of_state"), "عاهل", Set.of("head_of_state"),
            "وزير", Set.of("foreign_minister", "defence_minister"),
            "ولي", Set.of("crown_prince"));

    /**
     * «وقال المتحدث باسم الأمين العام للأمم المتحدة أنطونيو غوتيريش إن»: the person named after an aide's title is the
     * principal it names, who does not speak, when he holds (at some time) the office of the title's head; else he
     * is the aide himself («المبعوث الخاص للأمين العام … إسماعيل ولد الشيخ أحمد»).
     */
    private boolean namedPrincipal(List<Segmenter.Token> tokens, int verb, Actor person) {
        String head = principalTitle(tokens, verb, person);
        Set<String> roles = head == null ? null : PRINCIPAL_ROLES.get(head);
        return roles != null && kb.get(person.id()).map(a -> a.roles().stream().anyMatch(r -> roles.contains(r.role()))).orElse(false);
    }

    /** A mention that is a role title resolved to its holder («الرئيس الروسي»), not a name. */
    private static boolean startsWithTitle(Actor a) {
        String first = a.surface().split(" ", 2)[0];
        if (first.startsWith("لل") && first.length() > 3) {
            first = "ال" + first.substring(2); // «للأمين العام»
        }
        return TITLE_HEADS.contains(Segmenter.stripArticle(first)) || TITLE_HEADS.contains(first);
    }

    /** Whether a token lies in (or opens) a quotation of at least {@value #MIN_WORDS} words. */
    private static boolean inQuotation(List<int[]> spans, Segmenter.Token t) {
        for (int[] q : spans) {
            if (t.start() >= q[0] && t.start() < q[1]) {
                return true;
            }
        }
        return false;
    }

    /** Whether only «قد», «الذي» and the like (or a name) stand between token k and the verb. */
    private static boolean subjectSlot(List<Segmenter.Token> tokens, int k, int verb) {
        int words = 0;
        for (int j = k + 1; j < verb; j++) {
            if (isPunct(tokens.get(j))) {
                return false;
            }
            if (!BEFORE_VERB.contains(tokens.get(j).normalized())) {
                words++;
            }
        }
        return words <= 2;
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

    /** A content noun, also with an attached pronoun and «و»/«ف» («التزامه», «ورغبتها»). */
    private boolean isContent(Segmenter.Token tok) {
        if (is(tok, Kind.CONTENT)) {
            return true;
        }
        String w = tok.normalized();
        String bare = stripConjunction(w); // «والتزامه»
        return contentWithPronoun(w) || bare.length() < w.length() && contentWithPronoun(bare);
    }

    /** Whether a word is a content noun with an attached pronoun («التزامه» → «التزام», «رغبتها» → «رغبه»). */
    private boolean contentWithPronoun(String w) {
        for (String pronoun : PRONOUNS) {
            if (w.endsWith(pronoun) && w.length() - pronoun.length() >= 3) {
                String base = w.substring(0, w.length() - pronoun.length());
                Map<Kind, String> kinds = lexicon.get(base.endsWith("ت") ? base.substring(0, base.length() - 1) + "ه" : base);
                if (kinds != null && kinds.containsKey(Kind.CONTENT)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Attached pronouns, longest first (folded). */
    private static final List<String> PRONOUNS = List.of("هما", "هم", "ها", "ه");

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

    /** The mentions in text order; «للجزيرة», «لوكالة سبوتنيك», «بالرئيس» are governed by a preposition. */
    private static List<Actor> actors(String text, List<Segmenter.Token> tokens, List<Analysis.EntityMentions> entities) {
        List<Actor> out = new ArrayList<>();
        for (Analysis.EntityMentions em : entities) {
            for (Analysis.Mention m : em.mentions()) {
                int first = firstToken(tokens, m.start());
                int end = TokenIndex.endToken(tokens, first, m.end());
                String clitic = first < tokens.size() && m.start() > tokens.get(first).start()
                        ? text.substring(tokens.get(first).start(), m.start()) : "";
                boolean governed = clitic.indexOf('ل') >= 0 || clitic.indexOf('ب') >= 0;
                out.add(new Actor(em.entity().id(), em.entity().type(), m.start(), m.end(), first, end, ArabicText.fold(m.text()),
                        governed));
            }
        }
        out.sort(Comparator.comparingInt(Actor::start));
        return out;
    }


    /** A news agency or outlet of the knowledge base («واس», «رويترز»): it relays what others say. */
    private boolean newsOutlet(String id) {
        return kb != null && kb.get(id).map(a -> "agency".equals(a.subtype()) || "outlet".equals(a.subtype())).orElse(false);
    }

    private static boolean isPlace(List<Actor> actors, String id) {
        for (Actor a : actors) {
            if (a.id().equals(id)) {
                return a.type() == Analysis.EntityType.LOC;
            }
        }
        return false;
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

    /** The sentence that holds offset {@code at} (the last one starting at or before it), or null. */
    private static Segment sentenceAt(List<Analysis.Sentence> sentences, int at) {
        Segment found = null;
        for (Analysis.Sentence s : sentences) {
            if (s.segment().start() > at) {
                break;
            }
            found = s.segment();
        }
        return found;
    }

    private static int sentenceEnd(List<Analysis.Sentence> sentences, int at) {
        Segment s = sentenceAt(sentences, at);
        return s == null ? at : s.end();
    }

    private static int sentenceStart(List<Analysis.Sentence> sentences, int at) {
        Segment s = sentenceAt(sentences, at);
        return s == null ? 0 : s.start();
    }
}
