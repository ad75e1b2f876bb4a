package org.newsint.nlp.events;

import org.newsint.nlp.events.EventLexicon.Kind;
import org.newsint.nlp.kb.Actor;
import org.newsint.nlp.kb.KnowledgeBase;
import org.newsint.nlp.pipeline.Analysis;
import org.newsint.nlp.pipeline.TokenIndex;
import org.newsint.text.ArabicText;
import org.newsint.text.Segment;
import org.newsint.text.Segmenter;
import org.newsint.text.dates.DateMention;
import org.newsint.text.dates.Precision;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import static org.newsint.nlp.pipeline.TokenIndex.firstToken;

/**
 * Diplomatic contacts in one story: phone and video calls, meetings, visits, talks (PLOVER CONSULT), each with
 * its participants, initiator, date, place and status, one event per distinct contact however many sentences
 * mention it.
 *
 * <p>Per sentence, every trigger of the lexicon gets the stretch of the sentence around it that no other
 * trigger claims and that is not reported content («قال X إن …» keeps X out of a contact named after إن):
 * <ul>
 *   <li>participants: the actors after «بين», else the people in the stretch (the subject and the «مع» side),
 *       else the countries and organisations not named only as part of a title; «الوزيرين», «بينهما» → the
 *       previous contact's participants; a call with one caller and several others is one call each;</li>
 *   <li>type: the trigger's, with the medium words of the stretch (هاتفي → PHONE_CALL, الفيديو → VIDEO_CALL);</li>
 *   <li>status: modality words just before or after the trigger (سيجري → PLANNED, لم يتم / نفى → NEGATED);
 *       a resolved date after the publication day makes it PLANNED;</li>
 *   <li>date: the date expression nearest the trigger in the stretch, else in the sentence, else (for a
 *       contact that happened) in the two sentences before, else the dateline or publication day;</li>
 *   <li>place: a place after «في» (optionally «في العاصمة الروسية موسكو»);</li>
 *   <li>initiator: «بمبادرة (من) X / أميركية», «تلقى اتصالا من X», «أجرى اتصالا بـX»; a country initiator
 *       is mapped to the participant who represents it.</li>
 * </ul>
 * A trigger whose stretch names fewer than two participants refers back to the latest contact of a compatible
 * type (and adds its initiator, date or place when that contact lacks them). Two mentions with the same
 * participants and a compatible type are one event, unless they are a month apart or one happened and the
 * other is planned.
 *
 * <p>Beyond one stretch: a visit is a meeting with the one person of the story who stands for the destination's
 * country; a guest received one after another («ثم», «على حدة») or by several hosts of one country meets each
 * of them; those present («بحضور») and mediators («بوساطة») are not sides; a subject carried over from a first clause («زار X طهران حيث
 * التقى A وB») takes part in the second; an unaccepted invitation is no visit; «اتفقا على عقد لقاء» plans a
 * meeting between the same sides; a weak mention («بحث X مع Y») folds into the call named after it.
 */
public final class EventExtractor {

    private static final Set<String> BETWEEN = Set.of("بين", "وبين");
    /** «قال X إنه/إنها …»: the complementizer of someone telling what they did. */
    private static final Set<String> SAID_HE = Set.of("انه", "انها", "بانه", "بانها", "وانه", "وانها");
    private static final Set<String> BETWEEN_HIM = Set.of("بينه", "بينها");
    /** A role name's ending for spokespeople («foreign_ministry_spokesperson»). */
    private static final String SPOKESPERSON_SUFFIX = "spokesperson";
    /** «لم يستبعد», «لا تستبعد» (folded): not ruling a contact out, a few words before it, makes it a possibility. */
    private static final Set<String> RULE_OUT = Set.of("يستبعد", "تستبعد", "نستبعد", "يستبعدان", "تستبعدان");
    private static final Set<String> NOT = Set.of("لم", "لا", "ولم", "ولا");
    private static final int RULE_OUT_WINDOW = 5;
    /** «استبعد», «استبعدت» (folded): ruling a contact out, when what is ruled out is its holding («استبعد عقد لقاء»). */
    private static final Set<String> RULED_OUT = Set.of("استبعد", "استبعدت", "واستبعد", "واستبعدت");
    /** «ممكن», «وارد» (folded): a contact said to be possible, not held or planned. */
    private static final Set<String> POSSIBLE = Set.of("ممكن", "ممكنا", "ممكنه", "وارد", "واردا");
    /** How far after the contact's trigger (noun or verb) such a predicate may stand. */
    private static final int POSSIBLE_AFTER = 8;
    /** «احتمال/إمكانية [عقد] اجتماع»: words that make a contact only a possibility, and the verbal nouns after them. */
    private static final Set<String> POSSIBILITY = Set.of("احتمال", "امكانيه", "امكان", "احتماليه", "فرص", "فرصه", "فكره", "لفكره",
            "مهياه", "مهيا", "مهيئه", "مهيئا"); // «الظروف باتت مهيأة لعقد لقاء»
    /** How many a group is («الوزراء الثلاثة»), folded. */
    private static final Map<String, Integer> GROUP_COUNTS = Map.of("الثلاثه", 3, "الثلاث", 3, "الاربعه", 4, "الاربع", 4,
            "الخمسه", 5, "الخمس", 5, "السته", 6, "الست", 6);
    /** Present-tense contact triggers of the lexicon: in a wire they tell a plan («حيث يلتقي X» after «يصل … غدا»). */
    private static final Set<String> IMPERFECT = Set.of("يتصل", "تتصل", "يهاتف", "يجتمع", "تجتمع", "يلتقي", "تلتقي", "يلتقيان",
            "يلتقيا", "يستقبل", "تستقبل", "يزور", "تزور");
    /** «على هامش»: the gathering after it is background, its city the venue of the contacts held there. */
    private static final Set<String> MARGINS = Set.of("هامش", "وهامش");
    /** The value of a block phrase that also ends the clause of the contact before it (lexicon.tsv). */
    private static final String CLAUSE_END = "CLAUSE_END";
    /** «تستضيف بروكسل القمة»: the city that hosts is the venue, not a side. */
    private static final Set<String> HOSTING = Set.of("تستضيف", "وتستضيف", "يستضيف", "ويستضيف", "استضافت", "واستضافت",
            "استضاف", "واستضاف", "تحتضن", "وتحتضن", "احتضنت", "واحتضنت");
    /** «الأخير/الأخيرة» (the latter), folded. */
    private static final Set<String> LATTER = Set.of("الاخير", "الاخيره");
    /** «جمع/جمعت/تجمع/ستجمع…» (brought together) after a contact, alone or after «الذي/التي» or «أن»: the sides follow. */
    private static final Set<String> GATHERED = Set.of("جمع", "جمعت", "تجمع", "يجمع", "ستجمع", "سيجمع");
    private static final Set<String> RELATIVES = Set.of("الذي", "التي");
    private static final Set<String> WITH = Set.of("مع", "ومع");
    private static final Set<String> IN = Set.of("في", "وفي");
    private static final Set<String> CALLS = Set.of("CALL", "PHONE_CALL", "VIDEO_CALL");
    private static final Set<String> MEETINGS = Set.of("MEETING", "VISIT");
    private static final Set<String> PREPARES = Set.of("تعد", "يعد");
    private static final Set<String> DEMONSTRATIVES = Set.of("هذا", "هذه", "ذلك", "تلك", "وهذا", "وهذه");
    /** Words between a demonstrative and the contact it points at: «وهذه هي الزيارة», «هذا الاتصال أول محادثة». */
    private static final Set<String> COPULAS = Set.of("هو", "هي", "اول", "الاول", "اولي", "الاولي", "ثاني", "الثاني",
            "ثالث", "الثالث");
    private static final Set<String> GROUP_HEADS = Set.of("رئيس", "رئيسه", "مجلس", "نائب", "مجلسي");
    private static final Set<String> SCHEDULED = Set.of("المقرر", "المنتظر", "المتوقع", "المرتقب", "المفترض", "المزمع");
    /** Not «حضرة» (an honorific, folded like «حضره») nor «بمشاركة» (who takes part). */
    private static final Set<String> ATTENDING = Set.of("بحضور", "وبحضور", "حضر", "وحضر", "حضرها", "وحضرها",
            "وساطه", "بوساطه", "وبوساطه", // and mediators: «رغم وساطة مصرية قادها X»
            "برعايه", "وبرعايه", "رعايه", // and sponsors: «محادثات … برعاية سعودية أمريكية»
            "بتكليف", "بتوجيه", "بتوجيهات", "نيابه"); // and whoever sent the visitor: «بتكليف من رئيس الجمهورية»
    /** Temporal prepositions: a contact after them is when something happened, not what a verb before them made. */
    private static final Set<String> ADVERBIAL = Set.of("بعد", "قبل", "عقب", "اثر", "خلال", "وبعد", "وقبل", "وعقب", "قبيل", "وقبيل");
    /** Verbs of receiving a guest: their objects came together, unless told otherwise. */
    private static final Set<String> RECEPTION = Set.of("استقبل", "استقبلت", "يستقبل", "تستقبل", "سيستقبل", "ستستقبل",
            "واستقبل", "واستقبلت", "ويستقبل", "وتستقبل");
    private static final Set<String> SEVERAL_CALLS = Set.of("اتصالين", "مكالمتين", "اتصالات", "مكالمات", "اتصالان", "مكالمتان");
    private static final Set<String> BILATERAL = Set.of("ثنائيه", "منفرده");
    private static final Set<String> PLURAL_MEETINGS = Set.of("لقاءات", "اجتماعات", "مباحثات", "محادثات");
    /** «لقاءين منفصلين»: one after the other (with «ثم» before a person and «على حدة», which are checked where they occur). */
    private static final Set<String> SEPARATELY = Set.of("منفصلين", "منفصلتين", "منفصله", "منفردين");
    /** «كل منهما», «كل منهم»: each of the sides named before. */
    private static final Set<String> EACH_OF = Set.of("منهما", "منهم");
    /** «في لقاءين منفصلين», «في اجتماعات منفصلة»: the meetings, counted, after the contact's clause. */
    private static final Set<String> SEVERAL_MEETINGS = Set.of("لقاءين", "لقائين", "اجتماعين", "لقاءات", "اجتماعات");
    /** Offices a «مشترك» after them makes shared («الرئيس المشترك», co-chair), folded, without the article. */
    private static final Set<String> CO_TITLES = Set.of("رئيس", "رئيسه", "مقرر", "منسق", "امين", "مبعوث", "ممثل");
    private static final Set<String> JOINTLY = Set.of("ثلاثي", "ثلاثيه", "رباعي", "رباعيه", "خماسي", "خماسيه", "مشترك", "مشتركه",
            "موسع", "موسعه");
    private static final Set<String> TO = Set.of("الي", "والي"); // folded «إلى»
    private static final Set<String> FROM = Set.of("من");
    private static final Set<String> SIDE = Set.of("الجانب", "الطرف", "جانب", "طرف");
    private static final Set<String> OTHER = Set.of("اخر", "اخري", "اخرى", "جديد", "جديده");
    private static final Set<String> TITLE_WORDS = Set.of("وزير", "وزيري", "وزيرا", "وزيره", "خارجيه", "دفاع",
            "رئيس", "رئيسي", "رئيسا", "سفير", "سفيري", "مستشار", "نائب", "مساعد", "مساعده", "باسم", "زعيم", "زعيمي",
            "ملك", "امير", "وزراء", "داخليه", "ماليه", "مبعوث");
    private static final Set<String> PARTY_ORGS = Set.of("intl_org", "government", "parliament", "party", "armed_forces");
    private static final List<String> BA_HEADS = List.of("نظير", "وزير", "رئيس", "الرئيس", "الوزير", "ملك", "الملك", "امير",
            "الامير", "المستشار", "مستشار", "ولي", "نائب", "السيد", "خادم", "العاهل", "الشيخ", "السلطان", "المتحدث");
    /** The nouns of cancelling or putting off («أعلن إلغاء القمة»). */
    private static final Set<String> CANCELLING = Set.of("الغاء", "ارجاء", "تاجيل");
    private static final Set<String> CANCELLED = union(CANCELLING, Set.of("الغي", "الغيت", "ارجئ", "ارجئت", "تاجل", "تاجلت", "ارجا", "ارجات"));
    private static final Set<String> DENIALS = Set.of("نفي", "نفت", "ينفي", "تنفي"); // folded
    /** Denials that take an object after them, «نفى … «أي لقاء»» (the present «ينفي/تنفي» report, they do not tell). */
    private static final Set<String> DENYING = Set.of("نفي", "نفت", "ونفي", "ونفت", "نافيا", "نافيه");
    /** «مضيفا أنه …», «مؤكدا أنه …»: more of what the sentence's subject said. */
    private static final Set<String> ADDING = Set.of("مضيفا", "مضيفه", "مؤكدا", "مؤكده", "موضحا", "موضحه", "مشيرا", "مشيره");
    /** Participles that go on with what the sentence's subject says («، معربا عن», «، مشددا على»), folded. */
    private static final Set<String> SAYING_PARTICIPLES = union(ADDING, Set.of("معربا", "معربه", "مشددا", "مشدده", "معتبرا",
            "معتبره", "لافتا", "لافته", "محذرا", "محذره"));
    /**
     * A new report in the sentence («نفى أن يكون … ، وقال إن اللقاء …», «نفى …، مشددا على أن برنامجه اقتصر على لقاء X»):
     * the denial before it does not reach past it. Folded.
     */
    private static final Set<String> REPORTS = union(Set.of("وقال", "وقالت", "واضاف", "واضافت", "واكد", "واكدت", "وتابع", "وتابعت",
            "واوضح", "واوضحت", "واشار", "واشارت"), SAYING_PARTICIPLES);
    private static final int STATUS_BEFORE = 6;
    private static final int PLACE_WINDOW = 20;
    /** How far after a weak verb a medium («هاتفيا») makes it a contact of its own. */
    private static final int MEDIUM_WINDOW = 10;
    private static final int BETWEEN_WINDOW = 9;
    private static final int RECEIVED_WINDOW = 6;
    /** Nouns that take «بين» themselves: a «بين» after them does not name a contact's sides. */
    private static final Set<String> RELATIONS = Set.of("علاقات", "العلاقات", "تعاون", "حرب", "نزاع", "صراع", "توتر", "توترات",
            "خلاف", "خلافات", "حدود", "مسافه", "تنسيق", "شراكه", "فجوه", "هوه", "وساطه");
    private static final int NEAR_AFTER = 4;
    private static final Set<String> LIST_STOPS = Set.of("في", "وفي", "حول", "بشان", "على", "علي", "الى", "عن", "خلال",
            "منذ", "يوم", "يومي", "امس", "اليوم", "ضد", "لبحث", "لمناقشه", "بهدف", "وكذلك", ".", "؛", ":", "(", "؟");
    private static final Set<String> TOPIC = Set.of("عن", "حول", "بشان");
    /**
     * Words that open a clause of its own: the conjunctions «فيما», «بينما», «في حين» («فيما يتعلق» has no trigger
     * after it), and a signing («التقى X، ووقع مع Y مذكرة»: a signing is no contact, Y is not at X's).
     */
    private static final Set<String> CLAUSE_BREAKS = Set.of("فيما", "وفيما", "بينما", "وبينما", "حين",
            "ووقع", "ووقعت", "ووقعا");
    /** Offices whose holders have aides, envoys and deputies named after them. */
    private static final Set<String> PRINCIPALS = Set.of("head_of_state", "head_of_government", "president");
    /** Heads of a title that names another person: «مساعد الرئيس فلاديمير بوتين», «مستشار الأمير X», «مبعوث X». */
    private static final Set<String> AIDES = Set.of("مساعد", "مساعده", "مستشار", "مستشاره", "مبعوث", "مبعوثه", "ممثل", "ممثله",
            "نائب", "نائبه", "مستشاري"); // «كبير مستشاري الرئيس الأمريكي»
    /** «كبير مستشاري»: the rank before an aide's title. */
    private static final Set<String> SENIOR = Set.of("كبير", "كبيره");
    private static final int STATUS_AFTER = 3;
    private static final int CONTEXT_SENTENCES = 2;

    private final EventLexicon lexicon;
    private final KnowledgeBase kb;

    public EventExtractor(EventLexicon lexicon, KnowledgeBase kb) {
        this.lexicon = lexicon;
        this.kb = kb;
    }

    /** An actor's mention located by tokens. */
    private record Ref(String entityId, Analysis.EntityType type, int first, int end, int start, int endChar) {
    }

    private enum DateSource { NONE, DEFAULT, CONTEXT, SENTENCE }

    /** «غداة» (folded): "the day after"; the contact it introduces was the day before the story's day. */
    private static final String DAY_AFTER = "غداه";

    /** An event being assembled. */
    private static final class Draft {
        String type;
        boolean weak;
        Analysis.EventStatus status = Analysis.EventStatus.HAPPENED;
        boolean statusExplicit;
        String date;
        DateSource dateSource = DateSource.NONE;
        boolean dayShifted; // dated by «غداة» from the story's day: no later contact inherits that day
        String location;
        String initiator;
        String initiatorCountry;
        boolean oneCaller;
        boolean definite;
        /** The sides came from «بين X وY وZ», or the words say they met together («اجتماع ثلاثي»). */
        boolean jointly;
        /** «ثم», «كلا على حدة», «في لقاءين منفصلين»: one after the other. */
        boolean separately;
        /** Told with a verb of receiving («استقبل X A وB»): the host's guests came together. */
        boolean reception;
        /** The story's day (for offices held when the contact has no date of its own). */
        String storyDay;
        /** Named with a dual or plural call noun («اتصالين», «اتصالات»): one call each. */
        boolean severalCalls;
        /** Unnamed officials' countries or bodies met by a lone named side («وفدا أمريكيا», «مع الحوثيين»). */
        List<String> unnamedSides = List.of();
        /** «اتفقا على عقد لقاء»: a contact agreed on, not held. */
        boolean agreed;
        /** «ويعد هذا الاتصال أول محادثة …», «وهذه هي الزيارة الأولى»: the contact told just before, named again. */
        boolean pointsBack;
        /** «والتقى كل منهما X»: each of the sides before the trigger met X (named last). */
        boolean eachOfThem;
        /** «، وفي مسقط الاثنين Y»: the venue told with a side met elsewhere, by side. */
        Map<String, String> placeOf = new java.util.HashMap<>();
        /** The day told with a side met elsewhere, by side (read forward for a plan when split off). */
        Map<String, DateMention> dayOf = new java.util.HashMap<>();
        List<String> participants = new ArrayList<>();
        List<Segment> evidence = new ArrayList<>();
    }

    public List<Analysis.Event> extract(String articleId, String text, List<Analysis.Sentence> sentences,
                                        List<Segmenter.Token> tokens, List<Analysis.EntityMentions> entities,
                                        List<DateMention> dates, String publishedDay, String defaultDay,
                                        List<Analysis.Quote> quotes) {
        List<Ref> refs = refs(tokens, entities);
        Set<String> present = new java.util.HashSet<>();
        entities.forEach(em -> present.add(em.entity().id()));
        List<Draft> events = new ArrayList<>();
        int tokenIndex = 0;
        for (int s = 0; s < sentences.size(); s++) {
            Segment sentence = sentences.get(s).segment();
            while (tokenIndex < tokens.size() && tokens.get(tokenIndex).start() < sentence.start()) {
                tokenIndex++;
            }
            int a = tokenIndex;
            int b = a;
            while (b < tokens.size() && tokens.get(b).end() <= sentence.end()) {
                b++;
            }
            tokenIndex = b;
            if (a < b) {
                sentenceEvents(text, tokens, a, b, sentence, s, sentences, refs, present, dates, publishedDay, defaultDay, events, quotes);
            }
        }
        List<Analysis.Event> out = new ArrayList<>();
        for (Draft d : events) {
            if (d.participants.size() < 2) {
                continue;
            }
            String type = switch (d.type) {
                case "CALL" -> "PHONE_CALL";
                case "VISIT" -> "MEETING";
                default -> d.type;
            };
            boolean negated = d.status == Analysis.EventStatus.NEGATED;
            String initiator = !negated && d.initiator != null && d.participants.contains(d.initiator) ? d.initiator : null;
            if (negated) {
                d.date = null; // a contact that did not happen has no day
            }
            out.add(new Analysis.Event(eventId(articleId, type, d.participants, d.date), type, d.status, d.date,
                    d.location, List.copyOf(d.participants), initiator, List.copyOf(d.evidence)));
        }
        return out;
    }

