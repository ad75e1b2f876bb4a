package org.newsint.nlp.positions;

import org.newsint.nlp.kb.Actor;
import org.newsint.nlp.kb.KnowledgeBase;
import org.newsint.nlp.pipeline.Analysis;
import org.newsint.text.ArabicText;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Codes statements between actors, PLOVER-style (ACCUSE, DEMAND, THREATEN with warnings folded in, REJECT, SUPPORT,
 * AGREE, APPEAL), from cue words ({@code positions/cues.tsv}) and the actors the linker found. Precision over recall:
 * no position without a source actor, none under negation («لم يتهم», «نفى أن يكون … هدد»).
 *
 * <p>Source: for a verb, the actor right before it («روسيا تتهم», «… الذي يدعم» → the antecedent) or, when the verb
 * opens its clause, the first actor within three words after it («اتهمت وزارة الخارجية الروسية …»); «إنه/إنها»
 * and «بلاده/بلادها» before the verb stand for the subject of the reporting verb. For a participle («محذرا»,
 * «داعيا») or a verbal noun with a pronoun («رفضه», «دعمها»): the subject of the last verb of the sentence (or of
 * the previous sentence when this one continues it: «وأضاف …»). First-person forms («نرفض», «رفضنا») inside a
 * quotation: the quotation's speaker. A bare verbal noun counts only in the construct «اتهام روسيا لأوكرانيا»
 * (agent right after it).
 *
 * <p>Target: the first actor after the source (or after the cue when the source came before it) in the same
 * clause, at most ten words on, not crossing another cue, reporting verb or quotation mark; null when none.
 * «X وY اتفقا» and «اتفق X وY/مع Y» give source X, target Y.
 */
public final class PositionExtractor {

    public static final String BUNDLED = "positions/cues.tsv";

    enum Kind { PERF, IMPERF, FIRST, PART, MASDAR }

    record Cue(String type, String lemma, Kind kind) {
    }

    /** A cue as found on a word: pronoun = the masdar carries a possessive pronoun (ه ها هم هما, or نا when first). */
    record Found(Cue cue, boolean pronoun, boolean firstPerson, boolean article) {
    }

    private record Word(int start, int end, String surface, String folded) {
    }