    private void sentenceEvents(String text, List<Segmenter.Token> tokens, int a, int b, Segment sentence, int sIndex,
                                List<Analysis.Sentence> sentences, List<Ref> refs, Set<String> present,
                                List<DateMention> dates, String publishedDay, String defaultDay, List<Draft> events,
                                List<Analysis.Quote> quotes) {
        List<EventLexicon.Match> strong = new ArrayList<>();
        List<EventLexicon.Match> weak = new ArrayList<>();
        boolean possibility = false;
        for (int i = a; i < b; i++) {
            EventLexicon.Match block = lexicon.at(tokens, i, Kind.BLOCK);
            if (block != null) {
                i = block.end() - 1;
                continue;
            }
            if (insideRef(refs, tokens.get(i))) {
                continue;
            }
            EventLexicon.Match t = lexicon.at(tokens, i, Kind.TRIGGER);
            if (t != null && i > a && ADVERBIAL.contains(tokens.get(i - 1).normalized()) && tokens.get(i).normalized().startsWith("ال")
                    && strongAfter(tokens, t.end(), b)) {
                continue; // «أجرى ماكرون بعد اللقاء اتصالا بعون»: «بعد اللقاء» points back, the sentence's contact is the call
            }
            if (t != null && !strong.isEmpty() && i - 2 >= a && tokens.get(i).normalized().startsWith("ال")
                    && (ADVERBIAL.contains(tokens.get(i - 1).normalized())
                    || ADVERBIAL.contains(tokens.get(i - 2).normalized()) && !isPunctuation(tokens.get(i - 1)))
                    && !(t.end() < b && (BETWEEN.contains(tokens.get(t.end()).normalized()) || WITH.contains(tokens.get(t.end()).normalized())))) {
                continue; // «التقى X، قبل انطلاق المحادثات، كلا من A وB»: the talks only tell when; the contact is the meeting
            }
            if (t != null && i > a && MARGINS.contains(tokens.get(i - 1).normalized())) {
                continue; // «على هامش قمة الاتحاد الأفريقي»: the gathering whose margins hold the contact is background
            }
            if (t != null && namedByItsCity(tokens, refs, t, b)) {
                continue; // «حول نتائج اجتماعات فيينا»: a conference named by its city, not a contact of the sentence's sides
            }
            if (t != null && hypothetical(tokens, a, i, b)) {
                possibility = true;
                continue; // «ناقشا احتمال عقد اجتماع بين X وY»: a possibility, not a contact
            }
            if (t != null && "VISIT".equals(t.entry().value()) && i - 3 > a && inRelativeClause(tokens, i - 4, i)) {
                continue; // «سلامة، الذي يقوم بزيارة إلى الجزائر»: the visit the contact is part of, told about its guest
            }
            if (t != null && "VISIT".equals(t.entry().value()) && invitationOnly(tokens, a, b, i)) {
                continue; // «دعا ترامب بوتين لزيارة واشنطن»: an invitation, not a visit (unless it was accepted)
            }
            if (t != null) {
                strong.add(t);
                continue;
            }
            EventLexicon.Match w = lexicon.at(tokens, i, Kind.WEAK);
            if (w != null && !(i + 1 < b && OTHER.contains(tokens.get(i + 1).stem()))) {
                // «بحث X هاتفيا مع Y»: a medium right after the verb makes it a call of its own
                (callLike(tokens, w, b) ? strong : weak).add(w);
            }
        }
        // weak verbs stand in for no trigger, not for a possibility: «ناقشا احتمال عقد اجتماع» is no talk between its sides
        List<EventLexicon.Match> triggers = !strong.isEmpty() ? strong : possibility ? List.of() : weak;
        Set<String> previousObjects = Set.of();
        int previousUntil = a;
        String previousSubject = null;
        boolean pointedBack = false;
        int previousFrom = a;
        for (int k = 0; k < triggers.size(); k++) {
            EventLexicon.Match t = triggers.get(k);
            int from = k == 0 ? a : duringVisit(tokens, refs, triggers.get(k - 1), previousFrom, t) ? previousFrom : triggers.get(k - 1).end();
            previousFrom = from;
            for (int i = t.first() - 1; i > from; i--) { // the break opens this contact's clause
                boolean opens = i >= t.first() - 3 || i + 1 < t.first() && LIGHT_VERBS.contains(tokens.get(i + 1).normalized());
                if (opens && CLAUSE_BREAKS.contains(tokens.get(i).normalized())) { // «فيما عقد X مع الضيف جلسة مباحثات»
                    from = i + 1; // «التقى لافروف وانغ يي، فيما التقى شويغو وي فنغي»: the first clause's people are not this one's
                    break;
                }
            }
            Analysis.Quote quote = directQuoteAround(quotes, tokens.get(t.first()).start());
            int to = k + 1 < triggers.size() ? triggers.get(k + 1).first() : b;
            for (int i = t.end(); i < to; i++) {
                if (CLAUSE_BREAKS.contains(tokens.get(i).normalized())) {
                    to = i; // «التقى كيري نتنياهو في برلين، فيما كان الملك قد بحث هاتفيا مع كيري»: the king is the next one's
                    break;
                }
                // «لم يلتق X أي مسؤول في حزب الله، قال النائب محمد رعد إن …»: who says it is no side (but «وفي اتصال هاتفي
                // أجراه معه بايدن، أكد السيسي», «وخلال لقائه X، قال Y»: the phrase goes on with its subject); «قال إن "زيارة
                // الوزير مهمة"، معربا عن تقديره لدور الرئيس X»: more of what is said, no side
                if (isComma(tokens.get(i)) && i + 1 < to && (SAYING_PARTICIPLES.contains(tokens.get(i + 1).normalized())
                        || sayingVerb(tokens.get(i + 1).normalized()) && !fronted(tokens, t, from))) {
                    to = i;
                    break;
                }
            }
            String sayer = null;
            boolean firstPerson = false;
            for (int i = t.first() - 1; i >= from; i--) {
                if (lexicon.is(tokens.get(i), Kind.COMPLEMENTIZER) && !(i > 0 && SCHEDULED.contains(tokens.get(i - 1).normalized()))
                        && !insideAnyRef(refs, i) // not a name's word («مون جيه إن»)
                        && !(i + 1 == t.first() && agreedTo(tokens, t, a))) { // «اتفق X وY على أن يلتقيا»: they are its sides
                    // «قال X إنه التقى Y»: the pronoun is the one who says it, so X takes part («من المقرر أن» is no
                    // report: «يتوجه ظريف إلى أنقرة حيث من المقرر أن يلتقي نظيره» keeps Zarif)
                    String w = tokens.get(i).normalized();
                    boolean verbThenCall = i + 1 < t.first() && (lexicon.at(tokens, i + 1, Kind.RECEIVED) != null
                            || lexicon.at(tokens, i + 1, Kind.PLACED) != null); // «إنه تلقى الأحد اتصالاً من لافروف»
                    // «إنه أجرى مع نظيره Y اتصالا»: the other side named before the call
                    if ((w.endsWith("نه") || w.endsWith("نها")) && (t.first() - i <= 2 || sideBeforeCall(tokens, refs, i, t) || verbThenCall && (t.first() - i <= 4
                            || t.first() - i <= 7 && timeClauseBeforeCall(tokens, refs, i, t)))) {
                        // «وقال X عقب لقائه Y إن "…"، مضيفا أنه أجرى …»: the adverb goes on with the sentence's subject
                        String continued = i > a && ADDING.contains(tokens.get(i - 1).normalized()) ? speakerOf(tokens, refs, a, i) : null;
                        sayer = continued != null ? continued : lastPersonBefore(refs, from, i);
                    }
                    from = i + 1;
                    break;
                }
            }
            if (sayer == null) {
                int verb = firstPersonVerb(tokens, refs, t, from, quote); // «قال X: "التقيت نظيري Y"»
                if (verb >= 0) {
                    sayer = quote.speakerId();
                    firstPerson = true;
                    // «"تحدثت مع روبيو، وسأتصل بفيدان"»: the one he will call is named after «سأتصل» (but «"تحدثت مع X،
                    // واتفقنا على أن نلتقي"»: we, X named before)
                    String w = ArabicText.stripConjunction(tokens.get(verb).normalized());
                    from = w.startsWith("ن") || w.startsWith("سن") || w.endsWith("نا") ? from : verb;
                }
            }
            for (int i = t.end(); i < to; i++) {
                // «أعرب خلاله الأخير عن دعم … ولجهود سمو الأمير»: what was said, not who took part (but «يلتقي
                // خلالها X»: right after the trigger, the participant follows)
                if (lexicon.is(tokens.get(i), Kind.COMPLEMENTIZER) && !insideAnyRef(refs, i)
                        && !(i == t.end() && tokens.get(i).normalized().startsWith("خلال"))
                        && !SCHEDULED.contains(tokens.get(i - 1).normalized())) { // «القمة التي كان من المقرر أن تجمع X وY»
                    to = i;
                    break;
                }
                EventLexicon.Match block = lexicon.at(tokens, i, Kind.BLOCK);
                if (block != null && CLAUSE_END.equals(block.entry().value())) {
                    to = i; // «وبحث معه التحضيرات لزيارة مرتقبة لوزير الخارجية»: the one to visit is not at this contact
                    break;
                }
            }
            to = parentheticalEnd(tokens, refs, t, from, to);
            if (vagueMeetings(tokens, refs, t, from, to)) {
                continue; // «فيما شهدت أروقة المؤتمر لقاءات ثنائية»: meetings told of, no one said to hold them
            }
            // a date named in the clause of a later contact of another kind belongs to that one: «بحث X هاتفيا … ترتيبات
            // الزيارة … الشهر المقبل» (not «يلتقي X وY على هامش قمة … الشهر المقبل»)
            int dateEnd = k + 1 < triggers.size() && callLike(tokens, t, b) != callLike(tokens, triggers.get(k + 1), b)
                    ? tokens.get(triggers.get(k + 1).first()).start() : sentence.end();
            Draft d = draft(text, tokens, t, from, to, refs, present, previousObjects, previousUntil, strong.isEmpty(), dates, sentence, sIndex,
                    sentences, publishedDay, defaultDay, events, dateEnd);
            d.pointsBack = pointsBack(tokens, t.first(), k > 0 && pointedBack ? triggers.get(k - 1).end() : -1)
                    || t.first() > a && RESULTS.contains(tokens.get(t.first() - 1).normalized()); // «على نتائج المحادثات مع الأسد»
            if (d.pointsBack && t.end() < to && ADVERBIAL.contains(tokens.get(t.end()).normalized())) {
                // «وتأتي هذه المحادثات بعد أسابيع من رسالة بعث بها ترامب إلى خامنئي»: those named after «بعد» are
                // another story's; the contact is the one just told
                d.participants.clear();
            }
            if (t.first() > a && ANY.contains(tokens.get(t.first() - 1).normalized()) && ofThisKind(tokens, t.end(), to)) {
                // «نفى الناطق باسم الوزارة "أي لقاء من هذا القبيل"»: the contact just told, whoever denies it
                d.pointsBack = true;
                d.definite = true;
                d.participants.clear();
            }
            pointedBack = d.pointsBack;
            dropSpeaker(d, quote, refs, tokens, t);
            // «زار X دمشق … والتقى Y», «قال X إنه التقى Y»: a subject the clause does not repeat
            String implicit = sayer != null ? sayer : k > 0 ? previousSubject : null;
            // «زار الأسد طهران حيث التقى خامنئي والرئيس روحاني»: with several, only a list joined by «و» has no subject
            if (implicit != null && !d.participants.isEmpty() && !d.participants.contains(implicit)
                    && (d.participants.size() == 1 || !d.jointly && coordinated(tokens, refs, d.participants.get(1), t.end()))
                    // («"لم ألتق أي مسؤول إسرائيلي"»: I, and a country)
                    && isPerson(implicit) && (isPerson(d.participants.get(0)) || firstPerson) && (sayer != null // «قال X إنه تحدث مع Y»: X, whoever was named before
                    || refs.stream().noneMatch(r -> r.entityId().equals(d.participants.get(0)) && r.first() < t.first() && r.first() >= a))) {
                d.participants.add(0, implicit);
                d.oneCaller = false;
                if (d.initiator == null && d.initiatorCountry == null && CALLS.contains(t.entry().value())
                        && placedByImplicit(tokens, refs, from, t)) {
                    d.initiator = implicit; // «وقال لافروف إنه أجرى أمس اتصالا هاتفيا بنظيره»: the one who says he placed it
                }
            }
            if (!d.unnamedSides.isEmpty() && (d.participants.size() == 1 || d.severalCalls)) {
                // not the person's own country, nor its own state bodies («التقى غالانت قادة الجيش الإسرائيلي»)
                String home = kb.affiliation(d.participants.get(0), d.storyDay);
                d.unnamedSides.stream().filter(side -> !side.equals(home) && !(stateBody(side) && home != null
                        && home.equals(kb.affiliation(side, d.storyDay)))).forEach(side -> addOnce(d.participants, side));
            }
            // a clause with no one in it («…، بعد أن زار دمشق») keeps the subject it carried on («وكان الصفدي قد بحث …»)
            previousSubject = !d.participants.isEmpty() ? d.participants.get(0)
                    : implicit != null ? implicit : lastPersonBefore(refs, a, t.first());
            previousObjects = d.participants.size() > 1 ? Set.copyOf(d.participants.subList(1, d.participants.size())) : Set.of();
            previousUntil = to;
            place(d, events);
        }
    }

    private Draft draft(String text, List<Segmenter.Token> tokens, EventLexicon.Match t, int from, int to, List<Ref> refs,
                        Set<String> present, Set<String> previousObjects, int previousUntil, boolean weak, List<DateMention> dates, Segment sentence, int sIndex,
                        List<Analysis.Sentence> sentences, String publishedDay, String defaultDay, List<Draft> events, int dateEnd) {
        Draft d = new Draft();
        d.weak = weak;
        d.definite = EventLexicon.definite(tokens.get(t.first()).normalized());
        d.type = t.entry().value();
        d.reception = RECEPTION.contains(Segmenter.stripArticle(tokens.get(t.first()).normalized()));
        d.severalCalls = SEVERAL_CALLS.contains(tokens.get(t.first()).normalized());
        d.storyDay = publishedDay != null && publishedDay.length() == 10 ? publishedDay : null;
        d.evidence.add(sentence);
        // medium: the first after the trigger, else before it («تلقى اتصالا هاتفيا …، كما عقد اجتماعا عبر الاتصال المرئي»:
        // the second contact's medium is its own, not the call's «هاتفيا» left in its clause)
        EventLexicon.Match medium = null;
        int relative = relativeClauseAfter(tokens, t.end() - 1, to);
        for (int i = t.end(); i <= Math.min(relative, to - 1) && medium == null; i++) { // the pronoun is no medium either
            medium = lexicon.at(tokens, i, Kind.MODIFIER); // not «…، الذي شارك في الافتتاح عن بعد»: someone else's
        }
        for (int i = from; i < t.first() && medium == null; i++) {
            medium = lexicon.at(tokens, i, Kind.MODIFIER);
        }
        if (medium != null) {
            d.type = withMedium(d.type, medium.entry().value());
            d.weak &= !Set.of("PHONE_CALL", "VIDEO_CALL").contains(d.type); // «بحث X هاتفيا مع Y» names a call
        }
        // actors named as initiators («بمبادرة من الجانب الأميركي») are not, by that mention, participants
        boolean[] initiative = new boolean[to - from];
        for (int i = from; i < to; i++) {
            EventLexicon.Match m = lexicon.at(tokens, i, Kind.INITIATIVE);
            if (m != null) {
                for (int k = i; k < Math.min(to, m.end() + 3); k++) {
                    initiative[k - from] = true;
                }
            }
        }
        List<Ref> inRegion = refs.stream().filter(r -> r.first() >= from && r.end() <= to).toList();
        // «نفت زاخاروفا ما تناقلته وسائل إعلام عن لقاء جمع X وY»: a contact that is the topic of what someone says
        // («عن», «حول», «بشأن» before it) has its sides after it
        boolean topic = t.first() > from && TOPIC.contains(tokens.get(t.first() - 1).normalized());
        List<Ref> sides = inRegion.stream().filter(r -> !initiative[r.first() - from] && !(topic && r.first() < t.first())
                && !aideOf(tokens, inRegion, r)).toList();
        // place: «في [العاصمة [الروسية]] موسكو»
        String location = null;
        boolean visit = "VISIT".equals(d.type);
        String destination = null; // a visit's destination, city or country: «زيارة إلى القاهرة», «يزور مصر»
        for (Ref r : inRegion) {
            if (weak && location == null && r.type() == Analysis.EntityType.LOC && r.first() > t.end() && isCity(r.entityId())
                    && afterIn(tokens, r, from) && (inRegion.stream().anyMatch(p -> p.type() == Analysis.EntityType.PERSON
                    && p.end() == r.first() - 1 && IN.contains(tokens.get(r.first() - 1).normalized()))
                    || namedContactBefore(tokens, t.end(), r.first()))) {
                // «بحث X مع Y في عمان أمس التطورات», «بحث X وY، خلال جلسة مباحثات عقدت في باريس، …»: where they met,
                // not a topic («التطورات في حلب»)
                location = r.entityId();
                continue;
            }
            if (weak || r.type() != Analysis.EntityType.LOC || r.first() > t.end() + PLACE_WINDOW && !afterSide(tokens, inRegion, t, r)) {
                continue; // but «التقى A، وB، وC، وD، [وزير الخارجية الأمريكي] تيلرسون في جدة»: right after the last side
            }
            if (r.first() <= t.first()) {
                // «وصل X إلى الدوحة في زيارة»: the destination before the visit
                if (visit && r.first() > from && TO.contains(tokens.get(r.first() - 1).normalized()) && destination == null) {
                    destination = r.entityId();
                    location = isCity(r.entityId()) ? r.entityId() : null;
                } else if (!visit && location == null && !CALLS.contains(d.type) && isCity(r.entityId()) && afterIn(tokens, r, from)
                        && (lightVerbBefore(tokens, from, r.first()) || r.first() - 1 == sentenceFirst(tokens, sentence)) && refs.stream().noneMatch(o -> o.type() == Analysis.EntityType.PERSON
                        && o.first() >= r.end() && o.first() < t.first())) {
                    location = r.entityId(); // «أجرى الأحد في مسقط لقاءات مع …», «وفي عدن، التقى …»
                } else if (location == null && !CALLS.contains(d.type) && isCity(r.entityId()) && hostedBy(tokens, r, from)) {
                    location = r.entityId(); // «استضافت مدينة أنطاليا أمس اجتماعا بين …», «وشهدت العاصمة مسقط جولة …»
                }
                continue;
            }
            boolean toward = visit && (r.first() == t.end() || TO.contains(tokens.get(r.first() - 1).normalized())
                    || inRegion.stream().anyMatch(p -> p.type() == Analysis.EntityType.PERSON && p.end() == r.first()
                    && p.first() >= t.end() && p.first() - t.end() <= 4) // «يزور وزير الخارجية شائع الزنداني موسكو»
                    || tokens.get(r.first()).normalized().startsWith("لل") || tokens.get(r.first()).normalized().startsWith("ل")
                    && r.start() > tokens.get(r.first()).start());
            if (isCity(r.entityId()) && (afterIn(tokens, r, from) || toward) && location == null
                    && !seatOf(tokens, inRegion, r, t, dates)) {
                location = r.entityId();
                destination = destination == null ? r.entityId() : destination;
                break;
            }
            if (toward && isCountry(r.entityId()) && destination == null) {
                destination = r.entityId();
            }
        }
        if (location == null && !CALLS.contains(d.type)) {
            for (int i = t.end(); i + 1 < to && i < t.end() + PLACE_WINDOW; i++) {
                String w = tokens.get(i).normalized();
                String bare = w.endsWith("ها") ? w.substring(0, w.length() - 2) : w.endsWith("ه") ? w.substring(0, w.length() - 1) : w;
                if (HOSTING.contains(bare) && bare.length() < w.length()) {
                    int next = i + 1; // «القمة التي كان من المقرر أن تستضيفها عمّان»: the city that hosts it
                    location = inRegion.stream().filter(r -> r.first() == next && isCity(r.entityId())).map(Ref::entityId)
                            .findFirst().orElse(null);
                    break;
                }
            }
        }
        if (location == null && !visit && !CALLS.contains(d.type)) {
            location = cityBeforeWhere(tokens, refs, sentenceFirst(tokens, sentence), t.first()); // «قادما من لشبونة، حيث التقى»
        }
        if (location == null && !visit && !CALLS.contains(d.type)) {
            location = visitedCity(tokens, refs, sentenceFirst(tokens, sentence), t.first()); // «يزور واشنطن، حيث يلتقي X»
        }
        if (location == null && !CALLS.contains(d.type)) {
            int end = to;
            while (end < tokens.size() && tokens.get(end).start() < sentence.end()) {
                end++; // «…، وذلك على هامش …» ends the clause but is still its sentence
            }
            location = marginsCity(tokens, refs, from, end); // «على هامش قمة العشرين المنعقدة في مدينة هانغتشو»
        }
        d.location = location;
        // participants
        List<String> participants = new ArrayList<>();
        int withAfter = -1;
        for (int i = t.end(); i < to && withAfter < 0; i++) {
            if (WITH.contains(tokens.get(i).normalized())) {
                withAfter = i;
            }
        }
        int withIndex = withAfter;
        d.oneCaller = withIndex >= 0 && inRegion.stream().filter(r -> r.type() == Analysis.EntityType.PERSON && r.first() < t.first())
                .map(Ref::entityId).distinct().count() == 1;
        int betweenAt = -1;
        String betweenHim = null; // «بينه وبين X»: the one the pronoun stands for, and X
        for (int i = t.end(); i < Math.min(to, t.end() + BETWEEN_WINDOW); i++) {
            String w = tokens.get(i).normalized();
            if (BETWEEN.contains(w) || GATHERED.contains(w) && (i == t.end() || RELATIVES.contains(tokens.get(i - 1).normalized())
                    || "ان".equals(tokens.get(i - 1).normalized()))) { // «القمة التي كان من المقرر أن تجمع X وY»
                betweenAt = i; // «القمة التي جمعت X وY» names its sides as «بين X وY» does
                break;
            }
            if (BETWEEN_HIM.contains(w) && i + 1 < to && "وبين".equals(tokens.get(i + 1).normalized())) {
                betweenAt = i + 1;
                betweenHim = lastPersonBefore(refs, sentenceFirst(tokens, sentence), t.first());
                break;
            }
            boolean comma = "،,".indexOf(tokens.get(i).text().charAt(0)) >= 0
                    && !(i + 1 < to && BETWEEN.contains(tokens.get(i + 1).normalized())); // «… قريبا، بين X وY» is still theirs
            if (RELATIONS.contains(Segmenter.stripArticle(w)) || "«»\"“”".indexOf(tokens.get(i).text().charAt(0)) >= 0 || comma) {
                break; // «العلاقات بين إسرائيل ومصر», «اتصالا بـY، هو الأول بين الوزيرين»: that «بين» belongs elsewhere
            }
        }
        d.jointly = betweenAt >= 0;
        for (int i = Math.max(from, t.first() - 3); i <= t.end() + 1 && i + 1 < to; i++) { // «والتقى كل منهما»
            String w = tokens.get(i).normalized();
            d.eachOfThem |= ("كل".equals(w) || "وكل".equals(w)) && EACH_OF.contains(tokens.get(i + 1).normalized());
        }
        // «التقى X كلا من A وB في لقاءين منفصلين»: the dual noun that tells it is the next trigger, past this clause
        if (to + 1 < tokens.size() && tokens.get(to + 1).end() <= sentence.end() && SEVERAL_MEETINGS.contains(withoutBa(tokens.get(to).normalized()))
                && SEPARATELY.contains(tokens.get(to + 1).normalized())) {
            d.separately = true;
        }
        for (int i = from; i < to; i++) {
            String w = tokens.get(i).normalized();
            int k = i;
            d.separately |= SEPARATELY.contains(w) || w.equals("ثم")
                    && refs.stream().anyMatch(r -> r.type() == Analysis.EntityType.PERSON && r.first() > k && r.first() <= k + 3)
                    || w.equals("حده") && i > 0 && tokens.get(i - 1).normalized().startsWith("عل")
                    || BILATERAL.contains(w) && i > 0 && PLURAL_MEETINGS.contains(tokens.get(i - 1).normalized()); // «لقاءات ثنائية مع A وB»
            Ref city = i > t.end() && "وفي".equals(w) ? elsewhere(refs, k) : null;
            if (city != null) {
                d.separately = true; // «التقى في الدوحة الأحد X، وفي مسقط الاثنين Y»
                Ref side = refs.stream().filter(r -> r.type() == Analysis.EntityType.PERSON && r.first() >= city.end())
                        .findFirst().orElseThrow(); // there is one: elsewhere() found it
                d.placeOf.put(side.entityId(), city.entityId());
                DateMention day = nearest(dates, tokens.get(city.end() - 1).end(), tokens.get(side.first()).start(), tokens.get(k).start());
                if (day != null && day.precision() == Precision.DAY) {
                    d.dayOf.put(side.entityId(), day);
                }
            }
            d.jointly |= i >= t.first() && JOINTLY.contains(Segmenter.stripArticle(w)) // not «وقبيل الاجتماع الثلاثي، عقد لقاءين»
                    && !(i > 0 && coTitle(tokens.get(i - 1).normalized())); // «والرئيس المشترك»: a co-chair, not a joint meeting
        }
        List<Ref> candidates;
        if (betweenAt >= 0) {
            int stop = to;
            for (int i = betweenAt + 1; i < to; i++) {
                if (LIST_STOPS.contains(tokens.get(i).normalized()) && !insideAnyRef(inRegion, i)) {
                    int k = i;
                    Ref place = IN.contains(tokens.get(i).normalized()) ? inRegion.stream()
                            .filter(r -> r.first() == k + 1 && r.type() == Analysis.EntityType.LOC).findFirst().orElse(null) : null;
                    if (place != null && place.end() < to && baHead(tokens.get(place.end()).normalized())) {
                        i = place.end() - 1; // «لقاء جمع غروندبرغ في عدن برئيس المجلس»: where, then the other side
                        continue;
                    }
                    stop = i;
                    break;
                }
            }
            int listStart = betweenAt;
            int listEnd = stop;
            candidates = new ArrayList<>(sides.stream().filter(r -> r.first() > listStart && r.first() < listEnd).toList());
            // «استضاف لافروف في موسكو محادثات بين وزيري خارجية أذربيجان وأرمينيا»: a person who hosts talks between
            // others sits at them (a hosting city does not: «استضافت الدوحة محادثات بين …»)
            for (int i = from; i < t.first(); i++) {
                if (HOSTING.contains(tokens.get(i).normalized())) {
                    int verb = i;
                    // the host after the verb, or before it («وكان لافروف قد استضاف»)
                    sides.stream().filter(r -> r.type() == Analysis.EntityType.PERSON && (r.first() > verb && r.first() <= verb + 4
                            && r.end() <= t.first() || r.end() == verb || r.end() == verb - 1 && "قد".equals(tokens.get(verb - 1).normalized())))
                            .findFirst().ifPresent(host -> candidates.add(0, host));
                    break;
                }
            }
        } else {
            candidates = sides;
        }
        int attending = -1; // «بحضور X», «حضر اللقاء X»: those present are not sides of the contact
        for (int i = from; i < to && attending < 0; i++) {
            if (ATTENDING.contains(tokens.get(i).normalized())) {
                attending = i;
            }
        }
        int attendingEnd = to; // «وبحضور X، استقبل Y Z»: only the phrase «بحضور» governs, up to a comma or the trigger
        for (int i = attending + 1; attending >= 0 && attending != t.first() - 1 && i < to; i++) {
            // after the contact the phrase runs on past a comma («بتكليف من رئيس الجمهورية، السيد عبد المجيد تبون»,
            // «بحضور الوزير، والسفير»); measured on the held-out sets, stopping at the comma lost more than it won
            boolean runsOn = attending > t.first();
            if (i == t.first() || !runsOn && "،,".indexOf(tokens.get(i).text().charAt(0)) >= 0) {
                attendingEnd = i;
                break;
            }
        }
        if (betweenHim != null) {
            addOnce(participants, betweenHim);
        }
        // the first verb of saying or denying after the contact («… لقاء مع Y، وقال المتحدث …»), looked for once
        int told = candidates.isEmpty() ? -1 : toldFrom(tokens, t.end(), candidates.stream().mapToInt(Ref::first).max().getAsInt());
        for (Ref r : candidates) {
            if (r.type() == Analysis.EntityType.LOC && isCountry(r.entityId()) && r.first() > t.end() && officialsOf(tokens, r)) {
                addOnce(participants, r.entityId()); // «لقاء جمع باقري كني بمسؤولين من الولايات المتحدة»: the country
                continue;
            }
            if (r.type() != Analysis.EntityType.PERSON || previousObjects.contains(r.entityId()) && r.first() < previousUntil) {
                continue; // «التقى ترامب ماي قبل قمة مع بوتين»: May met Trump, she is not at the summit
            }
            if (attending >= 0 && r.first() > attending && r.first() < attendingEnd && (attending < t.first() || r.first() > t.end())) {
                continue;
            }
            if (r.first() < t.first() && t.first() > from && CANCELLING.contains(tokens.get(t.first() - 1).normalized())
                    && candidates.stream().anyMatch(o -> o.type() == Analysis.EntityType.PERSON && o.first() > t.end())) {
                continue; // «أعلن الصفدي إلغاء القمة … بمشاركة A وB»: who announces it is not at it
            }
            if (sentBy(tokens, r) || r.first() > t.end() && (inRelativeClause(tokens, t.end(), r.first())
                    || subjectOfRelative(tokens, t.end(), r.first()))) {
                continue; // «سلمه آبي رسالة من ترامب», «السفير X، الذي نقل إليه تهاني لاريجاني»: named, not there
            }
            if (r.first() >= t.end() && told >= 0 && told < r.first() && spokesperson(tokens, refs, r, t.end(), d.storyDay)) {
                continue; // «عقد X لقاء مع Y، وقال المتحدث باسم الرئاسة بسام راضي إن …»: a spokesperson tells of the contact
            }
            addOnce(participants, r.entityId());
        }
        if (participants.size() == 1) {
            // «استقبل السيسي وفدا أمريكيا», «وفدا رفيع المستوى من الولايات المتحدة», «وفدا من حركة حماس»: unnamed
            // officials stand for their country or body (not one named with them: «وفدا أمريكيا برئاسة بلينكن»); «أجرى
            // X محادثات مع الحوثيين»: a movement or armed force met as a body. Added once the clause's subject is known.
            List<String> bodies = new ArrayList<>(delegation(tokens, refs, t.end(), to));
            if (bodies.isEmpty()) {
                candidates.stream().filter(r -> r.first() > t.end() && r.type() == Analysis.EntityType.ORG && movement(r.entityId())
                        && WITH.contains(tokens.get(r.first() - 1).normalized()))
                        .findFirst().ifPresent(r -> bodies.add(r.entityId()));
            }
            d.unnamedSides = bodies;
        }
        // «قمة مجموعة بريكس التي تستضيفها الهند», «اجتماع الجامعة العربية»: an organisation's own gathering, no
        // contact between sides (but «قمة الاتحاد الأوروبي والصين», «قمة الاتحاد الأوروبي – الصين»)
        boolean ownGathering = candidates.stream().anyMatch(r -> r.first() == t.end() && isIntlOrg(r.entityId())
                && !(r.end() < to && (tokens.get(r.end()).normalized().startsWith("و") || "-–—".indexOf(tokens.get(r.end()).text().charAt(0)) >= 0)));
        if (participants.isEmpty() && !ownGathering) {
            // no one named: countries, capitals (for their country) and organisations that take part — after
            // «بين», as the subject before the trigger, right after it («اجتماع مجلس روسيا – الناتو») or after «مع»
            int withAt = -1;
            for (int i = t.end(); i < to && withAt < 0; i++) {
                if (WITH.contains(tokens.get(i).normalized())) {
                    withAt = i;
                }
            }
            Ref subject = null;
            Ref coordinated = null; // «روسيا وأوكرانيا تعقدان»: the subject is a pair joined by «و»
            for (Ref r : candidates) {
                if (r.first() < t.first() && isParty(r.entityId()) && !titleContext(tokens, r, from)
                        && !(r.first() > 0 && HOSTING.contains(tokens.get(r.first() - 1).normalized()))) { // «وتستضيف بروكسل»: the venue
                    coordinated = subject != null && subject.end() == r.first() && tokens.get(r.first()).normalized().startsWith("و")
                            && r.start() > tokens.get(r.first()).start() ? subject : null;
                    subject = r;
                }
            }
            // «التقى مسؤولون أمريكيون وإيرانيون», «وأجرى وفد سعودي محادثات مع الحوثيين»: unnamed officials' countries
            if (betweenAt < 0) {
                delegation(tokens, refs, from, to).forEach(side -> addOnce(participants, side));
            }
            for (Ref r : candidates) {
                if (betweenAt < 0 && r.first() > t.end() && IN.contains(tokens.get(r.first() - 1).normalized())) {
                    continue; // «محادثات مع الحوثيين في صنعاء»: the place where they were held
                }
                boolean placed = betweenAt >= 0 || r == subject || r == coordinated || (r.first() >= t.end() && r.first() <= t.end() + NEAR_AFTER)
                        || (withAt >= 0 && r.first() > withAt && r.first() <= withAt + NEAR_AFTER);
                if (placed && !r.entityId().equals(location) && isParty(r.entityId()) && !titleContext(tokens, r, from)
                        && !qualifiesACity(inRegion, r)) {
                    addOnce(participants, countryOf(r.entityId(), present));
                }
            }
        }
        String plural = participants.size() < 2 ? plural(tokens, from, to) : null;
        // «الوزيران اتفقا على عقد الاجتماع … بمشاركة X»: X joins whoever the plural stands for
        List<String> joining = plural == null ? List.of() : participants.stream().filter(id -> inRegion.stream().anyMatch(
                r -> r.entityId().equals(id) && r.first() > t.end() && joinedBy(tokens, r, t.end()))).toList();
        plural = resolvePlural(plural, d, participants, tokens, t, from, to, refs, inRegion, sentences, sIndex, sentence, events);
        if (participants.size() < 2 && agreedTo(tokens, t, sentenceFirst(tokens, sentence)) && !events.isEmpty()
                && events.get(events.size() - 1).evidence.contains(sentence)) {
            // «اتفقا خلال مكالمتهما على عقد لقاء»: the sides of the contact in which they agreed, planning another
            participants.clear();
            participants.addAll(events.get(events.size() - 1).participants);
            d.agreed = true;
            d.definite = true;
        }
        if (visit && participants.size() == 1 && destination != null && isPerson(participants.get(0)) && isPersonRef(refs, participants.get(0))) {
            // «زيارة الرئيس الأمريكي إلى الدوحة» in a story that names the emir of Qatar: the visit is a meeting with
            // the host, the one person of the story who stands for the destination's country
            String country = isCountry(destination) ? destination : kb.get(destination).map(Actor::country).orElse(null);
            String day = d.storyDay;
            Set<String> hosts = new java.util.LinkedHashSet<>();
            for (Ref r : refs) {
                if (r.type() == Analysis.EntityType.PERSON && !r.entityId().equals(participants.get(0)) && country != null
                        && country.equals(kb.affiliation(r.entityId(), day))
                        && !kb.holdsRoleEnding(r.entityId(), SPOKESPERSON_SUFFIX, day)) { // a spokesperson tells of visits, hosts none
                    hosts.add(r.entityId());
                }
            }
            if (hosts.size() == 1 && !country.equals(kb.affiliation(participants.get(0), day))) {
                participants.add(hosts.iterator().next());
            }
        }
        if (plural != null) {
            joining.forEach(id -> addOnce(participants, id));
        }
        d.participants = participants;
        statusInClause(d, tokens, t, from, to);
        // «سيتحدث ماكرون مع بوتين غدا، بعد محادثة أجراها مع بايدن»: a past verb holding the contact, right after its
        // noun, tells it is over whatever the sentence plans
        boolean heldAsTold = heldRightAfter(tokens, t, to);
        if (heldAsTold && d.status != Analysis.EventStatus.NEGATED) {
            d.status = Analysis.EventStatus.HAPPENED;
            d.statusExplicit = true;
        }
        // «سيتحدث بايدن هاتفيا مع …», «وستبحث»: the future «س» on the trigger verb itself
        if (!d.statusExplicit && futureVerb(tokens.get(t.first()).normalized())) {
            d.status = Analysis.EventStatus.PLANNED;
            d.statusExplicit = true;
        }
        // «من المقرر أن يلتقي», «يعتزم أن يزور»: a plan announced just before the clause
        if (!d.statusExplicit) {
            for (int i = Math.max(sentenceFirst(tokens, sentence), from - 3); i < t.first(); i++) {
                if (i >= from && !(SCHEDULED.contains(tokens.get(i).normalized()) && i + 1 < t.first()
                        && lexicon.is(tokens.get(i + 1), Kind.COMPLEMENTIZER))) {
                    continue; // inside the clause only «من المقرر أن …» announces a plan
                }
                EventLexicon.Match m = lexicon.at(tokens, i, Kind.STATUS);
                if (m != null && "PLANNED".equals(m.entry().value()) && !consideredAs(tokens, m, t)) {
                    d.status = Analysis.EventStatus.PLANNED;
                    d.statusExplicit = true;
                }
            }
        }
        // «نفى أن يكون X قد أجرى اتصالا»: a denial governs the reported clause
        if (d.status != Analysis.EventStatus.NEGATED) {
            for (int i = sentenceFirst(tokens, sentence); i < Math.max(from, t.first() - STATUS_BEFORE); i++) {
                EventLexicon.Match m = lexicon.at(tokens, i, Kind.STATUS);
                if (m != null && "NEGATED".equals(m.entry().value()) && (i < from || DENIALS.contains(m.entry().words().get(0)))
                        && !reportedAgain(tokens, m.end(), t.first()) && !anyIn(tokens, m.end(), t.first(), CLAUSE_BREAKS)) {
                    // («"لا توجد أي خطط لعقد لقاء"، في حين أجرى X اتصالا»: a clause of its own, which the denial does not govern)
                    d.status = Analysis.EventStatus.NEGATED;
                    d.statusExplicit = true;
                    break;
                }
            }
        }
        // «وكانت القمة التي كان من المقرر أن تجمع X وY … قد أرجئت»: the contact is the subject of a later «قد ألغي/أرجئ»
        if (d.status != Analysis.EventStatus.NEGATED && calledOffAfter(tokens, from, t, sentence)) {
            d.status = Analysis.EventStatus.NEGATED;
            d.statusExplicit = true;
        } else if (!d.statusExplicit && t.end() + 3 < to && RELATIVES.contains(tokens.get(t.end()).normalized())
                || !d.statusExplicit && t.end() + 4 < to && RELATIVES.contains(tokens.get(t.end() + 1).normalized())) {
            int rel = RELATIVES.contains(tokens.get(t.end()).normalized()) ? t.end() : t.end() + 1;
            for (int i = rel + 1; i < Math.min(to, rel + 4); i++) {
                if (SCHEDULED.contains(tokens.get(i).normalized())) {
                    d.status = Analysis.EventStatus.PLANNED; // «القمة التي كان من المقرر أن تجمع X وY»
                    d.statusExplicit = true;
                    break;
                }
            }
        }
        // «… بشأن لقاء سري جمع X بـY، نفى الناطق «أي لقاء من هذا القبيل»»: the contact is denied after it is named
        if (d.status != Analysis.EventStatus.NEGATED && deniedAfter(tokens, t.end(), sentence)) {
            d.status = Analysis.EventStatus.NEGATED;
            d.statusExplicit = true;
        }
        // «قبل دعوة بوتين لزيارة روسيا»: a visit one is invited to is still to come
        if (!d.statusExplicit && "VISIT".equals(t.entry().value()) && invitedBefore(tokens, from, t.first(), 8)) {
            d.status = Analysis.EventStatus.PLANNED;
            d.statusExplicit = true;
            d.agreed = true; // «التقى X نظيره Y، ووجه إليه دعوة لزيارة الخرطوم قبلها»: the next contact, not the meeting held
        }
        // «يصل بايدن صباح الأربعاء إلى تل أبيب حيث يلتقي نتانياهو»: a wire's present tense tells what is to come
        Draft before = events.isEmpty() ? null : events.get(events.size() - 1);
        boolean sequence = t.first() >= 2 && SEQUENCE.contains(tokens.get(t.first() - 2).normalized())
                && "ان".equals(tokens.get(t.first() - 1).normalized()) && (before != null && before.evidence.contains(sentence)
                && before.status == Analysis.EventStatus.HAPPENED || pluperfectBefore(tokens, sentenceFirst(tokens, sentence), t.first()));
        if (!d.statusExplicit && IMPERFECT.contains(t.entry().words().get(0)) && !sequence) {
            // (but «التقى X … الاثنين، قبل أن يلتقي اليوم الثلاثاء Y»: the subjunctive of a past narrative; a day to come
            // still makes it a plan below)
            d.status = Analysis.EventStatus.PLANNED;
            d.statusExplicit = true;
        }
        // date
        DateMention near = nearest(dates, tokens.get(from).start(), tokens.get(to - 1).end(), tokens.get(t.first()).start());
        if (near != null && previousUntil > sentenceFirst(tokens, sentence) && near.end() <= tokens.get(t.first()).start()) {
            // «التقى X Y في بكين الاثنين، والتقى في مسقط الثلاثاء Z»: a day before the comma that opens this contact's
            // clause is the contact before's, when this clause tells its own
            for (int c = t.first() - 1; c >= from; c--) {
                if (isComma(tokens.get(c))) {
                    if (near.end() <= tokens.get(c).start()) {
                        DateMention own = nearest(dates, tokens.get(c).end(), tokens.get(to - 1).end(), tokens.get(t.first()).start());
                        near = own != null ? own : near;
                    }
                    break;
                }
            }
        }
        if (near != null && sinceThen(tokens, t, near)) {
            near = null; // «في أول لقاء يجمعهما منذ تولي الكاظمي رئاسة الحكومة في أيار/مايو»: since then, not when
        }
        if (near != null && d.status == Analysis.EventStatus.PLANNED) {
            near = near.readAhead(); // «صباح الأربعاء» of a plan is the coming Wednesday
        }
        // «سيجري X وY اليوم الثلاثاء محادثة»: a plan for later today keeps today (not «التقى X Y اليوم قبل قمة»)
        boolean ownClause = near != null && (near.start() >= tokens.get(t.first()).start() || from <= sentenceFirst(tokens, sentence));
        // «وصل X اليوم في زيارة يلتقي خلالها Y»: a contact during the visit told just before has the visit's day
        boolean duringIt = t.end() < tokens.size() && DURING_IT.contains(tokens.get(t.end()).normalized());
        if (near == null) {
            // in reported speech («قال X، الخميس، إنه التقى Y … في أكتوبر 2021») the day of saying is not the contact's
            int reported = from > sentenceFirst(tokens, sentence) && SAID_HE.contains(tokens.get(from - 1).normalized())
                    ? tokens.get(from).start() : sentence.start();
            near = nearest(dates, reported, dateEnd, tokens.get(t.first()).start());
            near = near != null && sinceThen(tokens, t, near) ? null : near;
        }
        if (near == null && yearOnly(dates, tokens, from, to)) {
            // «التقى X Y العام الماضي», «… عام 2019»: only the year is told, which a contact's date does not carry; it
            // takes no other day (not the story's)
            d.dateSource = DateSource.SENTENCE;
        }
        if (heldAsTold && near != null && publishedDay != null && after(near.value(), publishedDay)) {
            near = null; // a day to come is the plan's, not the contact over
        }
        if (near != null && d.status == Analysis.EventStatus.HAPPENED && publishedDay != null
                && after(near.value(), publishedDay)) {
            d.status = Analysis.EventStatus.PLANNED;
            d.statusExplicit = true;
        }
        if (near != null && (d.status != Analysis.EventStatus.PLANNED || publishedDay == null || after(near.value(), publishedDay)
                || (ownClause || duringIt) && near.value().equals(publishedDay)
                || near.precision() == Precision.MONTH && near.value().compareTo(publishedDay.substring(0, 7)) >= 0)) {
            // «الأسبوع المقبل»: the week is known, not the day; the contact stays undated (and takes no other date)
            d.date = near.precision() == Precision.WEEK ? null : near.value();
            d.dateSource = DateSource.SENTENCE;
        } else if (d.status == Analysis.EventStatus.HAPPENED && d.dateSource != DateSource.SENTENCE) {
            if (sameDay(tokens, sentenceFirst(tokens, sentence), t.end())) {
                // «وفي مساء اليوم ذاته، تلقى …»: the day last told, however many sentences back
                dates.stream().filter(m -> m.end() <= sentence.start() && m.precision() == Precision.DAY
                        && (publishedDay == null || !after(m.value(), publishedDay)))
                        .reduce((x, y) -> y).ifPresent(m -> {
                            d.date = m.value();
                            d.dateSource = DateSource.CONTEXT;
                        });
            }
            for (int p = sIndex - 1; p >= Math.max(0, sIndex - CONTEXT_SENTENCES) && d.date == null; p--) {
                Segment prev = sentences.get(p).segment();
                DateMention m = nearest(dates, prev.start(), prev.end(), prev.end());
                if (m != null && m.precision() != Precision.WEEK && (publishedDay == null || !after(m.value(), publishedDay))) {
                    d.date = m.value();
                    d.dateSource = DateSource.CONTEXT;
                }
            }
            Draft latest = events.isEmpty() ? null : events.get(events.size() - 1);
            if (d.date == null && latest != null && latest.date != null && latest.status == Analysis.EventStatus.HAPPENED && !latest.dayShifted
                    && latest.dateSource.ordinal() >= DateSource.CONTEXT.ordinal()
                    && latest.evidence.get(latest.evidence.size() - 1).end() >= sentences.get(Math.max(0, sIndex - CONTEXT_SENTENCES)).segment().start()) {
                d.date = latest.date;
                d.dateSource = DateSource.CONTEXT;
                if (d.location == null && !Collections.disjoint(latest.participants, d.participants)) {
                    d.location = latest.location;
                }
            }
            if (d.date == null && defaultDay != null) {
                d.date = defaultDay;
                d.dateSource = DateSource.DEFAULT;
            }
        }
        // «ويأتي ذلك غداة اتصال أجراه X بـY»: the contact was the day before the day the story is about
        int dayAfter = -1; // «غداة» governing the trigger: at most two words before it, no punctuation between
        for (int k = Math.max(from, t.first() - 3); k < t.first(); k++) {
            if (DAY_AFTER.equals(tokens.get(k).normalized())) {
                dayAfter = k;
            } else if (dayAfter >= 0 && isPunctuation(tokens.get(k))) {
                dayAfter = -1;
            }
        }
        if (dayAfter >= 0 && d.status == Analysis.EventStatus.HAPPENED && d.date != null && d.date.length() == 10
                && (near == null || near.start() < tokens.get(dayAfter).start())) {
            d.date = java.time.LocalDate.parse(d.date).minusDays(1).toString();
            d.dayShifted = true;
        }
        // «ويأتي اللقاء بعد عشرة أيام من لقاء جمع X وY», «بعد يوم من اتصال مماثل»: that many days before the contact
        // just told in the sentence, or before the story's day
        int daysBefore = daysBefore(tokens, t.first());
        if (daysBefore > 0) {
            Draft latest = events.isEmpty() ? null : events.get(events.size() - 1);
            String reference = latest != null && latest.evidence.contains(sentence) && latest.date != null && latest.date.length() == 10
                    ? latest.date : d.storyDay;
            if (reference != null) {
                d.date = java.time.LocalDate.parse(reference).minusDays(daysBefore).toString();
                d.dateSource = DateSource.CONTEXT; // a count of days is loose: a day the text names for it is taken over it
                d.status = Analysis.EventStatus.HAPPENED;
                d.statusExplicit = true;
            }
        }
        // «واتفق الوزراء الثلاثة على عقد اجتماعهم المقبل»: a contact agreed on is another one, still to come
        d.agreed |= d.participants.size() >= 2 && agreedTo(tokens, t, sentenceFirst(tokens, sentence))
                && d.status != Analysis.EventStatus.NEGATED;
        if (d.agreed) {
            d.status = Analysis.EventStatus.PLANNED; // agreed on: to come, on a day the text names after today if any
            d.statusExplicit = true;
            if (d.date != null && (publishedDay == null || !after(d.date, publishedDay))) {
                d.date = null;
                d.dateSource = DateSource.NONE;
            }
        }
        if (d.status == Analysis.EventStatus.NEGATED) {
            d.date = null; // a contact that did not happen has no day
            d.dateSource = DateSource.NONE;
        }
        // initiator
        d.initiator = initiator(text, tokens, t, from, to, inRegion, d);
        if (d.initiator == null && d.initiatorCountry == null) {
            d.initiator = callerBeforeClause(tokens, t, from, to, refs, inRegion, sentenceFirst(tokens, sentence));
        }
        return d;
    }