    private record Span(int start, int end, String id, Analysis.EntityType type) {
    }

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{M}\\p{Nd}]+");
    private static final int TARGET_WINDOW = 10;
    private static final int VSO_WINDOW = 3;

    private static final Set<String> REPORTING = Set.of("قال", "قالت", "اكد", "اكدت", "اضاف", "اضافت", "اشار", "اشارت",
            "شدد", "شددت", "اعلن", "اعلنت", "ذكر", "ذكرت", "اوضح", "اوضحت", "لفت", "لفتت", "تابع", "تابعت", "صرح", "صرحت",
            "جدد", "جددت", "ابلغ", "ابلغت", "اعرب", "اعربت", "يقول", "تقول", "يؤكد", "تؤكد", "اعتبر", "اعتبرت", "راي", "رات");
    private static final Set<String> CONTINUATIONS = Set.of("اضاف", "اضافت", "تابع", "تابعت", "استطرد", "اردف", "اكد",
            "اكدت", "شدد", "شددت", "اوضح", "اوضحت");
    /** Words after which a verb opens its clause, so that its subject may follow it. */
    private static final Set<String> OPENERS = Set.of("و", "ف", "ثم", "كما", "وكما", "قد", "وقد", "فقد", "لقد", "حيث",
            "اذ", "بينما", "فيما", "وفيما", "بعدما", "عندما", "حين", "امس", "اليوم", "سابق", "لاحق", "مجددا", "ايضا",
            "كذلك", "بدورها", "بدوره", "جهتها", "جهته", "ناحيتها", "ناحيته", "الاثنين", "الثلاثاء", "الاربعاء",
            "الخميس", "الجمعه", "السبت", "الاحد", "صباح", "مساء");
    private static final Set<String> GAP_OK = Set.of("", "قد", "فقد", "لقد", "وقد");
    private static final Set<String> RELATIVE = Set.of("الذي", "التي", "الذين", "اللذين", "اللتين", "اللذان", "اللتان");
    private static final Set<String> SUBJECT_PRONOUNS = Set.of("انه", "انها", "انهم", "وانه", "وانها", "فانه", "فانها");
    private static final Set<String> OWN_SIDE = Set.of("بلاده", "بلادها", "حكومته", "حكومتها", "دولته", "دولتها");
    private static final Set<String> NEGATIONS = Set.of("لم", "لن", "لا", "ما", "ليس", "ليست", "غير", "عدم", "دون",
            "بدون", "ولم", "ولن", "ولا", "فلم", "فلن", "بعدم");
    private static final Set<String> DENIALS = Set.of("نفي", "نفت", "ينفي", "تنفي", "نافيا", "نافيه", "نفيه", "نفيها",
            "نفوا", "وينفي", "ونفي", "ونفت", "نفيا", "تنفيان", "ينفيان");
    private static final String QUOTE_MARKS = "«»“”\"„";

    private final Map<String, List<Cue>> forms;
    private final KnowledgeBase kb;

    /** The bundled cues; every linked person, organisation and place can be an actor. */
    public PositionExtractor() {
        this(null);
    }

    /** The bundled cues; with a knowledge base, places are actors only when they are countries or capitals. */
    public PositionExtractor(KnowledgeBase kb) {
        this(bundledCues(), kb);
    }

    PositionExtractor(Map<String, List<Cue>> forms, KnowledgeBase kb) {
        this.forms = forms;
        this.kb = kb;
    }

    static Map<String, List<Cue>> bundledCues() {
        try (InputStream in = PositionExtractor.class.getClassLoader().getResourceAsStream(BUNDLED)) {
            if (in == null) {
                throw new IllegalStateException(BUNDLED + " is not on the classpath");
            }
            return readCues(BUNDLED, in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Map<String, List<Cue>> readCues(String source, InputStream in) throws IOException {
        Map<String, List<Cue>> out = new HashMap<>();
        for (org.newsint.text.Tsv.Row row : org.newsint.text.Tsv.read(source, in, 1)) {
            if (row.fields().length != 4) {
                throw row.error("expected type<TAB>lemma<TAB>kind<TAB>forms");
            }
            Kind kind = Kind.valueOf(row.field(2).toUpperCase(java.util.Locale.ROOT));
            Cue cue = new Cue(row.field(0), row.field(1), kind);
            for (String form : row.field(3).split("\\s+")) {
                out.computeIfAbsent(ArabicText.fold(form), k -> new ArrayList<>()).add(cue);
            }
        }
        return out;
    }

    public List<Position> extract(String text, List<Analysis.Sentence> sentences, List<Analysis.EntityMentions> entities,
                                  List<Analysis.Quote> quotes) {
        List<Span> spans = new ArrayList<>();
        for (Analysis.EntityMentions em : entities) {
            if (!isActor(em.entity())) {
                continue;
            }
            for (Analysis.Mention m : em.mentions()) {
                spans.add(new Span(m.start(), m.end(), em.entity().id(), em.entity().type()));
            }
        }
        spans.sort(Comparator.comparingInt(Span::start).thenComparing(Comparator.comparingInt(Span::end).reversed()));
        List<Position> out = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        String carried = null;
        for (Analysis.Sentence sentence : sentences) {
            int from = sentence.segment().start();
            int to = sentence.segment().end();
            List<Word> words = words(text, from, to);
            List<Span> inside = spans.stream().filter(s -> s.start() >= from && s.end() <= to).toList();
            String lastSubject = startsWithContinuation(words) ? carried : null;
            for (int i = 0; i < words.size(); i++) {
                Word w = words.get(i);
                if (insideSpan(inside, w)) {
                    continue;
                }
                boolean reporting = isReporting(w.folded());
                Found found = reporting ? null : cueOf(w.folded());
                if (!reporting && found == null) {
                    continue;
                }
                Analysis.Quote quote = quoteAt(quotes, w.start());
                String source = null;
                int targetFrom = w.end();
                Span subject = null;
                Kind kind = found == null ? Kind.PERF : found.cue().kind();
                boolean verbal = reporting || kind == Kind.PERF || kind == Kind.IMPERF;
                if (found != null && (found.firstPerson() || kind == Kind.FIRST)) {
                    source = quote == null ? null : quote.speakerId();
                } else if (verbal && !(found != null && kind == Kind.MASDAR)) {
                    Subject s = subjectOfVerb(text, words, i, inside, lastSubject);
                    if (s != null) {
                        source = s.id();
                        subject = s.span();
                        if (s.span() != null && s.span().start() >= w.end()) {
                            targetFrom = s.span().end();
                        }
                    }
                    if (source != null && (reporting || kind == Kind.PERF || kind == Kind.IMPERF)) {
                        lastSubject = source;
                    }
                } else if (kind == Kind.PART || (kind == Kind.MASDAR && found.pronoun())) {
                    source = lastSubject;
                } else if (kind == Kind.MASDAR && !found.article()) {
                    Span[] c = construct(text, words, i, inside);
                    if (c != null) {
                        source = c[0].id();
                        subject = c[0];
                        targetFrom = c[0].end();
                    }
                }
                // a form that is both a verb and a verbal noun («رفض», «دعم»): the construct «دعم واشنطن لأوكرانيا»
                // makes it the noun; right after a verb it is the noun without an agent; otherwise the verb
                if (found != null && verbal && ambiguousWithMasdar(w.folded())) {
                    Span[] c = construct(text, words, i, inside);
                    if (c != null) {
                        source = c[0].id();
                        subject = c[0];
                        targetFrom = c[0].end();
                    } else if (i > 0 && isVerbLike(words.get(i - 1).folded())) {
                        source = null;
                    }
                }
                if (reporting || source == null || negated(words, i)) {
                    continue;
                }
                String target = null;
                if ("AGREE".equals(found.cue().type()) && subject != null && subject.end() <= w.start()) {
                    Span partner = subject;
                    Span first = spanBefore(text, inside, partner.start(), "و");
                    if (first != null) {
                        source = first.id();
                        target = partner.id();
                    }
                }
                List<String> targets = new ArrayList<>();
                if (target != null) {
                    targets.add(target);
                } else {
                    Span t = targetAfter(text, words, i, inside, targetFrom, source, subject, to);
                    // «دعا … إسرائيل وحركة حماس إلى …»: actors joined by «و» are all targets
                    for (Span next = t; next != null; next = joinedAfter(text, inside, next)) {
                        if (!next.id().equals(source) && !targets.contains(next.id())) {
                            targets.add(next.id());
                        }
                    }
                    if (targets.isEmpty()) {
                        targets.add(null);
                    }
                }
                for (String tg : targets) {
                    if (seen.add(found.cue().type() + "|" + source + "|" + tg + "|" + from)) {
                        out.add(new Position(found.cue().type(), source, tg, from, to, w.surface()));
                    }
                }
            }
            carried = lastSubject;
        }
        return out;
    }

    private boolean isActor(Analysis.Entity e) {
        if (e.type() == Analysis.EntityType.PERSON || e.type() == Analysis.EntityType.ORG) {
            return true;
        }
        if (e.type() != Analysis.EntityType.LOC) {
            return false;
        }
        if (kb == null) {
            return true;
        }
        Actor a = kb.get(e.id()).orElse(null);
        return a == null || "country".equals(a.subtype()) || "capital".equals(a.subtype());
    }

    private static List<Word> words(String text, int from, int to) {
        List<Word> out = new ArrayList<>();
        Matcher m = WORD.matcher(text).region(from, to);
        while (m.find()) {
            out.add(new Word(m.start(), m.end(), m.group(), ArabicText.fold(m.group())));
        }
        return out;
    }

    private static boolean insideSpan(List<Span> spans, Word w) {
        for (Span s : spans) {
            if (s.start() <= w.start() && w.end() <= s.end()) {
                return true;
            }
        }
        return false;
    }

    private static Analysis.Quote quoteAt(List<Analysis.Quote> quotes, int at) {
        for (Analysis.Quote q : quotes) {
            if (q.start() <= at && at < q.end()) {
                return q;
            }
        }
        return null;
    }

    private static boolean isReporting(String folded) {
        return REPORTING.contains(folded) || (folded.length() > 3 && "وف".indexOf(folded.charAt(0)) >= 0
                && REPORTING.contains(folded.substring(1)));
    }

    private boolean isVerbLike(String folded) {
        if (isReporting(folded)) {
            return true;
        }
        Found f = cueOf(folded);
        return f != null && (f.cue().kind() == Kind.PERF || f.cue().kind() == Kind.IMPERF || f.cue().kind() == Kind.FIRST);
    }

    private boolean ambiguousWithMasdar(String folded) {
        String w = folded.length() > 3 && "وف".indexOf(folded.charAt(0)) >= 0 ? folded.substring(1) : folded;
        List<Cue> cues = forms.get(w);
        return cues != null && cues.stream().anyMatch(c -> c.kind() == Kind.MASDAR)
                && cues.stream().anyMatch(c -> c.kind() != Kind.MASDAR);
    }

    /** The cue a word carries, with its clitics: و/ف, then س (imperfect) or ب/ل and the article (verbal noun). */
    Found cueOf(String folded) {
        List<String> stems = new ArrayList<>();
        stems.add(folded);
        if (folded.length() >= 3 && "وف".indexOf(folded.charAt(0)) >= 0) {
            stems.add(folded.substring(1));
        }
        for (String stem : List.copyOf(stems)) {
            for (Cue c : forms.getOrDefault(stem, List.of())) {
                if (c.kind() != Kind.MASDAR) {
                    return new Found(c, false, c.kind() == Kind.FIRST, false);
                }
            }
            for (Cue c : forms.getOrDefault(stem, List.of())) {
                return new Found(c, false, false, false);
            }
            if (stem.length() > 3 && stem.charAt(0) == 'س') {
                for (Cue c : forms.getOrDefault(stem.substring(1), List.of())) {
                    if (c.kind() == Kind.IMPERF || c.kind() == Kind.FIRST) {
                        return new Found(c, false, c.kind() == Kind.FIRST, false);
                    }
                }
            }
        }
        // verbal nouns: [و|ف][ب|ل][ال]masdar[pronoun]
        for (String stem : stems) {
            for (String prep : List.of("", "ب", "ل")) {
                if (!stem.startsWith(prep)) {
                    continue;
                }
                String s = stem.substring(prep.length());
                boolean article = false;
                if (s.startsWith("ال") && s.length() > 4) {
                    s = s.substring(2);
                    article = true;
                } else if (prep.equals("ل") && s.startsWith("ل") && s.length() > 3) {
                    s = "ا" + s; // «للاتهامات»: ل + (ا)ل
                    if (s.startsWith("ال")) {
                        s = s.substring(2);
                        article = true;
                    }
                }
                Found f = masdar(s, article);
                if (f != null) {
                    return f;
                }
            }
        }
        return null;
    }

    private Found masdar(String s, boolean article) {
        for (Cue c : forms.getOrDefault(s, List.of())) {
            if (c.kind() == Kind.MASDAR) {
                return new Found(c, false, false, article);
            }
        }
        if (article) {
            return null;
        }
        for (String pron : List.of("هما", "هم", "ها", "ه", "نا")) {
            if (s.length() > pron.length() + 2 && s.endsWith(pron)) {
                String base = s.substring(0, s.length() - pron.length());
                List<String> bases = base.endsWith("ت") ? List.of(base.substring(0, base.length() - 1) + "ه", base) : List.of(base);
                for (String b : bases) {
                    for (Cue c : forms.getOrDefault(b, List.of())) {
                        if (c.kind() == Kind.MASDAR) {
                            return new Found(c, true, pron.equals("نا"), false);
                        }
                    }
                }
            }
        }
        return null;
    }

    private record Subject(String id, Span span) {
    }

    private Subject subjectOfVerb(String text, List<Word> words, int i, List<Span> spans, String lastSubject) {
        Word w = words.get(i);
        int sentenceStart = words.get(0).start();
        Span before = null;
        for (Span s : spans) {
            if (s.end() <= w.start() && s.start() >= sentenceStart) {
                before = s;
            }
        }
        if (before != null && GAP_OK.contains(ArabicText.fold(text.substring(before.end(), w.start())))) {
            return new Subject(before.id(), before);
        }
        if (i > 0) {
            Word prev = words.get(i - 1);
            boolean adjacent = text.substring(prev.end(), w.start()).isBlank();
            if (adjacent && RELATIVE.contains(prev.folded()) && before != null
                    && text.substring(before.end(), prev.start()).isBlank()) {
                return new Subject(before.id(), before);
            }
            if (adjacent && SUBJECT_PRONOUNS.contains(prev.folded())) {
                return lastSubject == null ? null : new Subject(lastSubject, null);
            }
            if (adjacent && OWN_SIDE.contains(prev.folded())) {
                String side = ownSide(lastSubject);
                return side == null ? null : new Subject(side, null);
            }
            boolean opens = !adjacent || OPENERS.contains(prev.folded()) || isReporting(prev.folded());
            if (!opens) {
                return null;
            }
        }
        Span after = firstSpanAfter(spans, w.end());
        if (after == null || wordsBetween(words, w.end(), after.start()) > VSO_WINDOW) {
            return null;
        }
        // only a title, a nationality adjective or a time word may stand between the verb and its subject
        // («طالب الرئيس الأوكراني فولوديمير زيلينسكي»), not a noun of its own («اتهم مسؤولون غربيون روسيا»)
        for (Word between : words) {
            if (between.start() >= w.end() && between.end() <= after.start() && !titleOrAdverb(between.folded())) {
                return null;
            }
        }
        // «المتحدثة باسم وزارة الخارجية الروسية ماريا زاخاروفا»: the ministry names the title, the person speaks
        Span next = firstSpanAfter(spans, after.end());
        if (after.type() != Analysis.EntityType.PERSON && next != null && next.type() == Analysis.EntityType.PERSON
                && text.substring(after.end(), next.start()).isBlank()) {
            after = next;
        }
        return new Subject(after.id(), after);
    }

    private static final Set<String> TITLE_WORDS = Set.of("رئيس", "رئيسه", "وزير", "وزيره", "خارجيه", "دفاع", "متحدث",
            "متحدثه", "ناطق", "ناطقه", "باسم", "رسمي", "رسميه", "امين", "عام", "نائب", "ملك", "امير", "ولي", "عهد", "وزراء",
            "حكومه", "سفير", "سفيره", "مندوب", "مندوبه", "مستشار", "مستشاره", "زعيم", "قائد", "مرشد", "اعلي", "كبير",
            "مساعد", "مساعده", "جمهوريه", "سلطان", "عاهل", "شيخ", "امس", "اليوم", "مجددا", "ايضا", "بدوره", "بدورها",
            "الاثنين", "الثلاثاء", "الاربعاء", "الخميس", "الجمعه", "السبت", "الاحد");

    private static boolean titleOrAdverb(String folded) {
        String f = folded.startsWith("ال") && folded.length() > 3 ? folded.substring(2) : folded;
        if (f.startsWith("ل") && f.length() > 3 && TITLE_WORDS.contains(f.substring(1))) {
            return true;
        }
        return TITLE_WORDS.contains(f) || TITLE_WORDS.contains(folded) || folded.endsWith("ي") || folded.endsWith("يه");
    }

    /** The country of the subject's side: itself when a country or organisation, else the country of its offices. */
    private String ownSide(String subjectId) {
        if (subjectId == null || kb == null) {
            return null;
        }
        Actor a = kb.get(subjectId).orElse(null);
        if (a == null) {
            return null;
        }
        if (a.isCountry()) {
            return a.id();
        }
        if (!"PERSON".equals(a.type())) {
            return a.country();
        }
        Set<String> countries = new HashSet<>();
        a.roles().forEach(r -> {
            if (r.country() != null) {
                countries.add(r.country());
            }
        });
        return countries.size() == 1 ? countries.iterator().next() : null;
    }

    private static int wordsBetween(List<Word> words, int from, int to) {
        int n = 0;
        for (Word w : words) {
            if (w.start() >= from && w.end() <= to) {
                n++;
            }
        }
        return n;
    }

    /**
     * «اتهام روسيا للولايات المتحدة»: a verbal noun, its agent right after it, then within three words an actor
     * introduced by «ل» (the target). Without the «ل» the genitive may as well be the patient, so nothing is coded.
     */
    private Span[] construct(String text, List<Word> words, int i, List<Span> spans) {
        Word w = words.get(i);
        Span agent = firstSpanAfter(spans, w.end());
        if (agent == null || !text.substring(w.end(), agent.start()).isBlank()) {
            return null;
        }
        Span target = firstSpanAfter(spans, agent.end());
        if (target == null || wordsBetween(words, agent.end(), target.start()) > 3 || !introducedByLam(text, target)
                || !ArabicText.fold(text.substring(agent.end(), target.start())).matches("[\\p{L} ]*")) {
            return null;
        }
        return new Span[] {agent, target};
    }

    /** Whether a mention carries the preposition «ل» («لأوكرانيا», «للولايات المتحدة»), not a name starting with it. */
    private boolean introducedByLam(String text, Span s) {
        if (s.start() > 0 && text.charAt(s.start() - 1) == 'ل') {
            return true;
        }
        if (text.charAt(s.start()) != 'ل') {
            return false;
        }
        String mention = ArabicText.fold(text.substring(s.start(), s.end()));
        Actor a = kb == null ? null : kb.get(s.id()).orElse(null);
        return a == null || a.arabicNames().stream().noneMatch(n -> ArabicText.fold(n).equals(mention));
    }

    private static Span firstSpanAfter(List<Span> spans, int from) {
        for (Span s : spans) {
            if (s.start() >= from) {
                return s;
            }
        }
        return null;
    }

    /** The actor right before {@code at}, joined to it by «و» (the mention at {@code at} starts with the clitic). */
    private static Span spanBefore(String text, List<Span> spans, int at, String conjunction) {
        Span before = null;
        for (Span s : spans) {
            if (s.end() <= at) {
                before = s;
            }
        }
        if (before == null) {
            return null;
        }
        String gap = text.substring(before.end(), at).strip();
        boolean joined = gap.equals(conjunction) || (gap.isEmpty() && text.startsWith(conjunction, at));
        return joined ? before : null;
    }

    /** The actor right after {@code s} joined to it by «و» («إسرائيل وحركة حماس», «روسيا والصين»). */
    private static Span joinedAfter(String text, List<Span> spans, Span s) {
        Span next = firstSpanAfter(spans, s.end());
        if (next == null) {
            return null;
        }
        String gap = text.substring(s.end(), next.start()).strip();
        boolean joined = gap.equals("و") || (gap.isEmpty() && !text.substring(s.end(), next.start()).isEmpty()
                && text.charAt(next.start()) == 'و') || (gap.isEmpty() && next.start() > 0 && text.charAt(next.start() - 1) == 'و');
        return joined ? next : null;
    }

    private Span targetAfter(String text, List<Word> words, int cueIndex, List<Span> spans, int from, String source,
                             Span subject, int sentenceEnd) {
        for (Span s : spans) {
            if (s.start() < from || s.id().equals(source)
                    || (subject != null && s.start() >= subject.start() && s.end() <= subject.end())) {
                continue;
            }
            String between = text.substring(from, s.start());
            for (char c : between.toCharArray()) {
                if (QUOTE_MARKS.indexOf(c) >= 0 || c == '؛' || c == ';' || c == '.' || c == ':') {
                    return null;
                }
            }
            int n = 0;
            for (int k = cueIndex + 1; k < words.size(); k++) {
                Word w = words.get(k);
                if (w.start() < from) {
                    continue;
                }
                if (w.end() > s.start()) {
                    break;
                }
                if (insideSpan(spans, w)) {
                    continue;
                }
                n++;
                Found c = isReporting(w.folded()) ? null : cueOf(w.folded());
                if (isReporting(w.folded()) || (c != null && (c.cue().kind() != Kind.MASDAR || c.pronoun()))) {
                    return null;
                }
            }
            return n > TARGET_WINDOW ? null : s;
        }
        return null;
    }

    /** A negation right before the cue («لم يتهم», «عدم دعم»), or a denial a little earlier («نفى أن يكون … هدد»). */
    private static boolean negated(List<Word> words, int i) {
        for (int k = i - 1; k >= Math.max(0, i - 2); k--) {
            if (NEGATIONS.contains(words.get(k).folded())) {
                return true;
            }
        }
        boolean that = false;
        for (int k = i - 1; k >= 0; k--) {
            String f = words.get(k).folded();
            if (DENIALS.contains(f) && (that || k >= i - 7)) {
                return true;
            }
            that |= f.equals("ان") || f.equals("بان");
        }
        return false;
    }

    private static boolean startsWithContinuation(List<Word> words) {
        if (words.isEmpty()) {
            return false;
        }
        String f = words.get(0).folded();
        if (f.length() > 3 && "وف".indexOf(f.charAt(0)) >= 0) {
            f = f.substring(1);
        }
        return CONTINUATIONS.contains(f);
    }
}