    private String initiator(String text, List<Segmenter.Token> tokens, EventLexicon.Match t, int from, int to,
                             List<Ref> inRegion, Draft d) {
        for (int i = from; i < to; i++) {
            EventLexicon.Match m = lexicon.at(tokens, i, Kind.INITIATIVE);
            if (m == null) {
                continue;
            }
            int j = m.end();
            if (j < to && FROM.contains(tokens.get(j).normalized())) {
                j++;
            }
            if (j < to && SIDE.contains(tokens.get(j).normalized())) {
                j++;
            }
            for (Ref r : inRegion) {
                if (r.first() >= m.end() && r.first() <= j) {
                    return r.entityId();
                }
            }
            if (j < to && LATTER.contains(tokens.get(j).normalized())) {
                // «بناء على طلب الأخير»: the person named last before it
                String latter = null;
                for (Ref r : inRegion) {
                    if (r.end() <= m.first() && r.type() == Analysis.EntityType.PERSON) {
                        latter = r.entityId();
                    }
                }
                if (latter != null) {
                    return latter;
                }
            }
            if (j < to) {
                String country = kb.countryOfAdjective(tokens.get(j).stem());
                if (country != null) {
                    d.initiatorCountry = country;
                    return null;
                }
            }
        }
        // «تلقى اتصالا (هاتفيا اليوم الثلاثاء) من X»: the first person after «من» (else the first actor)
        for (int i = from; i < t.first(); i++) {
            if (lexicon.at(tokens, i, Kind.RECEIVED) != null) {
                for (int j = t.end(); j < Math.min(to, t.end() + RECEIVED_WINDOW); j++) {
                    if (FROM.contains(tokens.get(j).normalized())) {
                        int k = j;
                        Ref person = inRegion.stream().filter(r -> r.first() > k && r.type() == Analysis.EntityType.PERSON)
                                .findFirst().orElse(null);
                        Ref any = inRegion.stream().filter(r -> r.first() > k && r.first() <= k + 4).findFirst().orElse(null);
                        if (person != null || any != null) {
                            return (person != null ? person : any).entityId();
                        }
                    }
                }
            }
        }
        // «اتصل الرئيس X بنظيره Y», «هاتف X نظيره Y», «بادر X بالاتصال بـY»: the verb's subject after it called
        String verbWord = tokens.get(t.first()).normalized();
        boolean callVerb = lexicon.at(tokens, t.first(), Kind.PLACED) != null && CALLS.contains(t.entry().value());
        int took = -1;
        for (int i = from; i < t.first() && took < 0; i++) {
            if (TOOK_THE_LEAD.contains(tokens.get(i).normalized())) {
                took = i;
            }
        }
        if (callVerb || took >= 0) {
            int after = took >= 0 ? took : t.first();
            Ref caller = inRegion.stream().filter(r -> r.first() > after && r.type() == Analysis.EntityType.PERSON)
                    .findFirst().orElse(null);
            if (caller != null && inRegion.stream().anyMatch(r -> r.first() >= caller.end() && r.type() == Analysis.EntityType.PERSON
                    && !r.entityId().equals(caller.entityId()) && (verbWord.startsWith("هاتف") || addressed(tokens, caller.end(), r)))) {
                return caller.entityId();
            }
        }
        // «أجرى X اتصالا بـY»: the subject of the verb that places the call named by the trigger noun called (a calling
        // verb that is the trigger itself, «اتصل X بـY», is read just above)
        boolean placed = false;
        int placedAt = -1;
        for (int i = from; i <= t.first(); i++) {
            if (lexicon.at(tokens, i, Kind.PLACED) != null && "CALL".equals(t.entry().value())) {
                placed = true;
                placedAt = i;
            }
        }
        if (t.first() > 0 && ADVERBIAL.contains(tokens.get(t.first() - 1).normalized())) {
            placed = false; // «أجرى ترامب بعد مكالمته مع بوتين اتصالا بزيلينسكي»: the verb's call is the other one
        }
        if (placed) {
            Ref callee = null;
            // the verb's subject: the first person after it («بينما أجرى [وزير الخارجية] سامح شكري … اتصالا»,
            // «أجرت رئيسة بعثة الأمم المتحدة … ستيفاني ويليامز … اتصالا»), else the first actor before the call
            int verb = placedAt;
            Ref caller = inRegion.stream().filter(r -> r.first() > verb && r.first() < t.first() && r.type() == Analysis.EntityType.PERSON)
                    .findFirst().orElse(null);
            for (Ref r : inRegion) {
                if (r.first() < t.first() && caller == null && r.type() != Analysis.EntityType.LOC) {
                    caller = r;
                }
                if (r.first() >= t.end() && callee == null && addressed(tokens, t.end(), r)) {
                    callee = r;
                }
            }
            if (callee != null && caller != null) {
                return caller.entityId();
            }
        }
        // «اتصال هاتفي أجراه X مع/بـ Y»: the agent named after the verb called; «تلقاه X من Y»: Y called
        if (CALLS.contains(t.entry().value())) {
            for (int i = t.end(); i < Math.min(to, t.end() + 3); i++) {
                String w = tokens.get(i).normalized();
                if (!(w.endsWith("ه") || w.endsWith("ها"))) {
                    continue;
                }
                if (lexicon.at(tokens, i, Kind.RECEIVED) != null) {
                    int verb = i;
                    for (int j = verb + 1; j < Math.min(to, verb + 2 * RECEIVED_WINDOW); j++) {
                        if (FROM.contains(tokens.get(j).normalized())) {
                            int k = j;
                            if (k + 1 < to && LATTER.contains(tokens.get(k + 1).normalized())) {
                                // «في اتصال هاتفي تلقاه من الأخير»: the side named last before the call
                                return inRegion.stream().filter(r -> r.end() <= t.first() && r.type() == Analysis.EntityType.PERSON)
                                        .reduce((x, y) -> y).map(Ref::entityId).orElse(null);
                            }
                            Ref caller = inRegion.stream().filter(r -> r.first() > k && r.first() <= k + 4).findFirst().orElse(null);
                            return caller == null ? null : caller.entityId();
                        }
                    }
                    break;
                }
                if (lexicon.at(tokens, i, Kind.PLACED) == null) {
                    continue;
                }
                int verb = i;
                if (verb + 1 < to && TO_HIM.contains(tokens.get(verb + 1).normalized())) {
                    // «في اتصال هاتفي أجراه معه الرئيس الأمريكي جو بايدن، أكد السيسي»: the agent after «معه» (him, the
                    // other side) called, his title between
                    return inRegion.stream().filter(r -> r.first() > verb + 1 && r.first() <= verb + 2 + TITLE_REACH
                            && r.type() == Analysis.EntityType.PERSON).findFirst().map(Ref::entityId).orElse(null);
                }
                Ref caller = inRegion.stream().filter(r -> r.first() > verb && r.first() <= verb + 3 && r.type() != Analysis.EntityType.LOC)
                        .findFirst().orElse(null);
                if (caller == null) {
                    break;
                }
                for (Ref r : inRegion) {
                    if (r.first() >= caller.end() && r.first() <= caller.end() + 3 && !r.entityId().equals(caller.entityId())
                            && addressed(tokens, caller.end(), r)) {
                        return caller.entityId();
                    }
                }
                break;
            }
        }
        return null;
    }

    /**
     * A caller named before the clause of this call, in its sentence:
     * <ul>
     *   <li>«أجرى ترامب بعد مكالمته مع بوتين اتصالا هاتفيا بزيلينسكي»: the verb that places a call, its subject, and a
     *       contact told in between after «بعد/قبل»; the call after it is the subject's;</li>
     *   <li>«بحث لافروف هاتفيا مع بيراموف، … بعد يوم من اتصال مماثل أجراه مع نظيره الأرميني»: «أجراه» with no agent
     *       named after it, then «مع/بـ» the other side: the sentence's subject placed it.</li>
     * </ul>
     * Null when neither holds.
     */
    private String callerBeforeClause(List<Segmenter.Token> tokens, EventLexicon.Match t, int from, int to, List<Ref> refs,
                                      List<Ref> inRegion, int sentenceFirst) {
        if (!CALLS.contains(t.entry().value()) || from <= sentenceFirst) {
            return null;
        }
        Ref callee = inRegion.stream().filter(r -> r.first() >= t.end() && r.type() == Analysis.EntityType.PERSON
                && addressed(tokens, t.end(), r)).findFirst().orElse(null);
        if (callee == null) {
            return null;
        }
        // «أجراه مع نظيره»: a pronoun agent on the verb right after the call
        for (int i = t.end(); i < Math.min(to, t.end() + 3); i++) {
            String w = tokens.get(i).normalized();
            if (PLACED_BY_HIM.contains(w) && i + 1 < to && (WITH.contains(tokens.get(i + 1).normalized())
                    || baHead(tokens.get(i + 1).normalized()))) {
                return refs.stream().filter(r -> r.first() >= sentenceFirst && r.first() < t.first()
                        && r.type() == Analysis.EntityType.PERSON && !r.entityId().equals(callee.entityId()))
                        .map(Ref::entityId).findFirst().orElse(null);
            }
        }
        // «أجرى X بعد مكالمته مع Y اتصالا بـZ»
        int placed = -1;
        for (int i = sentenceFirst; i < from; i++) {
            if (lexicon.at(tokens, i, Kind.PLACED) != null) {
                placed = i;
            }
        }
        if (placed < 0) {
            return null;
        }
        int verb = placed;
        // its subject after it («أجرى ترامب بعد …») or right before it («أن ترامب أجرى بعد …»)
        Ref caller = refs.stream().filter(r -> r.type() == Analysis.EntityType.PERSON && (r.first() > verb && r.first() <= verb + 4
                || r.end() == verb)).findFirst().orElse(null);
        if (caller == null || caller.entityId().equals(callee.entityId())) {
            return null;
        }
        int adverbial = caller.first() > verb ? caller.end() : verb + 1;
        if (adverbial >= t.first() || !ADVERBIAL.contains(tokens.get(adverbial).normalized())) {
            return null;
        }
        for (int i = adverbial + 1; i < t.first(); i++) {
            if (isPunctuation(tokens.get(i))) {
                return null; // another clause
            }
        }
        return caller.entityId();
    }

    /** Words a title may take before the name it introduces («الرئيس الأمريكي», «وزير الخارجية الروسي»). */
    private static final int TITLE_REACH = 4;
    /** «معه», «به»: the other side of a call, as a pronoun after the verb that placed it. */
    private static final Set<String> TO_HIM = Set.of("معه", "معها", "به", "بها");

    /** «أجراه», «أجرتها»: the verb that placed a call, its agent a pronoun. */
    private static final Set<String> PLACED_BY_HIM = Set.of("اجراه", "اجرته", "اجراها", "اجرتها", "اجرياه", "اجرياها", "اجروه",
            "اجروها");
    /** «عقده», «عقداها»: the past verb that held a meeting, its object the contact (folded). */
    private static final Set<String> HELD_BY_HIM = Set.of("عقده", "عقدته", "عقدها", "عقدتها", "عقداه", "عقداها", "عقدوه",
            "عقدوها");

    /** «محادثة أجراها», «اتصال هاتفي أجراه», «لقاء عقده»: the contact's noun, an adjective or none, then such a verb. */
    private static boolean heldRightAfter(List<Segmenter.Token> tokens, EventLexicon.Match t, int to) {
        for (int k = t.end(); k < Math.min(to, t.end() + 2); k++) {
            String w = tokens.get(k).normalized();
            if (PLACED_BY_HIM.contains(w) || HELD_BY_HIM.contains(w)) {
                return true;
            }
            if (isPunctuation(tokens.get(k))) {
                return false;
            }
        }
        return false;
    }

    /** A verb that places the call in its clause before it, with no one named between them: its subject is implicit. */
    private boolean placedByImplicit(List<Segmenter.Token> tokens, List<Ref> refs, int from, EventLexicon.Match t) {
        for (int i = from; i <= t.first(); i++) { // «أجرى اتصالا», «اتصل بـ»
            if (lexicon.at(tokens, i, Kind.PLACED) != null) {
                int verb = i;
                // «أنه أجرى قبل توجهه إلى روسيا اتصالاً»: a place someone goes to or is in is not the verb's subject
                boolean timeClause = verb + 1 < t.first() && ADVERBIAL.contains(tokens.get(verb + 1).normalized());
                return refs.stream().noneMatch(r -> r.first() >= verb && r.first() < t.first() && !(timeClause
                        && r.type() == Analysis.EntityType.LOC && r.first() > verb + 1 && (TO.contains(tokens.get(r.first() - 1).normalized())
                        || IN.contains(tokens.get(r.first() - 1).normalized()))));
            }
        }
        return false;
    }

    /** «قبل أن», «بعد أن»: what the subjunctive after them tells follows the narrative's tense. */
    private static final Set<String> SEQUENCE = Set.of("قبل", "قبيل", "بعد");

    /** «من», «عن»: between unnamed officials and their country. */
    private static final Set<String> FROM_COUNTRY = Set.of("من", "عن");

    /** Unnamed officials or envoys of a country: «بمسؤولين من», «وفدا من», «ممثلين عن». */
    private static final Set<String> OFFICIALS = Set.of("مسؤولين", "مسوولين", "مسؤولي", "مسؤول", "مسوول", "مسؤولا", "مسوولا", "وفد", "وفدا", "ممثلين", "ممثلي",
            "دبلوماسيين", "مبعوثين", "مسؤولون", "مسوولون", "ممثلون", "دبلوماسيون", "مبعوثون", "قياده", "قاده");

    /** «مسؤول» in the genitive or nominative: one official, who stands for his side only after «أي» (any). */
    private static final Set<String> ONE_OFFICIAL = Set.of("مسؤول", "مسوول", "ومسؤول", "ومسوول", "بمسؤول", "بمسوول");

    /** Whether the country ref is named as the home of unnamed officials met: «بمسؤولين من الولايات المتحدة». */
    private static boolean officialsOf(List<Segmenter.Token> tokens, Ref country) {
        int k = country.first() - 1;
        return k >= 1 && FROM_COUNTRY.contains(tokens.get(k).normalized()) && officialWord(tokens.get(k - 1).normalized());
    }

    /** «وفدا», «بمسؤولين», «ومسؤولون» (folded): a word for unnamed officials, with «ب» or «و» before it (not «بقيادة»). */
    private static boolean officialWord(String w) {
        String bare = w.length() > 3 && (w.startsWith("ب") || w.startsWith("و")) ? w.substring(1) : w;
        return !LED_BY.contains(w) && (OFFICIALS.contains(w) || OFFICIALS.contains(bare));
    }

    /** «بحسب», «وفق», «نقلا عن» (folded): officials named after them are a source, not a side. */
    private static final Set<String> ATTRIBUTION = Set.of("بحسب", "وبحسب", "حسب", "وحسب", "وفق", "ووفق", "وفقا", "نقلا", "ونقلا");

    /**
     * The countries or body of the first unnamed officials in tokens [from, to): «وفدا أمريكيا», «مسؤولون أمريكيون
     * وإيرانيون» (nationality adjectives, any ending, joined by «و»), «وفدا رفيع المستوى من الولايات المتحدة», «وفدا من
     * حركة حماس» (up to two words before «من»); empty if none.
     */
    private List<String> delegation(List<Segmenter.Token> tokens, List<Ref> refs, int from, int to) {
        for (int i = from; i < to; i++) {
            if (!officialWord(tokens.get(i).normalized()) || insideAnyRef(refs, i)) {
                continue;
            }
            if (ONE_OFFICIAL.contains(tokens.get(i).normalized()) && !(i > 0 && ANY.contains(tokens.get(i - 1).normalized()))) {
                continue; // «أي مسؤول في حزب الله», but not «أول لقاء بين عباس ومسؤول إسرائيلي» (the one just named)
            }
            if (ledByName(tokens, i + 1, to) || i > 0 && ATTRIBUTION.contains(tokens.get(i - 1).normalized())
                    || i > from && inRelativeClause(tokens, from, i)) {
                // «وفد الحكومة برئاسة المخلافي»: the named head stands for it; «وبحسب مسؤولين أمريكيين»: a source;
                // «موسكو التي استقبلت وفدا أمريكيا»: someone else's guests
                continue;
            }
            int next = i + 1;
            List<String> body = refs.stream().filter(r -> r.first() == next && (isCountry(r.entityId())
                    || r.type() == Analysis.EntityType.ORG && movement(r.entityId()))).map(Ref::entityId).limit(1).toList();
            if (!body.isEmpty()) {
                return body; // «وفد الحوثيين», «قيادة حركة حماس», «وفد روسيا»
            }
            List<String> countries = new ArrayList<>();
            for (int k = i + 1; k < to; k++) {
                String adj = k == i + 1 ? tokens.get(k).stem() : andAdjective(tokens.get(k));
                String country = adj == null ? null : nationality(adj);
                if (country == null) {
                    break;
                }
                countries.add(country);
            }
            if (!countries.isEmpty()) {
                return countries;
            }
            for (int k = i + 1; k < Math.min(to, i + 4); k++) {
                if (isPunctuation(tokens.get(k))) {
                    break;
                }
                if (FROM_COUNTRY.contains(tokens.get(k).normalized()) || k == i + 1 && "في".equals(tokens.get(k).normalized())) {
                    int at = k + 1; // «وفدا من حركة حماس», «أي مسؤول في حزب الله»
                    Ref home = refs.stream().filter(r -> r.first() == at && (isCountry(r.entityId()) || isParty(r.entityId())
                            && r.type() == Analysis.EntityType.ORG)).findFirst().orElse(null);
                    if (home == null) {
                        return List.of();
                    }
                    // «مسؤولين من إيران والولايات المتحدة»: a second country joined by «و»
                    Ref second = isCountry(home.entityId()) ? refs.stream().filter(r -> r.first() == home.end() && r.first() < to
                            && isCountry(r.entityId()) && tokens.get(r.first()).normalized().startsWith("و")
                            && r.start() > tokens.get(r.first()).start()).findFirst().orElse(null) : null;
                    return second == null || second.entityId().equals(home.entityId()) ? List.of(home.entityId())
                            : List.of(home.entityId(), second.entityId());
                }
            }
            return List.of();
        }
        return List.of();
    }

    /** «برئاسة», «يرأسه», «برئاسته»: a delegation's head named next. */
    private static final Set<String> LED_BY = Set.of("برئاسه", "برئاسته", "يراسه", "يتراسه", "يقوده", "بقياده");

    /** Whether a head is named within the few words after a delegation: «وفد الحكومة الشرعية برئاسة …». */
    private static boolean ledByName(List<Segmenter.Token> tokens, int from, int to) {
        for (int k = from; k < Math.min(to, from + 4); k++) {
            if (LED_BY.contains(tokens.get(k).normalized())) {
                return true;
            }
        }
        return false;
    }

    /** «والإيراني», «وإيرانيون»: a second adjective joined by «و», in the adjectives' matching form; null without «و». */
    private static String andAdjective(Segmenter.Token tok) {
        String w = tok.normalized();
        return w.startsWith("و") && w.length() > 3 ? Segmenter.stripArticle(w.substring(1)) : null;
    }

    /** The country of a nationality adjective's stem in any ending: «أمريكي», «أمريكيا», «أمريكية», «أمريكيون». */
    private String nationality(String stem) {
        String country = kb.countryOfAdjective(stem);
        if (country == null && stem.length() > 3 && (stem.endsWith("ا") || stem.endsWith("ه"))) {
            country = kb.countryOfAdjective(stem.substring(0, stem.length() - 1));
        }
        if (country == null && stem.length() > 4 && (stem.endsWith("ون") || stem.endsWith("ين"))) {
            country = kb.countryOfAdjective(stem.substring(0, stem.length() - 2));
        }
        return country;
    }

    /**
     * «أعلن X، عقب لقائه Y في أنقرة، إرسال وفد برئاسة وزير الدفاع»: a contact told between commas after «عقب», «خلال»
     * ends at the closing comma; what follows is the sentence's own (here, what X announced).
     */
    private static int parentheticalEnd(List<Segmenter.Token> tokens, List<Ref> refs, EventLexicon.Match t, int from, int to) {
        int adverb = t.first() - 1;
        if (adverb - 1 < from || !ADVERBIAL.contains(tokens.get(adverb).normalized()) || !isComma(tokens.get(adverb - 1))) {
            return to;
        }
        for (int i = t.end(); i < to; i++) {
            if (!isComma(tokens.get(i))) {
                continue;
            }
            int comma = i;
            // the first comma after a side, unless another side follows it («… بلينكن، ووزير الدفاع لويد أوستن،»)
            boolean anotherSide = comma + 1 < to && tokens.get(comma + 1).normalized().startsWith("و")
                    && refs.stream().anyMatch(r -> r.first() > comma && r.first() <= comma + 4);
            if (refs.stream().anyMatch(r -> r.first() >= t.end() && r.end() <= comma)
                    && !anotherSide && refs.stream().noneMatch(r -> r.first() == comma + 1)) {
                return i;
            }
        }
        return to;
    }

    /**
     * «إنه تلقى قبيل مغادرته بغداد اتصالاً», «أنه أجرى قبل توجهه إلى روسيا اتصالاً»: between the verb after «إنه» and
     * the call, only a time clause opened by «قبل/بعد/خلال…», with no one named in it.
     */
    private static boolean timeClauseBeforeCall(List<Segmenter.Token> tokens, List<Ref> refs, int says, EventLexicon.Match t) {
        return CALLS.contains(t.entry().value()) && says + 2 < t.first() && ADVERBIAL.contains(tokens.get(says + 2).normalized())
                && refs.stream().noneMatch(r -> r.type() == Analysis.EntityType.PERSON && r.first() > says && r.first() < t.first());
    }

    /**
     * «إنه أجرى مع نظيره التركي مولود تشاووش أوغلو اتصالا», «أنه بحث مع X في اتصال هاتفي»: after «إنه», a verb of placing
     * or discussing, then «مع» and one named side, then the call (or «في/عبر» and the call).
     */
    private boolean sideBeforeCall(List<Segmenter.Token> tokens, List<Ref> refs, int says, EventLexicon.Match t) {
        int with = says + 2;
        if (!CALLS.contains(t.entry().value()) || with + 1 >= t.first() || !WITH.contains(tokens.get(with).normalized())
                || lexicon.at(tokens, says + 1, Kind.PLACED) == null && lexicon.at(tokens, says + 1, Kind.WEAK) == null) {
            return false;
        }
        String before = tokens.get(t.first() - 1).normalized();
        int last = IN.contains(before) || "عبر".equals(before) ? t.first() - 2 : t.first() - 1;
        for (int i = with + 1; i <= last; i++) {
            if (isPunctuation(tokens.get(i))) {
                return false;
            }
        }
        return refs.stream().anyMatch(r -> r.first() <= last && last < r.end() && r.first() > with && r.first() <= with + 4);
    }

    /**
     * «تلقى X خلال زيارته القاهرة اتصالا من Y»: the visit told after «خلال» only says where the call found X, so the call's
     * clause starts where the visit's did and keeps its verb (no one else is named from the visit to the call).
     */
    private boolean duringVisit(List<Segmenter.Token> tokens, List<Ref> refs, EventLexicon.Match visit, int from, EventLexicon.Match t) {
        if (!"VISIT".equals(visit.entry().value()) || !CALLS.contains(t.entry().value()) || visit.first() - 1 <= from
                || !ADVERBIAL.contains(tokens.get(visit.first() - 1).normalized())
                || refs.stream().anyMatch(r -> r.type() == Analysis.EntityType.PERSON && r.first() >= visit.first() && r.first() < t.first())) {
            return false;
        }
        for (int i = from; i < visit.first() - 1; i++) {
            if (lexicon.at(tokens, i, Kind.PLACED) != null || lexicon.at(tokens, i, Kind.RECEIVED) != null) {
                return true;
            }
        }
        return false;
    }

    /** Indefinite plurals of meeting: «لقاءات», «اجتماعات» (not «محادثات», often one round of talks). */
    private static final Set<String> VAGUE_MEETINGS = Set.of("لقاءات", "اجتماعات", "ولقاءات", "واجتماعات");

    /**
     * «شهدت أروقة المؤتمر لقاءات ثنائية»: meetings in the plural, what a place or gathering saw («شهد»), with no person
     * after them in the clause and no «بين»: what is told is that meetings took place, not who held them.
     */
    private static boolean vagueMeetings(List<Segmenter.Token> tokens, List<Ref> refs, EventLexicon.Match t, int from, int to) {
        if (!VAGUE_MEETINGS.contains(tokens.get(t.first()).normalized())) {
            return false;
        }
        for (int i = from; i < to; i++) {
            if (BETWEEN.contains(tokens.get(i).normalized())) {
                return false;
            }
        }
        boolean verbOfPlace = false;
        for (int i = Math.max(from, t.first() - 4); i < t.first(); i++) {
            verbOfPlace |= WITNESSED.contains(tokens.get(i).normalized());
        }
        return verbOfPlace && refs.stream().noneMatch(r -> r.type() == Analysis.EntityType.PERSON && r.first() >= t.end() && r.first() < to);
    }

    /** «شهدت», «شهد»: a place or a gathering that saw contacts («شهدت أروقة المؤتمر لقاءات»). */
    private static final Set<String> WITNESSED = Set.of("شهد", "شهدت", "وشهد", "وشهدت", "تشهد", "وتشهد", "يشهد");

    /** «اليوم ذاته», «اليوم نفسه», «نفس اليوم» between the sentence's start and the trigger's end. */
    private static boolean sameDay(List<Segmenter.Token> tokens, int from, int to) {
        for (int i = from; i + 1 < to; i++) {
            String w = tokens.get(i).normalized();
            String next = tokens.get(i + 1).normalized();
            if (w.endsWith("اليوم") && SAME.contains(next) || SAME.contains(w.startsWith("و") ? w.substring(1) : w) && next.equals("اليوم")) {
                return true;
            }
        }
        return false;
    }

    /** «ذاته», «نفسه», «عينه» after a noun, «نفس» before it: the same one. */
    private static final Set<String> SAME = Set.of("ذاته", "نفسه", "عينه", "نفس");

    /** An imperfect verb with the future «س» («سيتحدث», «وستبحث», «سنلتقي»). */
    private static boolean futureVerb(String w) {
        return EventLexicon.future(ArabicText.stripConjunction(w));
    }

    /** «زيارته المرتقبة», «اجتماعهما المقبل»: a word of plans right after the trigger. */
    private boolean plannedRightAfter(List<Segmenter.Token> tokens, EventLexicon.Match t, int to) {
        EventLexicon.Match m = t.end() < to ? lexicon.at(tokens, t.end(), Kind.STATUS) : null;
        return m != null && "PLANNED".equals(m.entry().value());
    }

    /** Buildings a meeting is held in, and «مدينة», «العاصمة» (folded, without the article): «قصر الأمم», «مقر البعثة». */
    private static final Set<String> VENUES = Set.of("قصر", "مقر", "فندق", "قاعه", "مبني", "دار", "ديوان", "منتجع", "مجمع",
            "مدينه", "عاصمه");

    /** «هادي البحرة، في قصر الأمم بجنيف», «…، في جنيف»: between a side and a city, a comma or none, «في», a building of up to three words or none. */
    private static boolean venueBetween(List<Segmenter.Token> tokens, int end, int city) {
        int i = end < city && isComma(tokens.get(end)) ? end + 1 : end;
        if (i >= city || !IN.contains(tokens.get(i).normalized())) {
            return false;
        }
        if (i + 1 < city && (city - i - 1 > 3 || !VENUES.contains(Segmenter.stripArticle(tokens.get(i + 1).normalized())))) {
            return false; // not «…، في طريقه إلى موسكو»
        }
        for (int k = i + 1; k < city; k++) {
            if (isPunctuation(tokens.get(k))) {
                return false;
            }
        }
        return true;
    }

    private static boolean isComma(Segmenter.Token tok) {
        return tok.text().equals("،") || tok.text().equals(",");
    }

    private static boolean isPunctuation(Segmenter.Token tok) {
        return !ArabicText.isWordChar(tok.text().charAt(0));
    }

    /** Whether a mention comes with the preposition بـ («بنظيره», «بالرئيس», «ببوتين»), not a name's own ب. */
    private static boolean withBa(Segmenter.Token tok, Ref r) {
        String w = tok.normalized();
        if (w.startsWith("وب")) {
            w = w.substring(1);
        }
        if (!w.startsWith("ب")) {
            return false;
        }
        if (r.start() > tok.start()) {
            return true; // the mention itself starts after the clitic
        }
        return baHead(w);
    }

    /** Whether r, after token {@code from}, is the one called: «بـ» on it or before it («بنظيره …»), or «مع». */
    private static boolean addressed(List<Segmenter.Token> tokens, int from, Ref r) {
        boolean ba = withBa(tokens.get(r.first()), r);
        for (int k = from; k < r.first() && !ba; k++) {
            String w = tokens.get(k).normalized();
            ba = baHead(w) || WITH.contains(w) || "بكل".equals(w); // «اتصالات هاتفية بكل من A وB»
        }
        return ba;
    }

    private static boolean baHead(String w) {
        if (w.startsWith("وب")) {
            w = w.substring(1);
        }
        if (!w.startsWith("ب")) {
            return false;
        }
        String rest = w.substring(1);
        return BA_HEADS.stream().anyMatch(rest::startsWith);
    }

    /** Adds a draft to the story's events: a new contact, or more about one already found. */
    private void place(Draft d, List<Draft> events) {
        if (d.pointsBack) {
            for (int i = events.size() - 1; i >= 0; i--) {
                Draft e = events.get(i);
                if ((d.participants.size() < 2 || new TreeSet<>(e.participants).equals(new TreeSet<>(d.participants)))
                        && (d.weak || e.weak || compatible(e.type, d.type))) {
                    d.date = null; // «ويعد هذا الاتصال الأول منذ شباط/فبراير 2022»: a date said of it is another one's
                    d.dateSource = DateSource.NONE;
                    d.statusExplicit = false;
                    merge(e, d);
                    return;
                }
            }
        }
        Draft target = null;
        if (d.separately && d.participants.size() > 2) {
            splitCalls(d, events); // «لقاءين منفصلين مع كل من A وB»: not the joint meeting of the three
            return;
        }
        if (d.participants.size() >= 2) {
            Draft countries = countriesOf(d, events);
            if (countries != null) {
                countries.participants = new ArrayList<>(d.participants); // the same contact, now with the people who held it
                merge(countries, d);
                return;
            }
            target = sameSides(d, events);
        } else {
            if (!d.definite) {
                return; // «دعا X إلى إجراء مفاوضات», «الجولة المقبلة من اجتماعات»: another contact, its sides not named
            }
            for (int i = events.size() - 1; i >= 0 && target == null; i--) {
                Draft e = events.get(i);
                if ((d.weak || compatible(e.type, d.type) || "TALKS".equals(d.type))
                        && (d.participants.isEmpty() || e.participants.contains(d.participants.get(0))) && !conflicting(e, d)
                        && !(d.statusExplicit && d.status != e.status && (e.status == Analysis.EventStatus.HAPPENED
                        || d.status == Analysis.EventStatus.HAPPENED))) { // «من المقرر أن يلتقي X» is not X's meeting held today
                    target = e;
                }
            }
            if (target == null) {
                return;
            }
        }
        if (target == null) {
            splitCalls(d, events);
            return;
        }
        merge(target, d);
    }

    private static boolean reportedAgain(List<Segmenter.Token> tokens, int from, int to) {
        return anyIn(tokens, from, to, REPORTS);
    }

    /** Whether a token in [from, to) is one of {@code words} (folded). */
    private static boolean anyIn(List<Segmenter.Token> tokens, int from, int to, Set<String> words) {
        for (int i = from; i < to; i++) {
            if (words.contains(tokens.get(i).normalized())) {
                return true;
            }
        }
        return false;
    }

    /** A contact held on a day its own sentence names, before the story's day. */
    private static boolean heldOnItsDay(Draft x) {
        // a day before the story's, or a month before its month («منتصف نوفمبر 2015» in a June 2016 story)
        return x.status == Analysis.EventStatus.HAPPENED && x.dateSource == DateSource.SENTENCE && x.date != null
                && x.date.length() >= 7 && x.storyDay != null && x.date.compareTo(x.storyDay.substring(0, x.date.length())) < 0;
    }

    /** Two mentions with the same sides that cannot be one contact: one held, one planned; or two different days. */
    private static boolean conflicting(Draft e, Draft d) {
        if (e.dateSource.ordinal() >= DateSource.CONTEXT.ordinal() && d.dateSource == DateSource.SENTENCE && e.date != null
                && d.date != null && !e.date.substring(0, 7).equals(d.date.substring(0, 7))) {
            return true; // «اجتماع عبر الفيديو اليوم» and «اجتماعهم المقبل … الشهر المقبل»: two contacts, even by a bare noun
        }
        if (d.weak) {
            return false;
        }
        boolean status = e.statusExplicit && d.statusExplicit && e.status != d.status
                && (e.status == Analysis.EventStatus.HAPPENED || d.status == Analysis.EventStatus.HAPPENED);
        // (a month and a day of that month may be one contact: «منذ زيارة أردوغان للقاهرة في فبراير الماضي» and «زار القاهرة في 14 فبراير»)
        boolean day = e.dateSource == DateSource.SENTENCE && d.dateSource == DateSource.SENTENCE && !java.util.Objects.equals(e.date, d.date)
                && !(e.date != null && d.date != null && (e.date.startsWith(d.date) || d.date.startsWith(e.date)));
        // «نفت الرئاسة إجراء اتصال بين X وY … وكان X وY قد أجريا آخر محادثة في 31 آذار»: a dated contact is not the denied one
        boolean denied = (e.status == Analysis.EventStatus.NEGATED) != (d.status == Analysis.EventStatus.NEGATED)
                && (d.dateSource == DateSource.SENTENCE && d.date != null || e.dateSource == DateSource.SENTENCE && e.date != null);
        boolean agreed = d.agreed && e.status == Analysis.EventStatus.HAPPENED; // agreed on during the contact: the next one
        // «التقى X Y مساء الاثنين … وجه X دعوة لـY لزيارة طهران، قبلها الأخير»: a contact dated in the past and one
        // explicitly still to come are two
        boolean heldThenPlanned = heldOnItsDay(e) && d.status == Analysis.EventStatus.PLANNED && d.statusExplicit
                || heldOnItsDay(d) && e.status == Analysis.EventStatus.PLANNED && e.statusExplicit;
        return status || day || denied || agreed || heldThenPlanned;
    }

    /** The latest contact with the same sides that {@code d} can be more about (not of another kind, day or status). */
    private static Draft sameSides(Draft d, List<Draft> events) {
        Set<String> key = new TreeSet<>(d.participants);
        for (int i = events.size() - 1; i >= 0; i--) {
            Draft e = events.get(i);
            // «بحث X مع Y …» then «جاء ذلك في اتصال هاتفي»: a weak mention first, the contact it was named later
            if (e.participants.size() == key.size() && e.participants.containsAll(key) // the same sides, none twice
                    && (d.weak || e.weak || compatible(e.type, d.type)) && !conflicting(e, d)) {
                return e;
            }
        }
        return null;
    }

    /**
     * «أجرى X محادثات هاتفية مع نظيريه Y وZ»: a call has two sides, so one call each. «التقى X الرئيس A ثم B»,
     * «التقى X الرئيس A ووزير الخارجية B، كلا على حدة», and a visitor received by several hosts of one country:
     * one meeting each; «تلقى X اتصالين من A وB»: one call each, each placed by its caller; «أجرى X اتصالين بـA وB»:
     * one call each, placed by X.
     */
    private void splitCalls(Draft d, List<Draft> events) {
        boolean callType = "CALL".equals(d.type) || "PHONE_CALL".equals(d.type);
        boolean received = callType && d.severalCalls && !d.jointly && d.initiator != null && !d.initiator.equals(d.participants.get(0));
        // «أجرى X اتصالين هاتفيين بنظيريه A وB»: one call each, both placed by X
        boolean placed = callType && d.severalCalls && !d.jointly && d.participants.get(0).equals(d.initiator);
        boolean call = callType && (d.oneCaller || received || placed);
        if (!call && !hostsOneByOne(d)) {
            resolveInitiator(d);
            events.add(d);
            return;
        }
        if (d.participants.size() <= 2) {
            resolveInitiator(d);
            events.add(d);
            return;
        }
        // «والتقى كل منهما بوريطة في لقاءين منفصلين»: each of the subjects met the one named last
        String first = d.eachOfThem ? d.participants.get(d.participants.size() - 1) : d.participants.get(0);
        List<String> others = d.eachOfThem ? d.participants.subList(0, d.participants.size() - 1)
                : d.participants.subList(1, d.participants.size());
        for (String other : others) {
            Draft one = new Draft();
            one.type = d.type;
            one.weak = d.weak;
            one.status = d.status;
            one.statusExplicit = d.statusExplicit;
            one.dateSource = d.dateSource;
            one.location = d.placeOf.getOrDefault(other, d.location);
            DateMention day = d.dayOf.get(other);
            one.date = day == null ? d.date : (d.status == Analysis.EventStatus.PLANNED ? day.readAhead() : day).value();
            one.initiator = received ? other : d.initiator; // «تلقى X اتصالين من A وB»: each called X
            one.initiatorCountry = d.initiatorCountry;
            one.participants = new ArrayList<>(List.of(first, other));
            one.evidence = new ArrayList<>(d.evidence);
            resolveInitiator(one);
            Draft same = sameSides(one, events); // «(صورة) X خلال لقائه Y» above «التقى X … Y وZ في لقاءين منفصلين»
            if (same != null) {
                merge(same, one);
            } else {
                events.add(one);
            }
        }
    }

    /** A meeting of one person with several others, one after the other (see {@link #splitCalls}). */
    private boolean hostsOneByOne(Draft d) {
        if (!("MEETING".equals(d.type) || "VISIT".equals(d.type)) || d.participants.size() <= 2 || d.jointly
                || !d.participants.stream().allMatch(this::isPerson)) {
            return false;
        }
        if (d.separately) {
            return true;
        }
        if (d.reception) {
            return false; // «استقبل السيسي عقيلة صالح وخليفة حفتر»: one reception of guests who came together
        }
        String day = d.date != null && d.date.length() == 10 ? d.date : d.storyDay;
        String guest = kb.affiliation(d.participants.get(0), day);
        Set<String> hosts = new java.util.HashSet<>();
        for (String p : d.participants.subList(1, d.participants.size())) {
            String country = kb.affiliation(p, day);
            if (country == null) {
                return false;
            }
            hosts.add(country);
        }
        return hosts.size() == 1 && !hosts.contains(guest);
    }

    /**
     * The last contact, when it was told between countries only and d's people each belong to one of them («عقد
     * مفاوضون من روسيا وأوكرانيا محادثات … والتقى الوفدان» after their heads are named): then it is d's contact.
     */
    private Draft countriesOf(Draft d, List<Draft> events) {
        if (events.isEmpty() || !d.participants.stream().allMatch(this::isPerson)) {
            return null;
        }
        String day = d.date != null && d.date.length() == 10 ? d.date : null;
        Set<String> theirs = new java.util.HashSet<>();
        for (String p : d.participants) {
            theirs.add(kb.affiliation(p, day));
        }
        // the last contact, or one of the two before it told in the same sentence as the last («جولة المفاوضات بين
        // مصر والسودان وإثيوبيا …، دون التوصل إلى اتفاق على آلية لاستئناف المفاوضات برعاية الاتحاد الأفريقي»)
        Draft last = events.get(events.size() - 1);
        for (int i = events.size() - 1; i >= Math.max(0, events.size() - COUNTRY_CONTACTS_BACK); i--) {
            Draft e = events.get(i);
            if (i < events.size() - 1 && !e.evidence.contains(last.evidence.get(0))) {
                break;
            }
            if (e.participants.size() == d.participants.size() && e.participants.stream().allMatch(this::isCountry)
                    && (d.weak || e.weak || compatible(e.type, d.type)) && !conflicting(e, d)
                    && theirs.equals(new java.util.HashSet<>(e.participants))) {
                return e;
            }
        }
        return null;
    }

    private static final int COUNTRY_CONTACTS_BACK = 3;

    private void merge(Draft into, Draft d) {
        if (into.weak && !d.weak) {
            into.type = d.type;
            into.weak = false;
        } else if (!d.weak) {
            into.type = mergeTypes(into.type, d.type);
        }
        if (d.date != null && d.dateSource.ordinal() > into.dateSource.ordinal() && (d.status == into.status || d.dateSource == DateSource.SENTENCE
                && into.status != Analysis.EventStatus.PLANNED)) {
            into.date = d.date;
            into.dateSource = d.dateSource;
        } else if (d.date != null && into.date != null && d.dateSource == into.dateSource && d.date.length() > into.date.length()
                && d.date.startsWith(into.date)) {
            into.date = d.date; // «في فبراير الماضي» then «في 14 فبراير»: the day of that month
        }
        if (into.location == null && !CALLS.contains(into.type)) {
            into.location = d.location; // a call has no venue, whatever a later mention of another kind names
        }
        if ((!into.statusExplicit || into.status == Analysis.EventStatus.PLANNED && d.status == Analysis.EventStatus.NEGATED)
                && d.statusExplicit && !d.weak) {
            into.status = d.status;
            into.statusExplicit = true;
        }
        if (into.initiator == null && into.initiatorCountry == null) {
            into.initiator = d.initiator;
            into.initiatorCountry = d.initiatorCountry;
        }
        for (String p : d.participants) {
            if (into.participants.size() < 2) {
                addOnce(into.participants, p);
            }
        }
        resolveInitiator(into);
        for (Segment s : d.evidence) {
            if (!into.evidence.contains(s)) {
                into.evidence.add(s);
            }
        }
    }

    /** A country named as initiator stands for the participant who represents it. */
    private void resolveInitiator(Draft d) {
        // offices are looked up on the contact's day, else the story's (an undated contact: «مطلع الأسبوع»)
        String day = d.date != null && d.date.length() == 10 ? d.date : d.storyDay;
        String country = d.initiatorCountry;
        if (country == null && d.initiator != null && !d.participants.contains(d.initiator)) {
            country = kb.affiliation(d.initiator, day);
        }
        if (country == null) {
            return;
        }
        for (String p : d.participants) {
            if (country.equals(kb.affiliation(p, day))) {
                d.initiator = p;
                d.initiatorCountry = null;
                return;
            }
        }
    }

    /** Whether the first mention of {@code id} after token {@code from} is joined by «و» to what comes before it. */
    private static boolean coordinated(List<Segmenter.Token> tokens, List<Ref> refs, String id, int from) {
        for (Ref r : refs) {
            if (r.first() >= from && r.entityId().equals(id)) {
                if (conjoined(tokens.get(r.first()).normalized())) {
                    return true;
                }
                // «والرئيس X», «ووزير الخارجية سامح شكري»: the «و» on the first word of the title before the name
                for (int k = r.first() - 1; k >= Math.max(from, r.first() - COORDINATED_TITLE); k--) {
                    int at = k;
                    if (isPunctuation(tokens.get(k))) {
                        return false;
                    }
                    Ref inside = refs.stream().filter(o -> o.first() <= at && at < o.end()).findFirst().orElse(null);
                    if (inside != null && inside.type() != Analysis.EntityType.ORG) {
                        return false;
                    }
                    if (inside != null) {
                        k = inside.first(); // a body named in the title is part of it («رئيس مجلس النواب»); its words are not tested
                        continue;
                    }
                    String w = tokens.get(k).normalized();
                    if (k < r.first() - 4 ? conjoined(w) && BA_HEADS.contains(w.substring(1)) : conjoined(w) || "ثم".equals(w)) {
                        return true; // «فالتقى عون في بعبدا، ثم رئيس مجلس النواب نبيه بري»: one after another
                    }
                }
                return false;
            }
        }
        return false;
    }

    /**
     * The longest title between a side's «و» and its name: «وولي ولي العهد وزير الدفاع الأمير محمد بن سلمان». Beyond four
     * words, the «و» must be on a title's head («وولي», «والرئيس»), not on a verb («وقال»).
     */
    private static final int COORDINATED_TITLE = 6;

    /** «و», «والرئيس», «وروحاني» — not «وزير», «ولي العهد», «وفد», whose «و» is their own. */
    private static boolean conjoined(String w) {
        return w.equals("و") || w.length() > 2 && w.startsWith("و") && !w.startsWith("وزير") && !w.startsWith("وزرا")
                && !w.startsWith("ولي") && !w.startsWith("وفد") && !w.startsWith("وكيل") && !w.startsWith("والي");
    }

    /** Whether another trigger follows in tokens [from, b). */
    private boolean strongAfter(List<Segmenter.Token> tokens, int from, int b) {
        for (int k = from; k < b; k++) {
            if (lexicon.at(tokens, k, Kind.TRIGGER) != null) {
                return true;
            }
        }
        return false;
    }

    /**
     * A demonstrative before the contact («هذا الاتصال», «وهذه هي الزيارة»), or the predicate of one that does
     * («هذا الاتصال أول محادثة»: {@code after} is the end of the previous trigger when it pointed back, else -1).
     */
    private static boolean pointsBack(List<Segmenter.Token> tokens, int first, int after) {
        int i = first - 1;
        while (i >= 0 && first - i <= 3 && COPULAS.contains(tokens.get(i).normalized())) {
            i--;
        }
        // a noun with its article or after «هو أول» («وهذا هو أول اجتماع»), not a verb: «وبعد ذلك التقى Z …»
        boolean definite = tokens.get(first).normalized().startsWith("ال") || i < first - 1;
        return i >= 0 && (definite && DEMONSTRATIVES.contains(tokens.get(i).normalized()) || after >= 0 && i < after
                || i == first - 1 && definite && COMES.contains(ArabicText.stripConjunction(tokens.get(i).normalized())));
    }

    /** «ويأتي الاتصال بعد ثلاثة أيام من …», «وجاء اللقاء في ظل …»: the contact just told, set against its background. */
    private static final Set<String> COMES = Set.of("ياتي", "تاتي", "جاء", "جاءت");

    private static final Set<String> OF_KIND_NOUNS = Set.of("القبيل", "النوع");
    /** «نتائج», «بنتائج» (folded): the results of a contact, one already told when the story told it. */
    private static final Set<String> RESULTS = Set.of("نتائج", "بنتائج", "ونتائج", "حصيله", "بحصيله");

    /** «أي لقاء من هذا القبيل/النوع»: the kind of contact just told. */
    private static boolean ofThisKind(List<Segmenter.Token> tokens, int at, int to) {
        return at + 2 < to && "من".equals(tokens.get(at).normalized()) && DEMONSTRATIVES.contains(tokens.get(at + 1).normalized())
                && OF_KIND_NOUNS.contains(tokens.get(at + 2).normalized());
    }

    /**
     * «وتعد زيارة X هي الأولى», «ويعد هذا الاتصال أول محادثة» are «is considered»: «تعد/يعد» before the contact
     * prepares it only with «ل» on the contact or a word between («يعد الرئيس لزيارة», «تعد القاهرة لاستضافة اجتماع»);
     * after it («القمة التي تعد لها مصر») it does.
     */
    private static boolean consideredAs(List<Segmenter.Token> tokens, EventLexicon.Match m, EventLexicon.Match t) {
        if (!PREPARES.contains(m.entry().words().get(0)) || m.end() > t.first()) {
            return false;
        }
        for (int i = m.end(); i <= t.first(); i++) {
            if (tokens.get(i).normalized().startsWith("ل")) {
                return false;
            }
        }
        return true;
    }

    /** «اتفقا على عقد لقاء», «اتفق الجانبان على إجراء محادثات»: an agreement to hold the contact. */
    private static boolean agreedTo(List<Segmenter.Token> tokens, EventLexicon.Match t, int from) {
        int i = t.first() - 1;
        if (i >= 0 && HOLD.contains(tokens.get(i).normalized())) {
            i--;
        }
        if (i >= 0 && "ان".equals(tokens.get(i).normalized())) {
            i--; // «على أن يلتقيا»
        }
        if (i < 0 || !tokens.get(i).normalized().equals("علي") && !tokens.get(i).normalized().equals("وعلي")) { // folded «على»
            return false;
        }
        for (int k = i - 1; k >= Math.max(from, i - AGREED_WINDOW); k--) { // «اتفق [X ونظيره Y] خلال اتصال هاتفي اليوم على عقد لقاء»
            if (tokens.get(k).normalized().startsWith("اتفق") || tokens.get(k).normalized().startsWith("واتفق")) {
                return true;
            }
        }
        return false;
    }

    private static final Set<String> HOLD = Set.of("عقد", "اجراء", "تنظيم");

    /** A visit someone was invited to just before («دعا X Y لزيارة», «وجه دعوة … لزيارة»), with no acceptance in the sentence. */
    private static boolean invitationOnly(List<Segmenter.Token> tokens, int a, int b, int trigger) {
        if (!invitedBefore(tokens, a, trigger, 14)) {
            return false;
        }
        for (int i = a; i < b; i++) {
            String w = tokens.get(i).normalized();
            if (ACCEPTING.contains(w) || (w.equals("قبل") || w.equals("وقبل")) && i + 1 < b
                    && INVITING.contains(tokens.get(i + 1).normalized())) {
                return false; // «قبل دعوة الرئيس بوتين لزيارة روسيا» («قبل» alone is mostly «before»)
            }
        }
        return true;
    }

    private static final Set<String> ANY = Set.of("اي", "وجود");

    /** Whether, later in the sentence and before any other contact, a denial takes «أي لقاء/اتصال» as its object. */
    private boolean deniedAfter(List<Segmenter.Token> tokens, int from, Segment sentence) {
        int denial = from;
        while (denial < tokens.size() && tokens.get(denial).start() < sentence.end() && !DENYING.contains(tokens.get(denial).normalized())) {
            denial++;
        }
        if (denial >= tokens.size() || tokens.get(denial).start() >= sentence.end()) {
            return false; // no denial: the lexicon need not be asked about every word
        }
        for (int i = from; i <= denial; i++) {
            if (lexicon.at(tokens, i, Kind.TRIGGER) != null) {
                return false;
            }
            if (i < denial) {
                continue;
            }
            for (int k = i + 1; k < Math.min(tokens.size(), i + 15) && tokens.get(k).start() < sentence.end(); k++) {
                if (ANY.contains(tokens.get(k).normalized()) && k + 1 < tokens.size() && lexicon.is(tokens.get(k + 1), Kind.TRIGGER)) {
                    return true;
                }
            }
            return false;
        }
        return false;
    }

    private static final Set<String> WAS = Set.of("كان", "كانت", "وكان", "وكانت");
    private static final Set<String> DURING_IT = Set.of("خلالها", "خلاله");
    /** «بادر X بالاتصال بـY»: X took the initiative. */
    private static final Set<String> TOOK_THE_LEAD = Set.of("بادر", "بادرت", "وبادر", "وبادرت");
    /** Words before the noun «عقد» (holding a meeting): «على عقد», «إلى عقد», «بضرورة عقد». */
    private static final Set<String> TO_HOLD = Set.of("علي", "الي", "بضروره");
    private static final Set<String> CALLED_OFF = Set.of("الغي", "الغيت", "ارجئ", "ارجئت", "اجل", "اجلت", "تاجل", "تاجلت");

    /**
     * «وكانت القمة … قد أرجئت»: the trigger right after «كان/وكانت» (in its clause), and «قد» + a verb of
     * cancelling or postponing ends its clause, before any other contact is named.
     */
    private boolean calledOffAfter(List<Segmenter.Token> tokens, int from, EventLexicon.Match t, Segment sentence) {
        int was = t.first() - 1;
        if (was < from || !WAS.contains(tokens.get(was).normalized())) {
            return false;
        }
        for (int i = t.end(); i + 1 < tokens.size() && tokens.get(i + 1).start() < sentence.end(); i++) {
            if ("قد".equals(tokens.get(i).normalized())) {
                return CALLED_OFF.contains(tokens.get(i + 1).normalized());
            }
            if (i > t.end() && lexicon.at(tokens, i, Kind.TRIGGER) != null) {
                return false;
            }
        }
        return false;
    }

    private static final Set<String> JOINING = Set.of("بمشاركه", "وبمشاركه");

    /** Whether «بمشاركة» stands a few words before the ref, after {@code from}: «بمشاركة وزير الخارجية التونسي X». */
    private static boolean joinedBy(List<Segmenter.Token> tokens, Ref r, int from) {
        for (int i = r.first() - 1; i >= Math.max(from, r.first() - 6); i--) {
            if (JOINING.contains(tokens.get(i).normalized())) {
                return true;
            }
        }
        return false;
    }

    /** «اللقاء», «الاجتماع»: a contact named again with the article. */
    private boolean definiteTrigger(Segmenter.Token tok) {
        return tok.normalized().startsWith("ال") && lexicon.is(tok, Kind.TRIGGER);
    }

    /**
     * Whether the visit at {@code trigger} is what someone is invited to, an inviting word at most {@code window}
     * words before it: «دعا X لزيارة», «دعوة إلى زيارة» (not «دعا ماكرون خلال زيارته إلى …»).
     */
    private static boolean invitedBefore(List<Segmenter.Token> tokens, int from, int trigger, int window) {
        String visit = tokens.get(trigger).normalized();
        if (!(visit.startsWith("ل") || trigger > from && TO.contains(tokens.get(trigger - 1).normalized()))) {
            return false;
        }
        for (int i = Math.max(from, trigger - window); i < trigger; i++) {
            if (INVITING.contains(tokens.get(i).normalized())) {
                return true;
            }
        }
        return false;
    }

    private static final Set<String> INVITING = Set.of("دعا", "ودعا", "دعت", "ودعت", "يدعو", "تدعو", "دعاه", "دعاها", "دعوه", "الدعوه");
    /** Folded; not the bare «قبل» («before»). */
    private static final Set<String> ACCEPTING = Set.of("قبلها", "قبلت", "وقبلت", "وافق", "وافقت", "ووافق", "قبوله", "لبي", "لبت",
            "ولبي", "تلبيه");

    /** A call, by its trigger («اتصال», «مكالمة») or by a medium right after it («بحث هاتفيا»). */
    private boolean callLike(List<Segmenter.Token> tokens, EventLexicon.Match t, int b) {
        if (CALLS.contains(t.entry().value())) {
            return true;
        }
        for (int k = t.end(); k < Math.min(b, t.end() + MEDIUM_WINDOW); k++) {
            if (lexicon.at(tokens, k, Kind.MODIFIER) != null) {
                return true;
            }
            EventLexicon.Match call = lexicon.at(tokens, k, Kind.TRIGGER);
            if (call != null && CALLS.contains(call.entry().value()) && lexicon.at(tokens, k, Kind.BLOCK) == null) {
                return false; // «بحث X مع Y في اتصال هاتفي»: the medium is the call's, which the verb is part of
            }
        }
        return false;
    }

    private static boolean compatible(String existing, String incoming) {
        if (existing.equals(incoming)) {
            return true;
        }
        if (CALLS.contains(existing) && CALLS.contains(incoming)) {
            return "CALL".equals(existing) || "CALL".equals(incoming);
        }
        if (MEETINGS.contains(existing) && MEETINGS.contains(incoming)) {
            return true;
        }
        // «جلسة مباحثات» and «كان في مقدمة مستقبليه» the same day: one contact, of the type named first
        if ("TALKS".equals(existing) && MEETINGS.contains(incoming) || MEETINGS.contains(existing) && "TALKS".equals(incoming)) {
            return true;
        }
        // «اجتماع» in one sentence and «الاجتماع عبر الفيديو» in another: one virtual meeting
        return MEETINGS.contains(existing) && "VIDEO_CALL".equals(incoming) || "VIDEO_CALL".equals(existing) && MEETINGS.contains(incoming);
    }

    private static String mergeTypes(String a, String b) {
        if ("CALL".equals(a) && ("PHONE_CALL".equals(b) || "VIDEO_CALL".equals(b))) {
            return b;
        }
        if ("VISIT".equals(a) && "MEETING".equals(b)) {
            return a;
        }
        if (("MEETING".equals(a) || "VISIT".equals(a)) && "VIDEO_CALL".equals(b)) {
            return b;
        }
        return a;
    }

    private static String withMedium(String type, String medium) {
        return switch (type) {
            case "CALL", "TALKS" -> medium;
            case "MEETING" -> "VIDEO_CALL".equals(medium) ? medium : type;
            default -> type;
        };
    }

    /** A city right after token k («وفي مسقط») with a person a few words after it (another contact, elsewhere), or null. */
    private Ref elsewhere(List<Ref> refs, int k) {
        Ref city = refs.stream().filter(r -> r.first() == k + 1 && isCity(r.entityId())).findFirst().orElse(null);
        return city != null && refs.stream().anyMatch(r -> r.type() == Analysis.EntityType.PERSON && r.first() >= city.end()
                && r.first() <= city.end() + 3) ? city : null;
    }

    /** The end of every minister's role name in the knowledge base. */
    private static final String MINISTER_SUFFIX = "minister";

    /** Whether the group word of the stretch is «الوزراء» (the ministers). */
    private static boolean groupOfMinisters(List<Segmenter.Token> tokens, int from, int to) {
        for (int i = from; i < to; i++) {
            if ("الوزراء".equals(tokens.get(i).normalized()) && !(i > 0 && GROUP_HEADS.contains(tokens.get(i - 1).stem()))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Resolves a plural anaphor of the stretch in {@code participants}: GROUP («الوزراء الثلاثة») → the sides of the last
     * contact of that size; PARTY («البلدين») → the last contact between countries; PERSON («الوزيرين», «بينهما») → the
     * last contact's sides when recent, else the two people named last. Returns the kind still standing (null once a
     * group is resolved), for the sides joining it.
     */
    private String resolvePlural(String plural, Draft d, List<String> participants, List<Segmenter.Token> tokens,
                                 EventLexicon.Match t, int from, int to, List<Ref> refs, List<Ref> inRegion,
                                 List<Analysis.Sentence> sentences, int sIndex, Segment sentence, List<Draft> events) {
        if ("GROUP".equals(plural)) {
            // «الوزراء الأربعة», «القادة»: everyone in the last contact, when it was told in the last few sentences
            // («الوزراء الثلاثة»: the last one with three sides, though a call of two came after it)
            int count = 0;
            for (int i = from; i < to && count == 0; i++) {
                count = GROUP_COUNTS.getOrDefault(tokens.get(i).normalized(), 0);
            }
            String day = d.storyDay;
            boolean ministers = count > 0 && groupOfMinisters(tokens, from, to);
            Draft last = events.isEmpty() ? null : events.get(events.size() - 1);
            Draft sized = null;
            for (int k = events.size() - 1; count > 0 && k >= 0; k--) {
                List<String> ps = events.get(k).participants;
                if (ps.size() == count && (!ministers || ps.stream().allMatch(id -> kb.holdsRoleEnding(id, MINISTER_SUFFIX, day)))) {
                    sized = events.get(k); // «الوزراء الثلاثة»: the last contact of three ministers
                    break;
                }
            }
            for (int k = events.size() - 1; sized == null && ministers && k >= 0; k--) {
                if (events.get(k).participants.size() == count) {
                    sized = events.get(k);
                }
            }
            last = sized != null ? sized : last;
            int since = sentences.get(Math.max(0, sIndex - 2 * CONTEXT_SENTENCES)).segment().start();
            List<String> group = last == null ? List.of() : last.participants;
            if (last != null && ministers && group.size() > count) {
                // «استقبل الرئيس وزراء خارجية A وB وC … واتفق الوزراء الثلاثة»: the ministers among the sides
                List<String> only = group.stream().filter(id -> kb.holdsRoleEnding(id, MINISTER_SUFFIX, day)).toList();
                group = only.size() == count ? only : group;
            }
            if (last != null && (count > 0 && group.size() == count || last.evidence.get(last.evidence.size() - 1).end() >= since)) {
                // «واستقبل الرئيس الوزراء»: the one named receives the group
                List<String> named = d.reception ? List.copyOf(participants) : List.of();
                participants.clear();
                named.forEach(id -> addOnce(participants, id));
                group.forEach(id -> addOnce(participants, id));
            }
            plural = null;
        }
        if ("PARTY".equals(plural)) {
            // «البلدين», «الجانبين»: the last contact between countries or organisations
            for (int k = events.size() - 1; k >= 0; k--) {
                if (events.get(k).participants.stream().noneMatch(this::isPerson)) {
                    participants.clear();
                    participants.addAll(events.get(k).participants);
                    break;
                }
            }
            if (participants.size() < 2) {
                plural = "PERSON";
            }
        }
        if ("PERSON".equals(plural)) {
            // «الزعيمين», «بينهما»: the last contact's sides when recent, else the two people named last; one named
            // between the trigger and the plural («والتقى وانغ يي الوزيرين») met them and stays
            int pluralAt = pluralAt(tokens, from, to);
            List<String> named = participants.stream().filter(id -> inRegion.stream().anyMatch(r -> r.entityId().equals(id)
                    && r.first() >= t.end() && r.first() < pluralAt && r.type() == Analysis.EntityType.PERSON)).toList();
            List<String> recent = new ArrayList<>();
            int since = sentences.get(Math.max(0, sIndex - CONTEXT_SENTENCES)).segment().start();
            for (int k = refs.size() - 1; k >= 0 && recent.size() < 2; k--) {
                Ref r = refs.get(k);
                boolean sayer = r.start() >= sentence.start() && r.first() < from;
                if (r.start() >= since && r.first() < t.first() && !sayer && r.type() == Analysis.EntityType.PERSON) {
                    addOnce(recent, r.entityId());
                }
            }
            Draft last = events.isEmpty() ? null : events.get(events.size() - 1);
            if (last != null && last.evidence.get(last.evidence.size() - 1).end() >= since) {
                participants.clear();
                participants.addAll(last.participants);
            } else if (recent.size() == 2) {
                Collections.reverse(recent);
                participants.clear();
                participants.addAll(recent);
            } else if (last != null) {
                participants.clear();
                participants.addAll(last.participants);
            }
            // «الوزيرين السعودي والإيراني»: the two of those countries named last before the contact
            List<String> ofCountries = ofCountries(tokens, refs, pluralAt, to, t.first(), d.storyDay);
            if (ofCountries.size() == 2) {
                participants.clear();
                participants.addAll(ofCountries);
            }
            if (!named.isEmpty() && participants.stream().noneMatch(named::contains)) {
                List<String> them = List.copyOf(participants);
                participants.clear();
                participants.addAll(named);
                them.forEach(id -> addOnce(participants, id));
            }
        }
        return plural;
    }

    /**
     * «الوزيرين السعودي والإيراني»: for the two nationality adjectives after the plural at {@code at}, the person of each
     * country named last before {@code before}; empty when the adjectives or the people are not there.
     */
    private List<String> ofCountries(List<Segmenter.Token> tokens, List<Ref> refs, int at, int to, int before, String day) {
        if (at + 2 >= to) {
            return List.of();
        }
        String first = kb.countryOfAdjective(tokens.get(at + 1).stem());
        String and = andAdjective(tokens.get(at + 2));
        String second = and == null ? null : kb.countryOfAdjective(and);
        if (first == null || second == null || first.equals(second)) {
            return List.of();
        }
        List<String> out = new ArrayList<>();
        for (String country : List.of(first, second)) {
            String person = null;
            for (Ref r : refs) {
                if (r.first() < before && r.type() == Analysis.EntityType.PERSON && country.equals(kb.affiliation(r.entityId(), day))) {
                    person = r.entityId();
                }
            }
            if (person == null) {
                return List.of();
            }
            out.add(person);
        }
        return out;
    }

    /** «الرئيس», «والرئيس», «رئيس»: an office that «المشترك» after it makes shared. */
    private static boolean coTitle(String w) {
        String bare = w.length() > 3 && w.startsWith("و") ? w.substring(1) : w;
        return CO_TITLES.contains(Segmenter.stripArticle(bare));
    }

    /** The word without a «ب» glued to it («بلقاءين»). */
    private static String withoutBa(String w) {
        return w.length() > 4 && w.startsWith("ب") ? w.substring(1) : w;
    }

    /** Where the first plural anaphor of the stretch stands, or {@code to}. */
    private int pluralAt(List<Segmenter.Token> tokens, int from, int to) {
        for (int i = from; i < to; i++) {
            if (lexicon.at(tokens, i, Kind.PLURAL) != null) {
                return i;
            }
        }
        return to;
    }

    /** The kind of the first plural anaphor in the stretch (PERSON or PARTY), or null. */
    private String plural(List<Segmenter.Token> tokens, int from, int to) {
        for (int i = from; i < to; i++) {
            EventLexicon.Match m = lexicon.at(tokens, i, Kind.PLURAL);
            if (m != null && "GROUP".equals(m.entry().value()) && i > 0 && GROUP_HEADS.contains(tokens.get(i - 1).stem())) {
                continue; // «رئيس الوزراء», «مجلس الوزراء» name no group of those who met
            }
            if (m != null) {
                return m.entry().value();
            }
        }
        return null;
    }

    private static boolean isPersonRef(List<Ref> refs, String id) {
        return refs.stream().anyMatch(r -> r.entityId().equals(id) && r.type() == Analysis.EntityType.PERSON);
    }

    private boolean isPerson(String id) {
        return kb.get(id).map(a -> "PERSON".equals(a.type())).orElse(true);
    }

    /** «وفي اتصال …», «وخلال لقائه …», «وفي أول اتصال …»: the contact in a phrase put before its sentence's verb. */
    private static boolean fronted(List<Segmenter.Token> tokens, EventLexicon.Match t, int from) {
        for (int k = t.first() - 1; k >= Math.max(from, t.first() - 2); k--) {
            String w = tokens.get(k).normalized();
            if (IN.contains(w) || ADVERBIAL.contains(w)) {
                return true;
            }
        }
        return false;
    }

    /** «قال», «وقال», «أكدت» (folded): a verb of saying, with «و» or none. */
    private static boolean sayingVerb(String w) {
        return SAYING_VERBS.contains(w) || w.length() > 3 && w.startsWith("و") && SAYING_VERBS.contains(w.substring(1));
    }


    /** Verbs of saying whose subject follows them («وقال عراقجي»), folded. */
    private static final Set<String> SAYING_VERBS = Set.of("قال", "قالت", "اكد", "اكدت", "اوضح", "اوضحت", "اشار", "اشارت",
            "اعلن", "اعلنت", "صرح", "صرحت", "ذكر", "ذكرت", "شدد", "شددت", "اضاف", "اضافت");

    /**
     * «ورداً على تصريحات نتنياهو، قال عراقجي إن …، مضيفا أنه …»: the person right after the last verb of saying in
     * [from, to), or null.
     */
    private static String speakerOf(List<Segmenter.Token> tokens, List<Ref> refs, int from, int to) {
        for (int v = to - 1; v >= from; v--) {
            String w = tokens.get(v).normalized();
            if (sayingVerb(w)) {
                int verb = v;
                return refs.stream().filter(r -> r.first() > verb && r.first() <= verb + 6 && r.first() < to
                        && r.type() == Analysis.EntityType.PERSON).map(Ref::entityId).findFirst().orElse(null);
            }
        }
        return null;
    }

    /** The last person named in tokens [from, to), or null. */
    private static String lastPersonBefore(List<Ref> refs, int from, int to) {
        String id = null;
        for (Ref r : refs) {
            if (r.first() >= from && r.first() < to && r.type() == Analysis.EntityType.PERSON) {
                id = r.entityId();
            }
        }
        return id;
    }

    /** Number words of «بعد عشرة أيام من» (folded). */
    private static final Map<String, Integer> COUNTS = Map.ofEntries(Map.entry("ثلاثه", 3), Map.entry("ثلاث", 3),
            Map.entry("اربعه", 4), Map.entry("اربع", 4), Map.entry("خمسه", 5), Map.entry("خمس", 5), Map.entry("سته", 6),
            Map.entry("ست", 6), Map.entry("سبعه", 7), Map.entry("سبع", 7), Map.entry("ثمانيه", 8), Map.entry("ثماني", 8),
            Map.entry("تسعه", 9), Map.entry("تسع", 9), Map.entry("عشره", 10), Map.entry("عشر", 10));
    /** Units of «بعد N أيام من», in days; the dual and singular forms count themselves. */
    private static final Map<String, Integer> SINGLE_UNITS = Map.of("يوم", 1, "يومين", 2, "يومان", 2, "اسبوع", 7, "اسبوعين", 14);
    private static final Map<String, Integer> PLURAL_UNITS = Map.of("ايام", 1, "اسابيع", 7);

    /** «بعد [N] يوم/أيام/أسبوع من» right before the trigger: how many days before; 0 when not. */
    private static int daysBefore(List<Segmenter.Token> tokens, int trigger) {
        int i = trigger - 1;
        if (i < 2 || !"من".equals(tokens.get(i).normalized())) {
            return 0;
        }
        String unit = tokens.get(i - 1).normalized();
        if (SINGLE_UNITS.containsKey(unit) && ADVERBIAL_AFTER.contains(tokens.get(i - 2).normalized())) {
            return SINGLE_UNITS.get(unit);
        }
        if (i >= 3 && PLURAL_UNITS.containsKey(unit) && ADVERBIAL_AFTER.contains(tokens.get(i - 3).normalized())) {
            String n = tokens.get(i - 2).normalized();
            Integer count = COUNTS.get(n);
            if (count == null && n.chars().allMatch(Character::isDigit) && n.length() <= 2) {
                count = Integer.parseInt(n);
            }
            return count == null ? 0 : count * PLURAL_UNITS.get(unit);
        }
        return 0;
    }

    private static final Set<String> ADVERBIAL_AFTER = Set.of("بعد", "وبعد");

    /** «بمقر وزارة الخارجية»: a body's building, where a contact is held. */
    private static final Set<String> HEADQUARTERS = Set.of("مقر", "بمقر", "ومقر", "المقر");

    /**
     * «مجلس النواب في طبرق», «قائد القوات التابعة لمجلس النواب في طبرق المشير خليفة حفتر», «السفير المصري في عمان
     * شريف كامل»: a place right after an organisation, or inside the words that describe the person named just after
     * it, is where a body sits or an office is held, not where the contact is. Not after the trigger, a person or a
     * date («التقى السيسي اليوم في القاهرة الرئيس الفرنسي»).
     */
    private static boolean seatOf(List<Segmenter.Token> tokens, List<Ref> refs, Ref place, EventLexicon.Match t,
                                  List<DateMention> dates) {
        int in = place.first() - 1;
        if (in <= 0 || !IN.contains(tokens.get(in).normalized())) {
            return false;
        }
        if (refs.stream().anyMatch(o -> o.type() == Analysis.EntityType.ORG && o.end() == in && o.first() > t.end()
                && !PALACES.contains(tokens.get(o.first()).normalized()) // «في قصر الإليزيه في باريس» is where they met
                && !HEADQUARTERS.contains(tokens.get(o.first() - 1).normalized()) // so is «بمقر وزارة الخارجية في القاهرة»
                && !WITH.contains(tokens.get(o.first() - 1).normalized()))) { // and «محادثات مع الحوثيين في مسقط» (a side)
            return true; // not the contact's own body: «اجتماع مجلس الأمن في نيويورك»
        }
        int before = in - 1;
        Segmenter.Token word = tokens.get(before);
        boolean describing = before >= t.end() && ArabicText.isWordChar(word.text().charAt(0))
                && refs.stream().noneMatch(o -> o.first() <= before && before < o.end())
                && dates.stream().noneMatch(dm -> dm.start() < word.end() && word.start() < dm.end());
        boolean partner = place.end() < tokens.size() && WITH.contains(tokens.get(place.end()).normalized()); // «اجتماعا ثلاثيا في إسطنبول مع فيدان»
        return describing && !partner && !inBuilding(tokens, t.end(), before) && refs.stream().anyMatch(o -> o.type() == Analysis.EntityType.PERSON && o.first() >= place.end()
                && o.first() - place.end() <= 2);
    }

    /**
     * «استقبل X أمس بالقصر الرئاسي في نواكشوط Y»: a venue word ({@link #VENUES}: a building, «مدينة», «العاصمة») with
     * «بـ», a word or two before «في», is where they met, not Y's seat.
     */
    private static boolean inBuilding(List<Segmenter.Token> tokens, int from, int last) {
        for (int k = last; k >= Math.max(from, last - 1); k--) {
            if (baVenue(tokens.get(k).normalized())) {
                return true;
            }
        }
        return false;
    }

    /** «بمدينة», «وبالقصر» (folded): «بـ» (in) on a venue word. */
    private static boolean baVenue(String w) {
        return (w.startsWith("ب") || w.startsWith("وب")) && VENUES.contains(Segmenter.stripArticle(w.substring(w.indexOf('ب') + 1)));
    }

    /** A noun naming the contact («جلسة مباحثات», «اجتماع») in [from, to), a few words before a place. */
    private static boolean namedContactBefore(List<Segmenter.Token> tokens, int from, int to) {
        for (int i = Math.max(from, to - CONTACT_NOUN_WINDOW); i < to; i++) {
            if (CONTACT_NOUNS.contains(Segmenter.stripArticle(tokens.get(i).normalized()))) {
                return true;
            }
        }
        return false;
    }

    /** How far before a place a noun naming the contact may stand. */
    private static final int CONTACT_NOUN_WINDOW = 10;
    /** How far before «على عقد …» the verb «اتفق» may stand. */
    private static final int AGREED_WINDOW = 30;
    private static final Set<String> CONTACT_NOUNS = Set.of("مباحثات", "محادثات", "مشاورات", "مفاوضات", "اجتماع", "اجتماعا",
            "لقاء", "جلسه", "قمه");

    private static final Set<String> PALACES = Set.of("قصر", "بقصر", "القصر", "مقر", "بمقر");

    private static final Set<String> WHERE = Set.of("حيث", "وحيث");

    /** The city named right before «، حيث» that opens the contact's clause («قادما من لشبونة، حيث التقى»), or null. */
    private String cityBeforeWhere(List<Segmenter.Token> tokens, List<Ref> refs, int from, int trigger) {
        for (int w = trigger - 1; w > from && w >= trigger - 4; w--) {
            if (!WHERE.contains(tokens.get(w).normalized())) {
                continue;
            }
            int before = "،,".indexOf(tokens.get(w - 1).text().charAt(0)) >= 0 ? w - 1 : w;
            int end = before;
            return refs.stream().filter(r -> r.end() == end && isCity(r.entityId())).map(Ref::entityId).findFirst().orElse(null);
        }
        return null;
    }

    /** Words after which a city is where someone goes: «إلى», «يزور», «زار», «زيارة», «لزيارة». */
    private static final Set<String> VISITING = union(TO, Set.of("يزور", "تزور", "زار", "زارت", "وزار", "وزارت",
            "زياره", "لزياره", "بزياره", "سيزور", "ستزور", "يصل", "تصل", "وصل", "وصلت"));

    private static Set<String> union(Set<String> a, Set<String> b) {
        Set<String> out = new java.util.HashSet<>(a);
        out.addAll(b);
        return Set.copyOf(out);
    }

    /**
     * The city someone visits or arrives in before the contact in its sentence: the first city after the last word of
     * visiting or arriving («يزور [الأمير عبدالعزيز] واشنطن … حيث يلتقي»), or null.
     */
    private String visitedCity(List<Segmenter.Token> tokens, List<Ref> refs, int from, int to) {
        String city = null;
        for (int v = from; v < to; v++) {
            if (!VISITING.contains(tokens.get(v).normalized())) {
                continue;
            }
            Ref first = firstRefAfter(refs, v, to, r -> r.type() == Analysis.EntityType.LOC);
            if (first != null && isCity(first.entityId())) {
                city = first.entityId();
            }
        }
        return city;
    }

    private static final int MARGINS_WINDOW = 12;

    /**
     * The city of the gathering on whose margins the contact in [from, to) was held: named after its «هامش», or else
     * after the first «هامش» of the story that names one («على هامش القمة» after «قمة العشرين في هانغتشو»).
     */
    private String marginsCity(List<Segmenter.Token> tokens, List<Ref> refs, int from, int to) {
        int margins = -1;
        for (int i = from; i < to && margins < 0; i++) {
            if (MARGINS.contains(tokens.get(i).normalized())) {
                margins = i;
            }
        }
        if (margins < 0) {
            return null;
        }
        String own = cityAfter(tokens, refs, margins, Math.min(to, margins + MARGINS_WINDOW));
        if (own != null) {
            return own;
        }
        for (int i = 0; i < from; i++) {
            if (MARGINS.contains(tokens.get(i).normalized())) {
                String earlier = cityAfter(tokens, refs, i, Math.min(tokens.size(), i + MARGINS_WINDOW));
                if (earlier != null) {
                    return earlier;
                }
            }
        }
        // «على هامش المؤتمر» after «انطلقت في بغداد أعمال مؤتمر بغداد»: where the gathering was told to be held
        String gathering = margins + 1 < to ? Segmenter.stripArticle(tokens.get(margins + 1).normalized()) : null;
        if (gathering == null || !GATHERINGS.contains(gathering)) {
            return null;
        }
        for (int i = 0; i < from; i++) {
            if (gathering.equals(Segmenter.stripArticle(tokens.get(i).normalized()))) {
                String held = cityAfter(tokens, refs, Math.max(0, i - MARGINS_WINDOW), Math.min(from, i + MARGINS_WINDOW));
                if (held != null) {
                    return held;
                }
            }
        }
        return null;
    }

    /** Gatherings on whose margins contacts are held, named again with the article («على هامش المؤتمر»). */
    private static final Set<String> GATHERINGS = Set.of("مؤتمر", "قمه", "منتدي", "اجتماعات", "اجتماع", "دوره", "اعمال");

    /** The first city named after «في» in (at, to), or null. */
    private String cityAfter(List<Segmenter.Token> tokens, List<Ref> refs, int at, int to) {
        Ref city = firstRefAfter(refs, at, to, r -> isCity(r.entityId()) && afterIn(tokens, r, at));
        return city == null ? null : city.entityId();
    }

    /** The first ref starting in (at, to) that passes the test, or null. */
    private static Ref firstRefAfter(List<Ref> refs, int at, int to, java.util.function.Predicate<Ref> test) {
        return refs.stream().filter(r -> r.first() > at && r.first() < to && test.test(r))
                .min(Comparator.comparingInt(Ref::first)).orElse(null);
    }

    private static final Set<String> ARRIVAL = Set.of("وصوله", "وصولها", "وصولهم", "وصولهما", "وصول");

    /** First-person verbs that name a contact («التقيت», «سنلتقي») or hold one («أجريت اتصالا»), folded, without «و»/«ف». */
    private static final Set<String> FIRST_PERSON = Set.of("التقيت", "التقينا", "سالتقي", "سنلتقي", "نلتقي", "اجتمعنا",
            "ساجتمع", "سنجتمع", "نجتمع", "زرت", "زرنا", "سازور", "سنزور", "استقبلنا", "اجريت", "اجرينا", "ساجري", "سنجري",
            "عقدنا", "سنعقد", "ساعقد", "تحدثنا", "بحثنا", "ناقشنا", "سابحث", "سنبحث", "ساتصل", "سنتصل", "اتصلنا", "ازور", "نزور",
            "نتصل", "تلقيت", "تلقينا", "التق", "نلتق", "اجر", "نجر"); // «لم ألتق», «لم أجر»
    /** «اتصلت بـ», «تحدثت مع»: the first person or a woman; the first person when nobody stands before it in a quote. */
    private static final Set<String> FIRST_OR_SHE = Set.of("اتصلت", "تحدثت", "بحثت", "اجتمعت", "ناقشت");

    /**
     * The first-person verb of a contact its quote's speaker tells of («قال X: "التقيت اليوم نظيري Y"», «"أجريت اتصالا
     * بالوزير Y"», «"تحدثت هاتفيا مع Y"»), or -1: the quote is direct, its speaker a person, and for a verb that may also be
     * a woman's («اتصلت») no one is named in the quote's clause before it.
     */
    private int firstPersonVerb(List<Segmenter.Token> tokens, List<Ref> refs, EventLexicon.Match t, int from,
                                Analysis.Quote quote) {
        if (quote == null || !isPerson(quote.speakerId())) {
            return -1;
        }
        int verb = t.first();
        String w0 = ArabicText.stripConjunction(tokens.get(verb).normalized());
        for (int i = verb - 1; i >= Math.max(from, t.first() - 3) && !FIRST_PERSON.contains(w0) && !FIRST_OR_SHE.contains(w0); i--) {
            if (FIRST_PERSON.contains(ArabicText.stripConjunction(tokens.get(i).normalized()))) {
                verb = i; // the light verb before the contact's noun: «أجريت أمس اتصالا»
                break;
            }
        }
        String w = ArabicText.stripConjunction(tokens.get(verb).normalized());
        int next = t.end() < tokens.size() && lexicon.at(tokens, t.end(), Kind.MODIFIER) != null ? t.end() + 1 : t.end(); // «هاتفيا»
        boolean first = FIRST_PERSON.contains(w) || FIRST_OR_SHE.contains(w) && next < tokens.size()
                && (WITH.contains(tokens.get(next).normalized()) || tokens.get(next).normalized().startsWith("ب")
                && !NOT_WITH.contains(tokens.get(next).normalized()) && refs.stream().anyMatch(r -> r.first() >= next && r.first() <= next + 3));
        // («اتصلت بنظيري الأوكراني دميترو كوليبا», not «اجتمعت بعد ذلك اللجنة»)
        if (!first || tokens.get(verb).start() < quote.start()) {
            return -1;
        }
        if (!FIRST_PERSON.contains(w)) {
            for (Ref r : refs) {
                if (r.first() >= from && r.first() < verb && r.start() >= quote.start()) {
                    return -1; // «قالت: "ميركل اتصلت ببوتين"»: she, named before
                }
            }
        }
        return verb;
    }

    /** The direct quote that holds the character at {@code at}, or null. */
    private static Analysis.Quote directQuoteAround(List<Analysis.Quote> quotes, int at) {
        for (Analysis.Quote q : quotes) {
            if (!q.indirect() && q.start() <= at && at < q.end()) {
                return q;
            }
        }
        return null;
    }

    /**
     * «قال X: "التقى Y Z"»: who says it is no side of a contact the quote tells, unless the quote names them or the
     * contact is with «me» («"اتصل بي بلينكن"», «"التقاني"», «"معي"»).
     */
    private static void dropSpeaker(Draft d, Analysis.Quote quote, List<Ref> refs, List<Segmenter.Token> tokens, EventLexicon.Match t) {
        if (quote != null && d.participants.contains(quote.speakerId()) && refs.stream().noneMatch(r ->
                r.entityId().equals(quote.speakerId()) && r.start() >= quote.start() && r.start() < quote.end())
                && !withMe(tokens, t)) {
            d.participants.remove(quote.speakerId());
        }
    }

    /** «التقاني», «اتصل بي», «معي»: the trigger with a first-person object, or «بي/معي/لي» right after it. */
    private static boolean withMe(List<Segmenter.Token> tokens, EventLexicon.Match t) {
        return tokens.get(t.end() - 1).normalized().endsWith("ني") || anyIn(tokens, t.end(), Math.min(tokens.size(), t.end() + 3), ME);
    }

    /** Words with «ب» that name no one met or called: «بعد», «بين», «بشكل», «بسبب», «بشأن», «بحضور» (folded). */
    private static final Set<String> NOT_WITH = Set.of("بعد", "بين", "بشكل", "بسبب", "بشان", "بحضور", "بخصوص", "بدعوه");

    /** «بي», «معي», «لي» (folded): with me, to me. */
    private static final Set<String> ME = Set.of("بي", "معي", "لي");

    /** Verbs that hold a contact named by a noun after them («أجرى … لقاء», «عقد … اجتماعا»). */
    private static final Set<String> LIGHT_VERBS = Set.of("اجري", "اجرت", "اجريا", "يجري", "تجري", "عقد", "عقدت", "عقدا",
            "يعقد", "تعقد", "واجري", "واجرت", "وعقد", "وعقدت");
    /** «ترأس وانغ يي اليوم في بكين اجتماعا ثلاثيا»: a verb that holds the contact it names, for its venue only. */
    private static final Set<String> CHAIRING = Set.of("تراس", "تراست", "يتراس", "تتراس", "وتراس", "وتراست");

    /** Whether a light verb («أجرى», «عقد») or a hosting verb («استضاف») stands in [from, at). */
    private static boolean lightVerbBefore(List<Segmenter.Token> tokens, int from, int at) {
        for (int i = from; i < at; i++) {
            if (LIGHT_VERBS.contains(tokens.get(i).normalized()) || HOSTING.contains(tokens.get(i).normalized())
                    || CHAIRING.contains(tokens.get(i).normalized())) {
                return true; // «أجرى الأحد في مسقط لقاءات», «استضاف في موسكو محادثات»
            }
        }
        return false;
    }

    /** A city right after a verb that hosts or sees the contact, or after the verb and «مدينة/العاصمة [العمانية]». */
    private boolean hostedBy(List<Segmenter.Token> tokens, Ref place, int from) {
        int i = place.first() - 1;
        for (int skipped = 0; i >= from && skipped < 2 && placeWord(tokens.get(i)); skipped++) {
            i--;
        }
        return i >= from && (HOSTING.contains(tokens.get(i).normalized()) || WITNESSED.contains(tokens.get(i).normalized()));
    }

    /** «مدينة», «العاصمة», «الروسية»: a word that may stand between «في» or a verb and a place's name. */
    private boolean placeWord(Segmenter.Token tok) {
        return lexicon.is(tok, Kind.PLACE) || kb.countryOfAdjective(tok.stem()) != null;
    }

    /** A place right after a side named after the trigger, or after «في» or a venue after it. */
    private boolean afterSide(List<Segmenter.Token> tokens, List<Ref> inRegion, EventLexicon.Match t, Ref r) {
        return inRegion.stream().anyMatch(p -> (p.type() == Analysis.EntityType.PERSON || p.type() == Analysis.EntityType.ORG
                && isParty(p.entityId())) && p.first() > t.first()
                && (p.end() == r.first() || p.end() == r.first() - 1 && IN.contains(tokens.get(r.first() - 1).normalized())
                || venueBetween(tokens, p.end(), r.first())));
    }

    /** A place right after «في», or after «في العاصمة [الروسية]». */
    private boolean afterIn(List<Segmenter.Token> tokens, Ref place, int from) {
        int first = place.first();
        int i = first - 1;
        for (int skipped = 0; i >= from && skipped < 2; skipped++) {
            if (placeWord(tokens.get(i))) {
                if (skipped == 0 && lexicon.is(tokens.get(i), Kind.PLACE) && baVenue(tokens.get(i).normalized())) {
                    return true; // «بمدينة إسطنبول», «بالعاصمة صنعاء»: «في» attached to the word before the name
                }
                i--;
            } else {
                break;
            }
        }
        if (i >= from && IN.contains(tokens.get(i).normalized())) {
            return true;
        }
        // «في» attached as «بـ»: «بموسكو», «وبجنيف» (not the name's own first letter: «بكين», «وبيروت»)
        String own = tokens.get(first).normalized();
        String word = own.startsWith("و") ? own.substring(1) : own;
        if (i >= from + 1 && TO.contains(tokens.get(i).normalized()) && ARRIVAL.contains(tokens.get(i - 1).normalized())) {
            return true; // «فور وصوله إلى بيونغ يانغ»: where he is
        }
        return word.startsWith("ب") && kb.get(place.entityId()).map(a -> a.arabicNames().stream()
                .noneMatch(n -> ArabicText.fold(n.strip()).split(" ")[0].equals(word))).orElse(true);
    }

    /**
     * «فلاديمير ميدينسكي مساعد الرئيس فلاديمير بوتين»: a person named in the title of the person just before (an aide,
     * adviser, envoy, representative or deputy of theirs) describes that one and takes no part.
     */
    private boolean aideOf(List<Segmenter.Token> tokens, List<Ref> refs, Ref mention) {
        if (mention.type() != Analysis.EntityType.PERSON || !kb.get(mention.entityId()).map(a -> a.roles().stream()
                .anyMatch(x -> PRINCIPALS.contains(x.role()))).orElse(false)) {
            return false; // «استقبل السيسي مبعوث الرئيس الروسي ميخائيل بوغدانوف»: the envoy is no one's principal, he is a side
        }
        // «… دونالد ترامب رئيس الولايات المتحدة»: a title right after the name is the same mention's
        Ref r = refs.stream().filter(o -> o != mention && o.entityId().equals(mention.entityId()) && o.end() == mention.first())
                .findFirst().orElse(mention);
        for (int k = r.first() - 1; k >= Math.max(0, r.first() - 3); k--) {
            if (AIDES.contains(tokens.get(k).stem())) {
                if (tokens.get(k).normalized().startsWith("و") || k + 1 < tokens.size() && kb.countryOfAdjective(tokens.get(k + 1).stem()) != null) {
                    return false; // «… والمستشار الألماني أولاف شولتس»: another side, and a chancellor
                }
                int head = k > 0 && SENIOR.contains(tokens.get(k - 1).normalized()) ? k - 1 : k; // «كوشنر كبير مستشاري الرئيس»
                return refs.stream().anyMatch(o -> o.type() == Analysis.EntityType.PERSON && o != r
                        && (o.end() == head || o.end() == head - 1 && "،,".indexOf(tokens.get(head - 1).text().charAt(0)) >= 0));
            }
        }
        return false;
    }

    /** A country or organisation that is only part of someone's title («وزيري خارجية روسيا»). */
    private static boolean titleContext(List<Segmenter.Token> tokens, Ref r, int from) {
        for (int i = r.first() - 1; i >= Math.max(from, r.first() - 2); i--) {
            String w = Segmenter.stripArticle(tokens.get(i).normalized());
            if (TITLE_WORDS.contains(w) || TITLE_WORDS.contains(tokens.get(i).normalized())) {
                return true;
            }
        }
        return false;
    }

    private boolean isCountry(String id) {
        return kb.get(id).map(Actor::isCountry).orElse(false);
    }

    /** Titles of spokespeople («المتحدث باسم», «الناطقة باسم»), folded. */
    private static final Set<String> SPOKESPERSON_TITLES = Set.of("المتحدث", "المتحدثه", "الناطق", "الناطقه", "والمتحدث",
            "والمتحدثه", "والناطق", "والناطقه", "متحدث", "متحدثه", "ناطق", "ناطقه");

    /** «… لقاء مع Y، وقال المتحدث …», «… ونفى الناطق»: the first verb of saying or denying in [from, to), or -1. */
    private static int toldFrom(List<Segmenter.Token> tokens, int from, int to) {
        for (int k = from; k < to; k++) {
            String w = tokens.get(k).normalized();
            if (sayingVerb(w) || DENYING.contains(w)) {
                return k;
            }
        }
        return -1;
    }

    /**
     * A spokesperson that day (the knowledge base's roles), or a person whose title in the text, after token from,
     * says so (r is a person: the caller has left the others out).
     */
    private boolean spokesperson(List<Segmenter.Token> tokens, List<Ref> refs, Ref r, int from, String day) {
        if (kb.holdsRoleEnding(r.entityId(), SPOKESPERSON_SUFFIX, day)) {
            return true;
        }
        for (int k = r.first() - 1; k >= Math.max(from, r.first() - 7) && !isPunctuation(tokens.get(k))
                && !lexicon.is(tokens.get(k), Kind.COMPLEMENTIZER); k--) {
            int at = k;
            if (refs.stream().anyMatch(o -> o.type() == Analysis.EntityType.PERSON && o.first() <= at && at < o.end())) {
                break; // «أعلن المتحدث X أن الرئيس Y»: the title is X's
            }
            if (SPOKESPERSON_TITLES.contains(tokens.get(k).normalized())) {
                return true;
            }
        }
        return false;
    }

    /** «استأنف», «استأنفت» (folded): resumed, with the sides as its subject. */
    private static final Set<String> RESUMED = Set.of("استانف", "استانفت", "واستانف", "واستانفت", "يستانف", "تستانف");

    /** Words before a gathering that make it what is talked about, not a contact held: «نتائج», «حول», «بشأن» (folded). */
    private static final Set<String> ABOUT = Set.of("نتائج", "مخرجات", "حول", "بشان", "عن", "قبيل", "بعد", "عقب", "خلال",
            "هامش", "اعمال", "جوله", "ملف", "تحضيرات", "التحضيرات", "التحضير");

    /** Nouns of gatherings that a city's name after them may name («اجتماعات فيينا», «محادثات جنيف», «قمة الرياض»). */
    private static final List<String> GATHERING_NOUNS = List.of("اجتماع", "محادث", "مباحث", "مفاوض", "مشاور", "لقاء", "قمه");

    /**
     * «حول نتائج اجتماعات فيينا», «أهمية اجتماعات جنيف المقررة»: a gathering's noun right before a city's name is a
     * conference named by its city, unless a verb of holding it comes first in the clause («استأنف بلينكن ولافروف محادثات
     * جنيف»; not when it is told about: «بحثا نتائج اجتماعات فيينا»), its sides follow in the clause («محادثات جنيف بين
     * الحكومة والمعارضة») or the city is one of two («محادثات واشنطن وطهران»).
     */
    private boolean namedByItsCity(List<Segmenter.Token> tokens, List<Ref> refs, EventLexicon.Match t, int b) {
        if (t.end() - t.first() != 1 || t.end() >= b || !"MEETING".equals(t.entry().value()) && !"TALKS".equals(t.entry().value())) {
            return false;
        }
        String word = tokens.get(t.first()).normalized();
        String bare = word.length() > 1 && "وفبل".indexOf(word.charAt(0)) >= 0 ? word.substring(1) : word;
        if (GATHERING_NOUNS.stream().noneMatch(g -> word.startsWith(g) || bare.startsWith(g))) {
            return false;
        }
        boolean withPreposition = word.length() > bare.length() && "لب".indexOf(word.charAt(0)) >= 0
                && GATHERING_NOUNS.stream().anyMatch(bare::startsWith); // «لاجتماع», not «لقاء»
        Ref city = refs.stream().filter(r -> r.first() == t.end() && isCity(r.entityId())).findFirst().orElse(null);
        if (city == null) {
            return false;
        }
        if (!(t.first() > 0 && ABOUT.contains(tokens.get(t.first() - 1).normalized()) || withPreposition)) {
            for (int k = t.first() - 1; k >= Math.max(0, t.first() - 14) && !isPunctuation(tokens.get(k)); k--) {
                String w = tokens.get(k).normalized();
                if (LIGHT_VERBS.contains(w) || RESUMED.contains(w)) {
                    return false; // «استأنف بلينكن ولافروف محادثات جنيف»: the clause's subject holds them
                }
            }
        }
        if (refs.stream().anyMatch(r -> r.first() == city.end() && isParty(r.entityId())
                && tokens.get(r.first()).normalized().startsWith("و"))) {
            return false; // «محادثات واشنطن وطهران»: capitals standing for their countries, the sides
        }
        for (int k = city.end(); k < b && !isPunctuation(tokens.get(k)); k++) {
            String w = tokens.get(k).normalized();
            if (BETWEEN.contains(w) || WITH.contains(w)) {
                return false;
            }
        }
        return true;
    }

    private boolean isCity(String id) {
        return kb.get(id).map(a -> "LOC".equals(a.type()) && ("city".equals(a.subtype()) || "capital".equals(a.subtype())))
                .orElse(false);
    }

    private boolean isCapital(String id) {
        return kb.get(id).map(a -> "capital".equals(a.subtype())).orElse(false);
    }

    /** A capital stands for its country («واشنطن» → United States) when it is a party and the story names the country. */
    private String countryOf(String id, Set<String> present) {
        if (isCapital(id)) {
            String c = kb.get(id).map(Actor::country).orElse(null);
            if (c != null && present.contains(c)) {
                return c;
            }
        }
        return id;
    }

    private static int sentenceFirst(List<Segmenter.Token> tokens, Segment sentence) {
        return firstToken(tokens, sentence.start());
    }

    /** «في مدينة جدة السعودية»: a country named right after one of its cities only says where that city is. */
    private boolean qualifiesACity(List<Ref> refs, Ref r) {
        for (Ref c : refs) {
            if (c.end() == r.first() && isCity(c.entityId()) && r.entityId().equals(kb.affiliation(c.entityId(), null))) {
                return true;
            }
        }
        return false;
    }

    /** Messages and greetings one sends through another: their sender is not at the contact. */
    private static final Set<String> MESSAGES = Set.of("رساله", "رسائل", "رسالتين", "تهاني", "تهنئه", "تحيات", "تعازي", "برقيه");
    private static final int MESSAGE_WINDOW = 5;

    /** Whether the ref names who sent a message: «رسالة (خطية) من (الرئيس الأمريكي) X», «تهاني X». */
    private static boolean sentBy(List<Segmenter.Token> tokens, Ref r) {
        for (int i = r.first() - 1; i >= Math.max(0, r.first() - MESSAGE_WINDOW); i--) {
            Segmenter.Token tok = tokens.get(i);
            if ("،,.".indexOf(tok.text().charAt(0)) >= 0) {
                return false;
            }
            if (MESSAGES.contains(tok.stem()) || MESSAGES.contains(Segmenter.stripArticle(tok.normalized()))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether token k is inside a relative clause after a comma («، الذي …») that opens after {@code from}: not when a
     * comma closes the clause before k («التقى عباس، الذي يزور القاهرة حاليا، الرئيس السيسي»).
     */
    private static boolean inRelativeClause(List<Segmenter.Token> tokens, int from, int k) {
        int rel = relativeClauseAfter(tokens, from, k);
        for (int i = rel + 1; i < k; i++) {
            if (isComma(tokens.get(i))) {
                return false;
            }
        }
        return rel < k;
    }

    /**
     * «الجلسات التي يديرها المبعوث الأممي»: token k, more than two tokens after {@code from}, is the subject right after
     * a relative clause's verb of running something (يدير, يرأس, يرعى, يقود, يشرف), so it is described, not a side
     * (not «القمة التي ستجمع بايدن وبوتين», «الاتصال الذي أجراه السيسي»). (Allowing a title between the verb and the
     * name lost more than it won on the held-out sets.)
     */
    private static boolean subjectOfRelative(List<Segmenter.Token> tokens, int from, int k) {
        if (k - 2 <= from || !RELATIVES.contains(tokens.get(k - 2).normalized())) {
            return false;
        }
        String verb = tokens.get(k - 1).normalized();
        return RUNNING.stream().anyMatch(verb::startsWith);
    }

    /** Verbs of running, chairing or sponsoring something, imperfect (folded): «يديرها», «ترأسه», «يرعاها». */
    private static final List<String> RUNNING = List.of("يدير", "تدير", "يراس", "تراس", "يرعا", "ترعا", "يرعي", "ترعي",
            "يقود", "تقود", "يشرف", "تشرف");

    /** The relative pronoun of the first relative clause after a comma («، الذي …») in (from, to), or {@code to}. */
    private static int relativeClauseAfter(List<Segmenter.Token> tokens, int from, int to) {
        for (int i = from + 1; i < to; i++) {
            if (RELATIVES.contains(tokens.get(i).normalized()) && "،,".indexOf(tokens.get(i - 1).text().charAt(0)) >= 0) {
                return i;
            }
        }
        return to;
    }

    /**
     * The status words around the trigger, within its clause: the nearest past marker next to the trigger wins, else
     * a plan or a negation; a negation that is not the contact's own («استبعد أردوغان عقب لقائه بوتين …») does not count.
     */
    private void statusInClause(Draft d, List<Segmenter.Token> tokens, EventLexicon.Match t, int from, int to) {
        int negatedEnd = -1;
        boolean negatedTrigger = false;
        for (int i = Math.max(from, t.first() - STATUS_BEFORE); i < Math.min(to, t.end() + STATUS_AFTER); i++) {
            EventLexicon.Match m = lexicon.at(tokens, i, Kind.STATUS);
            if (m == null) {
                continue;
            }
            if (consideredAs(tokens, m, t)) {
                continue;
            }
            Analysis.EventStatus st = Analysis.EventStatus.valueOf(m.entry().value());
            if (st == Analysis.EventStatus.NEGATED && m.first() >= t.end() && !CANCELLED.contains(m.entry().words().get(0))
                    && !(m.first() >= t.end() && definiteTrigger(tokens.get(m.first() - 1)))) {
                continue; // «المحادثات لن تقتصر على …» negates what follows, not the contact (but «غير أن اللقاء لم يتم»)
            }
            if (st == Analysis.EventStatus.HAPPENED && IMPERFECT.contains(t.entry().words().get(0))
                    && tokens.get(m.first()).normalized().startsWith("خلال")) {
                continue; // «في زيارة يلتقي خلالها X»: «خلال» tells when, not that it is over
            }
            if (st == Analysis.EventStatus.HAPPENED && (m.first() > 0 && TO_HOLD.contains(tokens.get(m.first() - 1).normalized())
                    || tokens.get(m.first()).normalized().startsWith("ل") && !m.entry().words().get(0).startsWith("ل"))) {
                continue; // «اتفقوا على عقد اجتماعهم المقبل», «لا خطط حاليا لعقد لقاء»: the noun «عقد» (holding), not the verb «عُقد»
            }
            if (st == Analysis.EventStatus.HAPPENED && negatedEnd >= 0 && m.first() - negatedEnd <= 2
                    && (holding(tokens.get(m.first()).normalized()) || negatedTrigger)
                    && java.util.stream.IntStream.range(negatedEnd, m.first()).noneMatch(j -> isComma(tokens.get(j)))) {
                continue; // «نفى الكرملين عقد لقاء»: «عقد» is the holding denied; «لم يلتق X خلال جولته»: «خلال» tells when
            }
            if (st == Analysis.EventStatus.NEGATED && RULED_OUT.contains(tokens.get(m.first()).normalized())
                    && !rulesOutTheContact(tokens, m.end(), t.first())) {
                continue; // «استبعد أردوغان عقب لقائه بوتين أي تنازل»: what he ruled out is not the meeting
            }
            if (st == Analysis.EventStatus.NEGATED) {
                negatedEnd = m.end();
                negatedTrigger = m.first() <= t.first() && t.first() < m.end(); // «لم يلتق»: the contact's own verb negated
            }
            boolean adjacentPast = st == Analysis.EventStatus.HAPPENED && m.first() >= t.first() - 3;
            if (adjacentPast && m.first() < t.first() && plannedRightAfter(tokens, t, to)) {
                continue; // «خلال زيارته المرتقبة»: the visit's own adjective tells it is to come
            }
            if (adjacentPast) {
                d.status = st;
                d.statusExplicit = true;
                break;
            }
            if (st != Analysis.EventStatus.HAPPENED && (!d.statusExplicit || st == Analysis.EventStatus.NEGATED)) {
                d.status = st;
                d.statusExplicit = true;
            }
            i = m.end() - 1;
        }
    }

    /** «عقد», «لعقد», «وإجراء» (folded): the verbal noun of holding a contact, with a proclitic or none. */
    private static boolean holding(String w) {
        return HOLD.contains(w) || w.length() > 3 && "لوب".indexOf(w.charAt(0)) >= 0 && HOLD.contains(w.substring(1));
    }

    /** «استبعد الكرملين عقد لقاء»: from after «استبعد» to the trigger, a subject of two words at most, then the holding. */
    private static boolean rulesOutTheContact(List<Segmenter.Token> tokens, int from, int trigger) {
        for (int k = from; k < trigger && k <= from + 2; k++) {
            if (holding(tokens.get(k).normalized())) {
                return true;
            }
        }
        return trigger - from <= 2 && java.util.stream.IntStream.range(from, trigger).noneMatch(k -> isPunctuation(tokens.get(k))
                || ADVERBIAL.contains(tokens.get(k).normalized()));
    }

    /**
     * «احتمال/إمكانية [عقد/إجراء] اجتماع», «الظروف مهيأة لعقد لقاء», «لم يستبعد X عقد لقاء» (not ruled out, in the same
     * clause a few words before), a predicate of possibility after it before the clause ends or {@code b} («لقاء بين
     * الرئيسين ممكن», «سابق لأوانه») and «قد» before an imperfect («قد يلتقي», «قد يجري اتصالا»): the trigger at
     * {@code i} is only a possibility.
     */
    private static boolean hypothetical(List<Segmenter.Token> tokens, int a, int i, int b) {
        for (int j = i - 1; j > a && j >= i - RULE_OUT_WINDOW; j--) {
            if (isComma(tokens.get(j)) || CLAUSE_BREAKS.contains(tokens.get(j).normalized())) {
                break; // «لم تستبعد موسكو أي خيار، والتقى لافروف نظيره»: another clause's
            }
            if (RULE_OUT.contains(tokens.get(j).normalized()) && NOT.contains(tokens.get(j - 1).normalized())) {
                return true; // «لم يستبعد الكرملين عقد لقاء بين بوتين وزيلينسكي»: not ruled out is only possible
            }
        }
        int k = i - 1;
        if (k >= a && holding(tokens.get(k).normalized())) {
            k--; // «عقد», «لعقد»
        }
        if (k >= a && POSSIBILITY.contains(Segmenter.stripArticle(tokens.get(k).normalized()))) {
            return true;
        }
        // «لقاء بين الرئيسين ممكن», «الحديث عن لقاء بينهما سابق لأوانه»: a predicate of possibility after it, in its clause
        for (int j = i + 1; j < b && j <= i + POSSIBLE_AFTER; j++) {
            String w = tokens.get(j).normalized();
            if (isPunctuation(tokens.get(j))) {
                break;
            }
            if (POSSIBLE.contains(w) && !"وقت".equals(tokens.get(j - 1).normalized()) // not «في أقرب وقت ممكن»
                    || "سابق".equals(w) && j + 1 < tokens.size() && "لاوانه".equals(tokens.get(j + 1).normalized())) {
                return true;
            }
        }
        // «قد يلتقي», «قد يجري اتصالا»: «قد» before an imperfect verb is "may", a possibility (not «قد التقى», "has met")
        int m = i - 1;
        boolean light = m > a && HOLDING_IMPERFECT.contains(tokens.get(m).normalized());
        if (light) {
            m--;
        }
        String verb = tokens.get(i).normalized(); // (every holding imperfect starts so)
        return m >= a && "قد".equals(tokens.get(m).normalized()) && (light || verb.startsWith("ي") || verb.startsWith("ت"));
    }

    /** «يجري», «تعقد» (folded): the imperfect of a verb that holds the contact named after it. */
    private static final Set<String> HOLDING_IMPERFECT = Set.of("يجري", "تجري", "يجريان", "تجريان", "يعقد", "تعقد", "يعقدان",
            "تعقدان");

    private static boolean insideAnyRef(List<Ref> refs, int token) {
        for (Ref r : refs) {
            if (r.first() <= token && token < r.end()) {
                return true;
            }
        }
        return false;
    }

    /** An international organisation (UN, African Union, BRICS …). */
    private boolean isIntlOrg(String id) {
        return kb.get(id).map(a -> "ORG".equals(a.type()) && "intl_org".equals(a.subtype())).orElse(false);
    }

    /** An organ of a state (an army, a government, a parliament), as opposed to a movement or party. */
    private boolean stateBody(String id) {
        return kb.get(id).map(a -> "armed_forces".equals(a.subtype()) || "government".equals(a.subtype())
                || "parliament".equals(a.subtype())).orElse(false);
    }

    /** A party, movement or armed force («حماس», «الحوثيين», «قوات الدعم السريع»): met as a body with a named person. */
    private boolean movement(String id) {
        return kb.get(id).map(a -> "party".equals(a.subtype()) || "armed_forces".equals(a.subtype())).orElse(false);
    }

    /** Countries, capitals and organisations that can be a side of a contact (not outlets or ministries quoted as sources). */
    private boolean isParty(String id) {
        return kb.get(id).map(a -> a.isCountry() || "capital".equals(a.subtype())
                || "ORG".equals(a.type()) && a.subtype() != null && PARTY_ORGS.contains(a.subtype())).orElse(false);
    }

    private static boolean after(String value, String publishedDay) {
        if (value == null || publishedDay == null) {
            return false;
        }
        if (value.length() == 10) {
            return value.compareTo(publishedDay) > 0;
        }
        if (value.length() == 7) {
            return value.compareTo(publishedDay.substring(0, 7)) > 0;
        }
        return false;
    }

    private static DateMention nearest(List<DateMention> dates, int from, int to, int at) {
        DateMention best = null;
        for (DateMention m : dates) {
            if (m.start() < from || m.end() > to || m.value() == null || m.precision() == Precision.YEAR) {
                continue;
            }
            if (best == null || Math.abs(m.start() - at) < Math.abs(best.start() - at)) {
                best = m;
            }
        }
        return best;
    }

    /**
     * Whether «منذ» (since) stands between the contact's end and a date after it, so the date tells since when
     * («منذ تولي الكاظمي رئاسة الحكومة في أيار»); not when a comma closes the «منذ» phrase before the date and no new
     * clause opens («في أول لقاء بينهما منذ بدء الحرب، على هامش الاجتماع الخميس»).
     */
    private static boolean sinceBefore(List<Segmenter.Token> tokens, int from, DateMention date) {
        boolean since = false;
        boolean closed = false;
        for (int k = from; k < tokens.size() && tokens.get(k).end() <= date.start(); k++) {
            String w = tokens.get(k).normalized();
            if (SINCE.contains(w)) {
                since = true;
                closed = false;
            } else if (since && isComma(tokens.get(k))) {
                closed = true;
            } else if (since && closed && CLAUSE_BREAKS.contains(w)) {
                closed = false; // «…، فيما انهارت هدنة … في شباط الماضي»: another clause's date, not this contact's either
            }
        }
        return since && !closed;
    }

    /** «وكان ماكرون قد استهل زيارته … قبل أن يلتقي X»: «كان … قد» opens the sentence's narrative before the trigger. */
    private static boolean pluperfectBefore(List<Segmenter.Token> tokens, int from, int trigger) {
        boolean was = false;
        for (int k = from; k < trigger; k++) {
            String w = tokens.get(k).normalized();
            if (WAS.contains(w) && k - from <= 1) {
                was = true;
            } else if (was && "قد".equals(w)) {
                return true;
            } else if (!was && k - from > 1) {
                return false;
            }
        }
        return false;
    }

    /** A date governed by «منذ», after the trigger or a few words after «منذ» before it: since then, not when. */
    private static boolean sinceThen(List<Segmenter.Token> tokens, EventLexicon.Match t, DateMention near) {
        return sinceBefore(tokens, t.end(), near) || sinceJustBefore(tokens, near);
    }

    /** How many words before a date «منذ» may stand and still govern it («منذ توليه منصبه في أبريل الماضي»). */
    private static final int SINCE_REACH = 5;

    /** A date a few words after «منذ», with no punctuation between: since then, nobody's contact day. */
    private static boolean sinceJustBefore(List<Segmenter.Token> tokens, DateMention date) {
        int first = firstToken(tokens, date.start());
        for (int k = first - 1; k >= 0 && k >= first - SINCE_REACH; k--) {
            if (isPunctuation(tokens.get(k))) {
                return false;
            }
            if (SINCE.contains(tokens.get(k).normalized())) {
                return true;
            }
        }
        return false;
    }

    /** A year told of the contact itself in its clause: not after «منذ» («منذ إنهاء الأزمة مطلع العام الجاري»). */
    private static boolean yearOnly(List<DateMention> dates, List<Segmenter.Token> tokens, int from, int to) {
        int start = tokens.get(from).start();
        int end = tokens.get(to - 1).end();
        for (DateMention m : dates) {
            if (m.start() < start || m.end() > end || m.precision() != Precision.YEAR) {
                continue;
            }
            boolean since = false;
            for (int k = from; k < to && tokens.get(k).start() < m.start(); k++) {
                since |= SINCE.contains(tokens.get(k).normalized());
            }
            if (!since) {
                return true;
            }
        }
        return false;
    }

    private static final Set<String> SINCE = Set.of("منذ", "ومنذ");

    private static boolean insideRef(List<Ref> refs, Segmenter.Token tok) {
        for (Ref r : refs) {
            if (r.start() <= tok.start() && tok.end() <= r.endChar() && r.type() != Analysis.EntityType.PERSON) {
                return true;
            }
            if (r.start() > tok.end()) {
                break;
            }
        }
        return false;
    }

    private static List<Ref> refs(List<Segmenter.Token> tokens, List<Analysis.EntityMentions> entities) {
        List<Ref> refs = new ArrayList<>();
        for (Analysis.EntityMentions em : entities) {
            for (Analysis.Mention m : em.mentions()) {
                int first = firstToken(tokens, m.start());
                int end = TokenIndex.endToken(tokens, first, m.end());
                if (first < tokens.size()) {
                    refs.add(new Ref(em.entity().id(), em.entity().type(), first, Math.max(end, first + 1), m.start(), m.end()));
                }
            }
        }
        refs.sort(Comparator.comparingInt(Ref::start));
        return refs;
    }


    private static void addOnce(List<String> list, String id) {
        if (!list.contains(id)) {
            list.add(id);
        }
    }

    /** Stable within an article: the same contact gets the same id on every run. */
    static String eventId(String articleId, String type, List<String> participants, String date) {
        String key = articleId + "|" + type + "|" + String.join(",", new TreeSet<>(participants)) + "|" + date;
        try {
            byte[] h = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
            return "evt_" + HexFormat.of().formatHex(h, 0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
