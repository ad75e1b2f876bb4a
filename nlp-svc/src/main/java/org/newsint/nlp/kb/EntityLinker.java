package org.newsint.nlp.kb;

import org.newsint.nlp.pipeline.Analysis;
import org.newsint.text.ArabicText;
import org.newsint.text.Segmenter;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Finds actors in a story and links every mention to one knowledge-base actor: names and their variants
 * (through {@link TokenTrie}), role titles resolved to whoever held the office at the story's date
 * («وزير الخارجية الروسي» → Sergey Lavrov), counterparts («نظيره الأميركي» → the holder of the same office
 * in the other country), and sides («الجانب الأميركي» → United States). Nationality adjectives only give a
 * role its country; they are not entities.
 */
public final class EntityLinker {

    private static final Set<String> SIDES = Set.of("جانب", "طرف");
    private static final Set<String> MINISTER = Set.of("وزير", "وزيره");
    private static final Set<String> DELEGATION = Set.of("وفد");
    /** «وفد الحكومة اليمنية», «وفد الجانب الروسي» (stems): the side a delegation is of, before its adjective. */
    private static final Set<String> SIDE_NOUNS = Set.of("حكومه", "جانب");
    /** «الضيف الأميركي», «ضيفه الروسي» (stems): the visitor of that country named before. */
    private static final Set<String> GUEST = Set.of("ضيف", "ضيفه", "ضيفها");
    /** Envoys' titles (stems): «الموفد الأميركي» names the envoy named before («المبعوث الأميركي X»). */
    private static final Set<String> ENVOYS = Set.of("مبعوث", "موفد", "مبعوثه", "موفده");
    /** The same titles as written before a name, with or without the article, for {@link #honoured}. */
    private static final Set<String> ENVOY_TITLES = Set.of("مبعوث", "موفد", "مبعوثه", "موفده", "المبعوث", "الموفد",
            "المبعوثه", "الموفده");
    /** Adjectives of the body an envoy serves, folded: «المبعوث الأممي», «الموفد الأوروبي». */
    private static final Set<String> ENVOY_BODIES = Set.of("الاممي", "الدولي", "الاوروبي", "الافريقي", "العربي", "الامميه",
            "الدوليه", "الاوروبيه", "الافريقيه", "العربيه");

    /** Words before a place's name that make it the name of an agreement or format («اتفاقيات مينسك»). */
    private static final Set<String> AGREEMENTS = Set.of("اتفاق", "اتفاقيه", "اتفاقيات", "اتفاقات", "معاهده", "بروتوكول",
            "صيغه", "مسار", "تفاهمات", "اعلان");
    private static final Set<String> MINISTER_HEADS = Set.of("وزير", "وزيره", "وزيرا", "وزيري", "وزراء", "مساعد", "مساعده",
            "نائب");
    private static final Set<String> SENTENCE_ENDS = Set.of(".", "!", "?", "؟", "…");

    private final KnowledgeBase kb;
    private final TokenTrie<String> names = new TokenTrie<>();
    private final TokenTrie<RoleLexicon.Title> titles;
    private final TokenTrie<RoleLexicon.Title> duals;
    private final Map<String, List<Holder>> holders = new HashMap<>();
    /** The length of a one-word short name that is kept out of the name matcher, as shorter ones are. */
    private static final int SHORT_SURNAME = 3;
    /**
     * Short names of up to three letters («شي» for Xi Jinping; «بري», «الشرع», «سلال», which are also words): linked
     * only after the person is named in the same story.
     */
    private final Map<String, List<String>> tinyShortNames = new HashMap<>();
    /** People by the first and last word of their names («ماجد|الانصاري»), for names written with a middle name. */
    private final Map<String, List<String>> byFirstAndLast = new HashMap<>();
    /** People by the consonant skeletons of their names' words ({@link #skeleton}), for transliteration variants. */
    private final Map<String, List<Spelling>> bySkeleton = new HashMap<>();

    /** A KB person's spelling (one of {@link #nameVariants}), its words as written. */
    private record Spelling(String id, List<String> words) {
    }
    private final UnknownActorFinder unknown;

    private record Holder(Actor actor, Actor.Role role) {
    }

    public EntityLinker(KnowledgeBase kb, RoleLexicon roles) {
        this.kb = kb;
        this.titles = roles.titles();
        this.duals = roles.duals();
        for (Actor a : kb.actors()) {
            a.arabicNames().forEach(n -> nameVariants(n).forEach(v -> names.addName(v, a.id())));
            for (String n : a.shortNames()) {
                List<String> k = TokenTrie.keys(n);
                if (k.size() == 1 && k.get(0).length() < SHORT_SURNAME) {
                    addTiny(k.get(0), a.id()); // «شي»: the name matcher takes no one-word name this short
                } else if ("PERSON".equals(a.type()) && k.size() == 1 && k.get(0).length() == SHORT_SURNAME) {
                    // «بري», «الشرع»: a three-letter surname is too often a word, so it is linked only after the
                    // person is named in the story (written form and stem, «بالأسد»)
                    addTiny(ArabicText.fold(ArabicText.normalize(n)), a.id());
                    addTiny(k.get(0), a.id());
                    continue;
                }
                names.addName(n, a.id());
            }
            if ("PERSON".equals(a.type())) {
                for (String n : a.arabicNames()) {
                    for (String v : nameVariants(n)) {
                        List<String> k = TokenTrie.keys(v);
                        if (k.size() >= 2) {
                            List<String> ids = byFirstAndLast.computeIfAbsent(k.get(0) + "|" + k.get(k.size() - 1), x -> new ArrayList<>());
                            if (!ids.contains(a.id())) {
                                ids.add(a.id());
                            }
                            List<String> w = written(v);
                            bySkeleton.computeIfAbsent(skeletonKey(w), x -> new ArrayList<>()).add(new Spelling(a.id(), w));
                        }
                    }
                }
            }
            a.abbreviations().forEach(n -> names.addName(n, a.id()));
            for (Actor.Role r : a.roles()) {
                holders.computeIfAbsent(holderKey(r.role(), r.country() != null ? r.country() : r.org()), k -> new ArrayList<>())
                        .add(new Holder(a, r));
                holders.computeIfAbsent(holderKey(r.role(), null), k -> new ArrayList<>()).add(new Holder(a, r));
            }
        }
        this.unknown = new UnknownActorFinder(kb, names, titles, kb.adjectiveStems());
    }

    /** A name and its spellings with «عبد ال…»/«أبو ال…» written joined or apart («عبد الله» = «عبدالله»). */
    static List<String> nameVariants(String name) {
        List<String> out = new ArrayList<>(List.of(name));
        String joined = name.replaceAll("(^|\\s)(عبد|ابو|أبو) (ال)", "$1$2$3");
        String apart = name.replaceAll("(^|\\s)(عبد|ابو|أبو)(ال)", "$1$2 $3");
        for (String v : List.of(joined, apart)) {
            if (!out.contains(v)) {
                out.add(v);
            }
        }
        return out;
    }

    private void addTiny(String key, String id) {
        List<String> ids = tinyShortNames.computeIfAbsent(key, x -> new ArrayList<>());
        if (!ids.contains(id)) {
            ids.add(id);
        }
    }

    private static String holderKey(String role, String place) {
        return role + "|" + (place == null ? "*" : place);
    }

    public int knownNames() {
        return names.size();
    }

    public List<Analysis.EntityMentions> link(String text, List<Segmenter.Token> tokens, String publishedAt) {
        Map<String, List<Analysis.Mention>> mentions = new LinkedHashMap<>();
        Map<String, Actor> actors = new LinkedHashMap<>();
        List<AmbiguousPlace> ambiguousPlaces = new ArrayList<>();
        boolean[] otherFamilyMember = new boolean[tokens.size()]; // «[محمد] الصفدي»: not Ayman Safadi, later passes too
        Actor lastPerson = null;
        List<BareTitle> bareTitles = new ArrayList<>();
        List<Segmenter.Token> honorifics = new ArrayList<>();
        int i = 0;
        while (i < tokens.size()) {
            Segmenter.Token tok = tokens.get(i);
            if (SENTENCE_ENDS.contains(tok.text())) {
                lastPerson = null;
                i++;
                continue;
            }
            TokenTrie.Match<String> name = withoutArticleOfAPlace(withArticleOfAPerson(writtenWithHamza(text, names.longestAt(text, tokens, i))));
            int afterDual = dual(text, tokens, i, publishedAt, mentions, actors);
            if (afterDual > i) {
                i = afterDual;
                continue;
            }
            // «رئيس الوفد الروسي», «رئيس وفد الحكومة اليمنية»: the adjective after the delegation (or its government)
            boolean delegationHead = PRESIDENT.contains(tok.stem()) && i + 2 < tokens.size() && DELEGATION.contains(tokens.get(i + 1).stem());
            int adjective = delegationHead && SIDE_NOUNS.contains(tokens.get(i + 2).stem()) ? i + 3 : i + 2;
            String delegationCountry = delegationHead && adjective < tokens.size() ? kb.countryOfAdjective(tokens.get(adjective).stem()) : null;
            if (delegationCountry != null && !(adjective + 1 < tokens.size() && namedPersonAt(text, tokens, adjective + 1))) {
                // «رئيس الوفد الروسي» after «… برئاسة مساعد الرئيس الروسي فلاديمير ميدينسكي»: the last person named of that country
                // («وفد الحكومة اليمنية»: a member of the government, not the rebels' negotiator named after him)
                Actor head = lastOfCountry(mentions, actors, delegationCountry, tok.start(), publishedAt, adjective == i + 3
                        && tokens.get(i + 2).stem().equals("حكومه"));
                if (head != null) {
                    add(mentions, actors, head, tok.start(), tokens.get(adjective).end(), text.substring(tok.start(), tokens.get(adjective).end()));
                    lastPerson = head;
                    i = adjective + 1;
                    continue;
                }
            }
            String guestCountry = GUEST.contains(tok.stem()) && i + 1 < tokens.size() ? kb.countryOfAdjective(tokens.get(i + 1).stem()) : null;
            if (guestCountry != null && !(i + 2 < tokens.size() && namedPersonAt(text, tokens, i + 2))) {
                // «عقد الخالد مع الضيف الأميركي جلسة مباحثات»: the last person named of that country
                Actor guest = lastOfCountry(mentions, actors, guestCountry, tok.start(), publishedAt, false);
                if (guest != null) {
                    add(mentions, actors, guest, tok.start(), tokens.get(i + 1).end(), text.substring(tok.start(), tokens.get(i + 1).end()));
                    lastPerson = guest;
                    i += 2;
                    continue;
                }
            }
            TokenTrie.Match<RoleLexicon.Title> title = titles.longestAt(text, tokens, i);
            if (title != null && (name == null || title.endToken() > name.endToken())) {
                RoleLexicon.Title t = title.values().iterator().next();
                Place place = t.country() != null ? new Place(t.country(), title.endToken()) : placeAfter(text, tokens, title.endToken());
                Actor holder = place == null ? holderWithoutCountry(t.role(), publishedAt)
                        : holder(t.role(), place.countryId(), publishedAt);
                boolean honouredHead = place == null && "head_of_state".equals(t.role()) && title.firstToken() > 0
                        && HONORIFIC_NOUNS.contains(tokens.get(title.firstToken() - 1).stem());
                if (holder == null && place == null && !honouredHead) { // («سيادة الرئيس»: the story's own, below)
                    holder = namedHolder(actors, t.role(), publishedAt); // «وصرح وزير الخارجية» after «الزياني وزير الخارجية»
                }
                if (holder == null && place == null && ANAPHORIC_OFFICES.contains(t.role())) {
                    // several ministers named: the one the story already called by this bare title («خالد بن أحمد آل
                    // خليفة وزير الخارجية، … وأعرب وزير الخارجية»), else the story's own country's, if he was named
                    holder = calledSoBefore(TokenTrie.keys(title.mention()), title.start(), mentions, actors);
                }
                if (holder == null && place == null && ANAPHORIC_OFFICES.contains(t.role())) {
                    String home = storyHome(text, tokens, mentions, actors, bareTitles, publishedAt);
                    Actor own = home == null ? null : holder(t.role(), home, publishedAt);
                    holder = own != null && actors.containsKey(own.id()) ? own : null;
                }
                if (holder == null && place == null && title.endToken() - title.firstToken() >= 2 && PRINCIPAL_OFFICES.contains(t.role())) {
                    // «رئيس الجمهورية» after «رئيس الجمهورية قيس سعيد»
                    holder = namedWithTitle(text, TokenTrie.keys(title.mention()), title.start(), mentions, actors);
                }
                if (holder == null && place == null && (honouredHead || HEIRS.contains(t.role()))
                        && !placeAt(text, tokens, title.endToken())) { // «ولي عهد أبوظبي»: another place's heir, not the story's
                    // «جلالة السلطان المعظم» after «جلالة السلطان هيثم بن طارق»: the monarch named before with that title;
                    // else the story's country's: «تلقى سيادة الرئيس اتصالا» (a president is always the story's country's,
                    // though «الرئيس الفرنسي ماكرون» was named before), «ولي العهد» alone
                    String word = tokens.get(title.firstToken()).stem();
                    String home = storyHome(text, tokens, mentions, actors, bareTitles, publishedAt, true);
                    Actor own = home == null ? null : titleFits(word, holder(t.role(), home, publishedAt));
                    if (!HEIRS.contains(t.role()) && !PRESIDENT.contains(word)) {
                        // the wire's own monarch when named before («سمو الأمير» in a Qatari wire, though the Saudi
                        // «الأمير محمد بن سلمان» was named after him), else the one named with that title
                        holder = own != null && actors.containsKey(own.id()) ? own
                                : honoured(text, Set.of(word, "ال" + word), true, false, title.start(), mentions, actors, false);
                    }
                    holder = holder != null ? holder : own;
                }
                if (place != null && "head_of_state".equals(t.role()) && PRESIDENT.contains(tokens.get(title.firstToken()).stem())) {
                    // «الرئيس الإيراني»: where the president is not the head of state, the president
                    Actor president = holder("president", place.countryId(), publishedAt);
                    holder = president != null ? president : holder;
                }
                int end = place == null ? title.endToken() : place.endToken();
                if (place == null) {
                    bareTitles.add(new BareTitle(title.firstToken(), end, t.role()));
                }
                // organisations and places named inside the title («المتحدثة باسم البيت الأبيض») are actors too
                for (int k = title.firstToken() + 1; k < end; ) {
                    TokenTrie.Match<String> inner = names.longestAt(text, tokens, k);
                    if (inner == null || inner.endToken() > end) {
                        k++;
                        continue;
                    }
                    Actor a = choose(inner.values(), publishedAt);
                    boolean ownMinistry = "ORG".equals(a.type()) && (MINISTER_HEADS.contains(tokens.get(k - 1).stem())
                            || "government".equals(a.subtype()) && PRESIDENT.contains(tokens.get(k - 1).stem()));
                    if (!"PERSON".equals(a.type()) && !ownMinistry) {
                        // «وزير [الخارجية البريطانية]», «رئيس [مجلس الوزراء الكويتي]»: the office's own body is its title
                        add(mentions, actors, a, inner.start(), inner.end(), inner.mention());
                    }
                    k = inner.endToken();
                }
                Actor titledShort = end < tokens.size() ? titledShortName(tokens.get(end), t.role(),
                        place != null ? place.countryId() : t.country(), publishedAt) : null;
                if (titledShort != null) {
                    TokenTrie.Match<String> fullName = names.longestAt(text, tokens, end);
                    titledShort = fullName == null || fullName.endToken() <= end + 1 ? titledShort : null; // «شي جين بينغ» in full
                }
                if (titledShort != null) {
                    // «استقبل الرئيس الأسد», «الرئيس السوري الأسد»: a short name too common a word to match alone, after
                    // a title its person held at the story's date
                    Segmenter.Token shortName = tokens.get(end);
                    add(mentions, actors, titledShort, shortName.start(), shortName.end(), shortName.text());
                    lastPerson = titledShort;
                    i = end + 1;
                    continue;
                }
                boolean former = end < tokens.size() && FORMER.contains(tokens.get(end).normalized());
                if (holder != null && !former && !namedPersonAt(text, tokens, end) && !unknown.nameAt(text, tokens, end)
                        && !insideAnotherTitle(tokens, title.firstToken()) && !(place == null && (heldByTheNextNamed(text, tokens, end, t, publishedAt)
                        || holderNamedAfterHonorifics(text, tokens, end, t, publishedAt)))) {
                    add(mentions, actors, holder, title.start(), tokens.get(end - 1).end(),
                            text.substring(title.start(), tokens.get(end - 1).end()));
                    if ("PERSON".equals(holder.type())) {
                        lastPerson = holder;
                    }
                }
                i = end;
                continue;
            }
            if (name == null && title == null) {
                // «وزير الطاقة السعودي» again after «وزير الطاقة السعودي الأمير عبدالعزيز بن سلمان»: an office the
                // role lists do not know, named again, is the person it introduced
                int office = unknown.officeTitleEnd(text, tokens, i);
                if (office > i + 1 && !namedPersonAt(text, tokens, office) && !unknown.nameAt(text, tokens, office)) {
                    int end = tokens.get(office - 1).end();
                    Actor same = namedWithTitle(text, TokenTrie.keys(text.substring(tok.start(), end)), tok.start(), mentions, actors);
                    if (same != null) {
                        add(mentions, actors, same, tok.start(), end, text.substring(tok.start(), end));
                        lastPerson = same;
                        i = office;
                        continue;
                    }
                }
            }
            if (name != null) {
                Actor a = choose(withArticleAsWritten(name.values(), name.mention()), publishedAt);
                if ("LOC".equals(a.type()) && i > 0 && AGREEMENTS.contains(tokens.get(i - 1).stem())) {
                    i = name.endToken(); // «اتفاقيات مينسك»: the name of an agreement, not a place in the story
                    continue;
                }
                if (name.endToken() - i == 1 && "PERSON".equals(a.type()) && name.values().size() == 1 && notYetKnown(a, publishedAt)
                        && !actors.containsKey(a.id())) {
                    i = name.endToken(); // «القطاع النفطي» in 2018 is no Mohamed Ali Nafti, foreign minister from 2024
                    continue;
                }
                if ((name.endToken() - i == 1 || "بن".equals(tok.normalized())) && "PERSON".equals(a.type()) && name.values().size() == 1
                        && (anotherGivenName(text, tokens, i, a, mentions) // also «[عبدالله] بن راشد»
                            || name.endToken() - i == 1 && unknown.endsATitledName(text, tokens, i)
                            || name.endToken() - i == 1 && !actors.containsKey(a.id()) && unknown.startsAnotherName(text, tokens, i))) {
                    otherFamilyMember[i] = true;
                    i = name.endToken(); // «عبدالله العليمي» is not Rashad al-Alimi: left to the unknown-actor finder
                    continue;
                }
                if (name.endToken() - i == 1 && "PERSON".equals(a.type()) && !actors.containsKey(a.id())) {
                    // «بشار الجعفري … وقال الجعفري»: the family name of someone the story named before, not of another
                    // person of the knowledge base who has it as a short name (Ibrahim al-Jaafari)
                    Actor named = namedWithLastName(TokenTrie.keys(name.mention()), actors);
                    a = named != null ? named : a;
                }
                add(mentions, actors, a, name.start(), name.end(), name.mention());
                String firstType = kb.get(name.values().iterator().next()).orElseThrow().type();
                if (name.values().size() > 1 && !"PERSON".equals(firstType)
                        && name.values().stream().allMatch(id -> firstType.equals(kb.get(id).orElseThrow().type()))) {
                    ambiguousPlaces.add(new AmbiguousPlace(name.start(), name.values()));
                }
                if ("PERSON".equals(a.type())) {
                    lastPerson = a;
                }
                i = name.endToken();
                continue;
            }
            String stem = tok.stem();
            String standingAlone = honorificAlone(text, tokens, i);
            if (standingAlone != null) {
                // «والتقى حضرة صاحب السمو على هامش القمة …»: the ruler named before with that honorific, as «سموه»
                Actor ruler = honoured(text, HONORIFICS.get(standingAlone), true, false, tok.start(), mentions, actors, false);
                if (ruler != null) {
                    int start = tok.normalized().startsWith("و") ? tok.start() + 1 : tok.start();
                    add(mentions, actors, ruler, start, tokens.get(i + 1).end(), text.substring(start, tokens.get(i + 1).end()));
                    lastPerson = ruler;
                    i += 2;
                    continue;
                }
            }
            Actor honoured = honoured(text, tok, mentions, actors);
            if (honoured != null) {
                // «وأكد سيادته», «كما تلقى سيادته اتصالا»: the person with the matching title named before
                // after the و (not the ف of «فخامته», the word's own letter)
                int start = honorificOf(tok.normalized()).length() < tok.normalized().length()
                        ? tok.start() + TokenTrie.afterLetters(tok, 1) : tok.start();
                add(mentions, actors, honoured, start, tok.end(), text.substring(start, tok.end()));
                honorifics.add(tok);
                lastPerson = honoured;
                i++;
                continue;
            }
            Tiny tiny = tinyShortName(tok, actors);
            if (tiny != null) {
                Actor a = actors.get(tiny.id());
                int start = tiny.start();
                add(mentions, actors, a, start, tok.end(), text.substring(start, tok.end()));
                lastPerson = "PERSON".equals(a.type()) ? a : lastPerson;
                i++;
                continue;
            }
            String adjCountry = i + 1 < tokens.size() ? kb.countryOfAdjective(tokens.get(i + 1).stem()) : null;
            int counterpartAt = counterpartWord(stem) ? Math.max(0, tok.text().indexOf('ن')) : -1; // «نظيره», «بنظيره»
            if (adjCountry != null && counterpartAt >= 0 && lastPerson != null) {
                String role = roleAt(lastPerson, publishedAt);
                Actor counterpart = role == null ? null : holder(role, adjCountry, publishedAt);
                if (counterpart != null && !unknown.nameAt(text, tokens, i + 2) && !namedPersonAt(text, tokens, i + 2)) {
                    // «نظيره الإسباني خوسيه مانويل ألباريس»: the name says who the counterpart is
                    int start = tok.start() + counterpartAt;
                    add(mentions, actors, counterpart, start, tokens.get(i + 1).end(), text.substring(start, tokens.get(i + 1).end()));
                }
                i += 2;
                continue;
            }
            if (adjCountry != null && MINISTER.contains(stem)) {
                // «الوزير الأمريكي» after «وزير الخارجية الأمريكي أنتوني بلينكن»: the minister of that country named before
                Actor minister = namedMinister(actors, adjCountry, publishedAt);
                if (minister != null) {
                    add(mentions, actors, minister, tok.start(), tokens.get(i + 1).end(),
                            text.substring(tok.start(), tokens.get(i + 1).end()));
                    lastPerson = minister;
                    i += 2;
                    continue;
                }
            }
            if (adjCountry != null && ENVOYS.contains(stem) && !(i + 2 < tokens.size() && namedPersonAt(text, tokens, i + 2))
                    && !appositionOf(text, tokens, i, mentions, actors)) {
                // «الموفد الأميركي» after «المبعوث الأميركي آموس هوكشتاين»: the envoy named before with that title
                Actor envoy = honoured(text, ENVOY_TITLES, false, false, tok.start(), mentions, actors, false);
                if (envoy != null) {
                    add(mentions, actors, envoy, tok.start(), tokens.get(i + 1).end(), text.substring(tok.start(), tokens.get(i + 1).end()));
                    lastPerson = envoy;
                    i += 2;
                    continue;
                }
            }
            if (adjCountry == null && ENVOYS.contains(stem) && i + 1 < tokens.size()
                    && ENVOY_BODIES.contains(tokens.get(i + 1).normalized()) && !(i + 2 < tokens.size() && namedPersonAt(text, tokens, i + 2))
                    && !appositionOf(text, tokens, i, mentions, actors)) {
                // «فيما التقى المبعوث الأممي» after «مارتن غريفيث المبعوث الأممي الخاص إلى اليمن»: the envoy named before
                Actor envoy = envoyNamedBefore(tokens, tok.start(), mentions, actors);
                if (envoy != null) {
                    int from = tok.start() + (tok.normalized().startsWith("و") ? 1 : 0); // «والمبعوث الأممي»: not the «و»
                    add(mentions, actors, envoy, from, tokens.get(i + 1).end(), text.substring(from, tokens.get(i + 1).end()));
                    lastPerson = envoy;
                    i += 2;
                    continue;
                }
            }
            if (adjCountry != null && SIDES.contains(stem)) {
                Actor country = kb.get(adjCountry).orElseThrow();
                add(mentions, actors, country, tok.start(), tokens.get(i + 1).end(),
                        text.substring(tok.start(), tokens.get(i + 1).end()));
                i += 2;
                continue;
            }
            i++;
        }
        placesInContext(tokens, mentions, actors, ambiguousPlaces, publishedAt);
        homeBodies(text, tokens, mentions, actors, bareTitles, publishedAt);
        surnames(text, tokens, mentions, actors, otherFamilyMember);
        unknown.find(text, tokens, mentions, actors); // people and organisations the knowledge base does not know
        bodiesNamedBefore(tokens, mentions, actors);
        honourAgain(text, honorifics, mentions, actors);
        longerSpellings(mentions, actors, publishedAt);
        shorterSpellings(mentions, actors);
        variantSpellings(mentions, actors, publishedAt);
        List<Analysis.EntityMentions> out = new ArrayList<>();
        actors.forEach((id, a) -> out.add(new Analysis.EntityMentions(entity(a), List.copyOf(mentions.get(id)))));
        return out;
    }

    /**
     * Matching folds hamza away, so the verb «ترأس» (chaired) meets Liz Truss's «تراس». A mention with a hamza seat
     * inside a word («ترأس», «يترأس») names an entry only if one of the entry's spellings it matches has one too
     * («رئيسي»); otherwise the match is dropped.
     */
    private TokenTrie.Match<String> writtenWithHamza(String text, TokenTrie.Match<String> m) {
        if (m == null || m.endToken() - m.firstToken() > 1 || !innerHamza(text, m.start(), m.end())) {
            return m; // a name of two words or more is evidence enough
        }
        List<String> key = TokenTrie.keys(m.mention());
        for (String id : m.values()) {
            Actor a = kb.get(id).orElseThrow();
            boolean written = spellings(a).anyMatch(n -> innerHamza(n, 0, n.length()) && keysOf(n).equals(key));
            if (written) {
                return m;
            }
        }
        return null;
    }

    /**
     * «بلقاء» is «ب» + «لقاء» (a meeting), not «البلقاء» (Balqa) without its article, and «خليل» (a name) is not
     * «الخليل» (Hebron): a one-word place or body always spelt with the article, written without it, is another word.
     */
    private TokenTrie.Match<String> withoutArticleOfAPlace(TokenTrie.Match<String> m) {
        if (m == null || m.values().size() != 1 || m.endToken() - m.firstToken() != 1) {
            return m;
        }
        Actor a = kb.get(m.values().iterator().next()).orElseThrow();
        String first = ArabicText.fold(firstWord(m.mention()));
        if ("PERSON".equals(a.type()) || first.length() < 4 || !Segmenter.stripArticle(first).equals(first)) {
            return m; // written with its article («القاهرة», «بالقاهرة», «وبالقاهرة», «للقاهرة»)
        }
        List<String> key = TokenTrie.keys(m.mention());
        boolean needsArticle = alwaysWithArticle.computeIfAbsent(a.id() + "|" + String.join(" ", key), k -> {
            List<String> matched = spellings(a).filter(n -> keysOf(n).equals(key)).toList();
            return !matched.isEmpty() && matched.stream().allMatch(n -> ArabicText.fold(n.strip()).startsWith("ال"));
        });
        return needsArticle ? null : m;
    }

    /** Per actor and key: whether every spelling of the actor with that key has the article (computed once). */
    private final Map<String, Boolean> alwaysWithArticle = new java.util.concurrent.ConcurrentHashMap<>();

    /**
     * «ألبارو» (Álvaro) is «ال» + «بارو» (Jean-Noël Barrot) to the matcher: a person's name written with the article is
     * that person only if one of the spellings it matches has the article too («الصفدي»).
     */
    private TokenTrie.Match<String> withArticleOfAPerson(TokenTrie.Match<String> m) {
        if (m == null || m.values().size() != 1) {
            return m; // several candidates: withArticleAsWritten chooses among them
        }
        Actor a = kb.get(m.values().iterator().next()).orElseThrow();
        if (!"PERSON".equals(a.type())) {
            return m;
        }
        String first = ArabicText.fold(firstWord(m.mention()));
        boolean article = first.startsWith("ال") || first.length() > 3 && "وفبكل".indexOf(first.charAt(0)) >= 0 && first.startsWith("ال", 1);
        if (!article) {
            return m;
        }
        List<String> key = TokenTrie.keys(m.mention());
        // «الصفدي» written with its article, or «كالاس», «والتز» whose own first letters only look like a clitic and «ال»
        boolean written = spellings(a).filter(n -> keysOf(n).equals(key))
                .map(n -> ArabicText.fold(firstWord(n)))
                .anyMatch(n -> n.startsWith("ال") || n.equals(first));
        return written ? m : null;
    }

    /** Whether a hamza seat stands inside a word of {@code s} between {@code from} and {@code to} («ترأس», «رئيسي»). */
    private static boolean innerHamza(CharSequence s, int from, int to) {
        for (int i = from + 1; i < to; i++) {
            if ("أإؤئء".indexOf(s.charAt(i)) >= 0 && Character.isLetter(s.charAt(i - 1))) {
                return true;
            }
        }
        return false;
    }

    /** The first word of a mention or spelling, as written. */
    private static String firstWord(String s) {
        String t = s.strip();
        for (int i = 0; i < t.length(); i++) {
            if (Character.isWhitespace(t.charAt(i))) {
                return t.substring(0, i);
            }
        }
        return t;
    }

    /** Every spelling of an entry: its names and its short forms. */
    private static java.util.stream.Stream<String> spellings(Actor a) {
        return java.util.stream.Stream.concat(a.arabicNames().stream(), a.shortNames().stream());
    }

    /** Matching keys of the KB's spellings, made once (this runs on every ambiguous match; the linker is shared). */
    private final Map<String, List<String>> spellingKeys = new java.util.concurrent.ConcurrentHashMap<>();

    private List<String> keysOf(String spelling) {
        return spellingKeys.computeIfAbsent(spelling, TokenTrie::keys);
    }

    /** An actor's spelling as keys: cached for the knowledge base's entries, made afresh for a story's unknown actors. */
    private List<String> keysOf(Actor a, String spelling) {
        return a.id().startsWith("x-") ? TokenTrie.keys(spelling) : keysOf(spelling);
    }

    /**
     * Matching drops the article, so «باريس» (Paris) and «ألباريس» (Albares) meet in one key. Of several candidates,
     * those whose every spelling of the first word begins with «ال» are kept only when the mention does too.
     */
    private Set<String> withArticleAsWritten(Set<String> ids, String mention) {
        if (ids.size() < 2) {
            return ids;
        }
        String first = ArabicText.fold(firstWord(mention));
        // «ال…», one proclitic and «ال» («بال…», «فال…»), or «لل…» with or without «و»
        boolean article = first.startsWith("ال") || first.length() > 3 && "وفبك".indexOf(first.charAt(0)) >= 0
                && first.startsWith("ال", 1) || first.startsWith("لل") || first.startsWith("ولل");
        if (article) {
            return ids;
        }
        Set<String> kept = new java.util.LinkedHashSet<>();
        for (String id : ids) {
            Actor a = kb.get(id).orElseThrow();
            List<String> key = TokenTrie.keys(mention);
            List<String> matched = spellings(a).filter(n -> keysOf(n).equals(key)).toList();
            boolean needsArticle = !matched.isEmpty() && matched.stream().allMatch(n -> ArabicText.fold(n.strip()).startsWith("ال"));
            if (!needsArticle) {
                kept.add(id);
            }
        }
        return kept.isEmpty() ? ids : kept;
    }

    /** A name of several places or bodies («عمان»: Oman and Amman; «وزارة الخارجية والمغتربين»), at a mention's start. */
    private record AmbiguousPlace(int start, Set<String> ids) {
    }

    /**
     * «عمان» is Amman in a story about Jordan and Oman in one about Oman: an ambiguous place name goes to the
     * candidate whose country the rest of the story names (its places, people, organisations or nationality
     * adjectives); with no such evidence, or evidence for both, the first choice stays.
     */
    private void placesInContext(List<Segmenter.Token> tokens, Map<String, List<Analysis.Mention>> mentions,
                                 Map<String, Actor> actors, List<AmbiguousPlace> ambiguous, String date) {
        if (ambiguous.isEmpty()) {
            return;
        }
        Set<Integer> starts = new java.util.HashSet<>();
        ambiguous.forEach(p -> starts.add(p.start()));
        Set<String> countries = new java.util.HashSet<>();
        for (Segmenter.Token t : tokens) {
            String adj = kb.countryOfAdjective(t.stem());
            if (adj != null) {
                countries.add(adj);
            }
        }
        mentions.forEach((id, ms) -> {
            if (ms.stream().anyMatch(m -> !starts.contains(m.start()))) {
                String country = kb.affiliation(id, date);
                if (country != null) {
                    countries.add(country);
                }
            }
        });
        for (AmbiguousPlace p : ambiguous) {
            String current = null;
            Analysis.Mention mention = null;
            for (Map.Entry<String, List<Analysis.Mention>> e : mentions.entrySet()) {
                for (Analysis.Mention m : e.getValue()) {
                    if (m.start() == p.start() && p.ids().contains(e.getKey())) {
                        current = e.getKey();
                        mention = m;
                    }
                }
            }
            List<String> supported = p.ids().stream().filter(id -> countries.contains(kb.affiliation(id, date))).toList();
            if (mention != null && vowelled(mention.text())) {
                // «عمّان» with its shadda is Amman, «عُمان» Oman: vowel marks as written in one spelling decide
                String written = mention.text();
                List<String> vowelled = p.ids().stream().filter(id -> kb.get(id).map(a -> a.arabicNames().stream()
                        .anyMatch(n -> written.endsWith(n) && vowelled(n))).orElse(false)).toList();
                supported = vowelled.size() == 1 ? vowelled : supported;
            }
            if (supported.size() != 1) {
                continue;
            }
            if (current == null || current.equals(supported.get(0))) {
                continue;
            }
            move(mentions, actors, current, mention, kb.get(supported.get(0)).orElseThrow());
            mentions.get(supported.get(0)).sort(java.util.Comparator.comparingInt(Analysis.Mention::start));
        }
    }

    private static boolean vowelled(String s) {
        return s.chars().anyMatch(c -> ArabicText.isDiacritic((char) c));
    }

    /** «ملك», «عاهل» (stems): titles only a king holds. */
    private static final Set<String> KING = Set.of("ملك", "عاهل");

    /** The head of state, unless the title is a king's and he is none («جلالة الملك» is never a president). */
    private static Actor titleFits(String word, Actor holder) {
        return holder != null && KING.contains(word) && holder.arabicNames().stream()
                .noneMatch(n -> ArabicText.fold(n).startsWith("الملك")) ? null : holder;
    }

    /** Bodies named without their country («وزارة الخارجية»), each with its spelling pattern before a nationality adjective. */
    private static final TokenTrie<String> HOME_BODIES = new TokenTrie<>();

    static {
        HOME_BODIES.add("وزارة الخارجية", "وزارة الخارجية ال");
        HOME_BODIES.add("وزارة الدفاع", "وزارة الدفاع ال");
        HOME_BODIES.add("رئاسة الجمهورية", "الرئاسة ال");
        HOME_BODIES.add("مكتب رئيس الوزراء", "مكتب رئيس الوزراء ال");
        HOME_BODIES.add("المكتب الإعلامي لرئيس الوزراء", "مكتب رئيس الوزراء ال");
        HOME_BODIES.add("المكتب الإعلامي لرئيس مجلس الوزراء", "مكتب رئيس الوزراء ال");
        HOME_BODIES.add("مكتب رئيس مجلس الوزراء", "مكتب رئيس الوزراء ال");
        HOME_BODIES.add("رئاسة الوزراء", "رئاسة الوزراء ال");
        HOME_BODIES.add("الديوان الملكي", "الديوان الملكي ال");
        HOME_BODIES.add("الديوان الأميري", "الديوان الأميري ال");
        HOME_BODIES.add("مجلس النواب", "مجلس النواب ال");
        HOME_BODIES.add("البرلمان", "البرلمان ال");
        HOME_BODIES.add("مجلس الأمة", "مجلس الأمة ال");
        HOME_BODIES.add("مجلس الشورى", "مجلس الشورى ال");
        HOME_BODIES.add("المخابرات العامة", "المخابرات العامة ال");
        HOME_BODIES.add("وزارة الشؤون الخارجية", "وزارة الخارجية ال");
        HOME_BODIES.add("المجلس الرئاسي", "المجلس الرئاسي ال");
        HOME_BODIES.add("مجلس الدولة", "مجلس الدولة ال");
    }

    /** A title with no country after it («وزير الخارجية», «الرئيس»), from its first token to its end. */
    private record BareTitle(int first, int end, String role) {
    }

    /** Words before a body's head that make it the one speaking: verbs of saying (with «و»), «بيان», folded. */
    private static final Set<String> BODY_SAYS = Set.of("قالت", "وقالت", "اكدت", "واكدت", "اعلنت", "واعلنت", "ذكرت",
            "وذكرت", "افادت", "وافادت", "اوضحت", "واوضحت", "اشارت", "واشارت", "نفت", "ونفت", "رحبت", "ورحبت", "دعت",
            "ودعت", "شددت", "وشددت", "اضافت", "واضافت", "بيان", "لبيان", "وبحسب", "بحسب", "وفق", "ووفق", "طالبت", "وطالبت");

    /** Heads of organisations' names that alone, with the article, refer back to one named so before, folded. */
    private static final Set<String> BODY_HEADS = Set.of("بعثه", "حركه", "منظمه", "وكاله", "جماعه", "هيئه", "لجنه",
            "مفوضيه", "وزاره");

    /**
     * «وقالت البعثة في بيان» after «بعثة الأمم المتحدة للدعم في ليبيا»: a head noun with the article, alone (no
     * adjective or genitive with the article after it: «اللجنة الدستورية» is another body), as the subject of a verb
     * of saying or after «بيان» (not «حرية الحركة»), is the one organisation of the story named before it whose name
     * starts with that noun; with none or several it stays unlinked.
     */
    private void bodiesNamedBefore(List<Segmenter.Token> tokens, Map<String, List<Analysis.Mention>> mentions,
                                          Map<String, Actor> actors) {
        boolean[] covered = null;
        for (int i = 0; i < tokens.size(); i++) {
            Segmenter.Token tok = tokens.get(i);
            String norm = tok.normalized();
            int clitic = norm.startsWith("وال") || norm.startsWith("فال") ? 1 : 0;
            if (!norm.startsWith("ال", clitic) || !BODY_HEADS.contains(norm.substring(clitic + 2))
                    || i + 1 < tokens.size() && tokens.get(i + 1).normalized().startsWith("ال")
                    || i == 0 || !BODY_SAYS.contains(tokens.get(i - 1).normalized())) {
                continue;
            }
            if (covered == null) {
                covered = org.newsint.nlp.pipeline.TokenIndex.covered(tokens, mentions.values());
            }
            if (covered[i]) {
                continue;
            }
            String head = norm.substring(clitic + 2);
            int at = tok.start();
            Actor found = null;
            for (Actor a : actors.values()) {
                boolean named = "ORG".equals(a.type()) && mentions.get(a.id()).stream().anyMatch(m -> !m.inTitle() && m.end() <= at)
                        && a.arabicNames().stream().map(n -> keysOf(a, n))
                        .anyMatch(k -> k.size() > 1 && (k.get(0).equals(head) || k.get(0).equals("ال" + head)));
                if (named && found != null) {
                    found = null; // two such bodies: neither
                    break;
                }
                found = named ? a : found;
            }
            if (found != null) {
                add(mentions, actors, found, at + clitic, tok.end(), tok.text().substring(clitic));
            }
        }
    }

    /** How far into the text the dateline's place or agency may start («الكويت - كونا», «القاهرة (رويترز) -»). */
    private static final int DATELINE_CHARS = 60;
    /** Marks after a dateline's place or agency, or around an agency's name («الكويت - كونا», «/ بنا /»). */
    private static final String DATELINE_MARKS = "-–—(:/)|";

    /**
     * «وزارة الخارجية», «رئاسة الجمهورية», «مكتب رئيس الوزراء», «الديوان الملكي», «مجلس النواب», «المخابرات العامة» with
     * no country after them are the
     * bodies of the story's country ({@link #storyHome}). With none they stay unlinked. A person's mentions inside an office
     * named after its holder («مكتب رئيس الوزراء») are dropped.
     */
    private void homeBodies(String text, List<Segmenter.Token> tokens, Map<String, List<Analysis.Mention>> mentions,
                            Map<String, Actor> actors, List<BareTitle> bareTitles, String date) {
        if (!text.contains("وزار") && !text.contains("رئاس") && !text.contains("مكتب") && !text.contains("الديوان")
                && !text.contains("مجلس") && !text.contains("البرلمان") && !text.contains("المخابرات")) {
            return; // no body named at all (the common case): nothing to look up
        }
        String home = storyHome(text, tokens, mentions, actors, bareTitles, date);
        if (home == null) {
            return;
        }
        Actor country = kb.get(home).orElse(null);
        if (country == null) {
            return;
        }
        Actor titledCountry = null; // the country the people's titles tell, looked up once a body needs it
        for (int i = 0; i < tokens.size(); i++) {
            TokenTrie.Match<String> body = HOME_BODIES.longestAt(text, tokens, i);
            if (body == null) {
                continue;
            }
            int start = body.start();
            int end = body.end();
            int after = body.endToken();
            // «وزارة الخارجية الروسية», or a name after it other than a person's: another country's body (not «رئيس
            // مجلس النواب نبيه بري», the holder of the title the body is named in)
            boolean qualified = after < tokens.size() && (kb.countryOfAdjective(tokens.get(after).stem()) != null
                    || notAPerson(names.longestAt(text, tokens, after)));
            if (!qualified && body.mention().contains("رئيس")) {
                // «مكتب رئيس الوزراء»: the office named after its holder is the office, not the holder
                dropMentionsInside(mentions, actors, start, end);
            }
            boolean covered = mentions.values().stream().flatMap(List::stream)
                    .anyMatch(m -> m.start() < end && start < m.end());
            Actor bodyOf = covered || qualified ? null : bodyOf(body.values().iterator().next(), country);
            if (bodyOf == null && !covered && !qualified) {
                // «بوابة الوسط | القاهرة»: a Libyan outlet's Cairo bureau; Egypt has no «المجلس الرئاسي», the people's country has
                if (titledCountry == null) {
                    String titled = titledHome(text, tokens, mentions, actors, bareTitles, date);
                    titledCountry = titled == null || titled.equals(home) ? country : kb.get(titled).orElse(country);
                }
                bodyOf = titledCountry == country ? null : bodyOf(body.values().iterator().next(), titledCountry);
            }
            if (bodyOf != null) {
                add(mentions, actors, bodyOf, start, end, text.substring(start, end));
                mentions.get(bodyOf.id()).sort(java.util.Comparator.comparingInt(Analysis.Mention::start));
            }
            i = after - 1;
        }
    }

    /** Whether a name was matched and one of its readings is not a person's. */
    private boolean notAPerson(TokenTrie.Match<String> named) {
        return named != null && named.values().stream().anyMatch(id -> kb.get(id).map(a -> !"PERSON".equals(a.type())).orElse(true));
    }

    /** Removes the people's mentions lying wholly inside [start, end), and the people left with none. */
    private static void dropMentionsInside(Map<String, List<Analysis.Mention>> mentions, Map<String, Actor> actors, int start, int end) {
        for (String id : List.copyOf(mentions.keySet())) {
            Actor a = actors.get(id);
            if (a == null || !"PERSON".equals(a.type())) {
                continue;
            }
            List<Analysis.Mention> ms = mentions.get(id);
            ms.removeIf(m -> m.start() >= start && m.end() <= end);
            if (ms.isEmpty()) {
                mentions.remove(id);
                actors.remove(id);
            }
        }
    }

    /** Whether a mention ends its line («… 05 سبتمبر 2016 م واس»: an agency's credit closing the dateline). */
    private static boolean endsALine(String text, List<Analysis.Mention> ms) {
        for (Analysis.Mention m : ms) {
            int k = m.end();
            while (k < text.length() && (text.charAt(k) == ' ' || text.charAt(k) == '\u00a0')) {
                k++;
            }
            if (k == text.length() || text.charAt(k) == '\n') {
                return true;
            }
        }
        return false;
    }

    /** Whether a mention comes right after a dateline's mark («بوابة الوسط | طرابلس»). */
    private static boolean markBefore(String text, List<Analysis.Mention> ms) {
        for (Analysis.Mention m : ms) {
            int k = m.start() - 1;
            while (k >= 0 && (text.charAt(k) == ' ' || text.charAt(k) == '\u00a0')) {
                k--;
            }
            if (k >= 0 && DATELINE_MARKS.indexOf(text.charAt(k)) >= 0) {
                return true;
            }
        }
        return false;
    }

    /** Whether a mention is followed by a dateline's mark: a dash, a bracket, a colon or a slash («الكويت - كونا:»). */
    private static boolean datelineMark(String text, List<Analysis.Mention> ms) {
        for (Analysis.Mention m : ms) {
            int k = m.end();
            while (k < text.length() && (text.charAt(k) == ' ' || text.charAt(k) == '\u00a0')) {
                k++;
            }
            if (k < text.length() && DATELINE_MARKS.indexOf(text.charAt(k)) >= 0) {
                return true;
            }
        }
        return false;
    }

    /**
     * The story's country: that of the place or news agency named first within the text's first
     * {@value #DATELINE_CHARS} characters and followed by a dateline's dash, bracket, colon or slash («الكويت - كونا»,
     * «القاهرة (رويترز)»), else the one its people's titles tell ({@link #titledHome}); null when neither.
     */
    private String storyHome(String text, List<Segmenter.Token> tokens, Map<String, List<Analysis.Mention>> mentions,
                             Map<String, Actor> actors, List<BareTitle> bareTitles, String date) {
        return storyHome(text, tokens, mentions, actors, bareTitles, date, false);
    }

    /**
     * With {@code outletFirst}, the country of the dateline's agency or outlet comes before the dateline's place:
     * honorifics and heirs' titles are a state wire's words for its own rulers («هانغتشو … واس»: Saudi Arabia's).
     */
    private String storyHome(String text, List<Segmenter.Token> tokens, Map<String, List<Analysis.Mention>> mentions,
                             Map<String, Actor> actors, List<BareTitle> bareTitles, String date, boolean outletFirst) {
        String home = null;
        int first = DATELINE_CHARS;
        boolean outlet = false;
        for (Map.Entry<String, List<Analysis.Mention>> e : mentions.entrySet()) {
            Actor a = actors.get(e.getKey());
            int start = e.getValue().stream().mapToInt(Analysis.Mention::start).min().orElse(Integer.MAX_VALUE);
            boolean isOutlet = "ORG".equals(a.type()) && ("agency".equals(a.subtype()) || "outlet".equals(a.subtype()));
            boolean datelineKind = "LOC".equals(a.type()) && !"region".equals(a.subtype()) || isOutlet;
            // «الكويت - كونا», «… واس» ending its line, «بوابة الوسط | طرابلس» (a place after a mark, ending its line)
            boolean marked = datelineKind && (datelineMark(text, e.getValue()) || (isOutlet || markBefore(text, e.getValue()))
                    && endsALine(text, e.getValue()));
            String country = marked ? kb.affiliation(a.id(), date) : null;
            boolean preferred = outletFirst && isOutlet;
            if (country != null && (preferred && !outlet || start < first && preferred == outlet)) {
                outlet = preferred;
                first = start;
                home = country;
            }
        }
        home = home != null ? home : datelineAgency(text, tokens);
        return home != null ? home : titledHome(text, tokens, mentions, actors, bareTitles, date);
    }

    /**
     * State agencies' short forms that are also common words («بنا» with us, «ومع» and with, «قنا» the city of Qena), so
     * the knowledge base cannot match them anywhere: only in a dateline, between its marks, do they name the agency
     * («المنامة في 25 يونيو / بنا /», «الدوحة (قنا) -»), and with it the story's country. Folded.
     */
    private static final Map<String, String> DATELINE_AGENCIES = Map.of("بنا", "bahrain", "قنا", "qatar", "واع", "iraq",
            "ومع", "morocco", "واج", "algeria", "وال", "libya", "سبا", "yemen", "العمانيه", "oman");

    /** The country of a state agency named by its short form between a dateline's marks in the text's first characters. */
    private static String datelineAgency(String text, List<Segmenter.Token> tokens) {
        for (int i = 0; i < tokens.size() && tokens.get(i).end() <= DATELINE_CHARS; i++) {
            String country = DATELINE_AGENCIES.get(tokens.get(i).normalized());
            if (country != null && i > 0 && i + 1 < tokens.size() && DATELINE_MARKS.indexOf(tokens.get(i - 1).text().charAt(0)) >= 0
                    && DATELINE_MARKS.indexOf(tokens.get(i + 1).text().charAt(0)) >= 0) {
                return country;
            }
        }
        return null;
    }

    /**
     * A story's country told by how it names its people: the country of the first person named next to a title
     * without a country («استقبل الرئيس عبد الفتاح السيسي», «بدر عبد العاطي، وزير الخارجية») who holds that office.
     * A wire names its own country's officials so; another country's take its adjective («الرئيس الأمريكي»).
     */
    private String titledHome(String text, List<Segmenter.Token> tokens, Map<String, List<Analysis.Mention>> mentions,
                              Map<String, Actor> actors, List<BareTitle> bareTitles, String date) {
        for (BareTitle t : bareTitles) {
            int after = tokens.get(t.end() - 1).end();
            int before = tokens.get(t.first()).start();
            for (Map.Entry<String, List<Analysis.Mention>> e : mentions.entrySet()) {
                Actor a = actors.get(e.getKey());
                if (!"PERSON".equals(a.type())) {
                    continue;
                }
                for (Analysis.Mention m : e.getValue()) {
                    boolean next = m.start() >= after && (onlySeparators(text, after, m.start()) || onlyRanks(text, after, m.start()));
                    boolean previous = m.end() <= before && onlySeparators(text, m.end(), before);
                    if (!next && !previous) {
                        continue;
                    }
                    String country = a.roles().stream().filter(r -> r.role().equals(t.role()) && r.country() != null && heldAt(r, date))
                            .map(Actor.Role::country).findFirst().orElse(null);
                    if (country != null) {
                        return country;
                    }
                }
            }
        }
        return null;
    }

    /** Ranks and honorifics between a title and a name («رئيس الجمهورية العماد ميشال عون»), folded. */
    private static final Set<String> RANKS = Set.of("العماد", "الفريق", "اللواء", "المشير", "الجنرال", "الدكتور", "الدكتوره",
            "السيد", "السيده", "الشيخ", "المهندس", "المستشار");

    /** Whether the text between is one or two ranks or honorifics, with spaces and commas ({@link #RANKS}). */
    private static boolean onlyRanks(String text, int from, int to) {
        if (to - from > 30) {
            return false;
        }
        String[] words = ArabicText.fold(text.substring(from, to)).split("[\\s،,]+");
        int n = 0;
        for (String w : words) {
            if (w.isEmpty()) {
                continue;
            }
            if (!RANKS.contains(w)) {
                return false;
            }
            n++;
        }
        return n > 0 && n <= 2;
    }

    /** Whether only spaces and commas lie between two offsets. */
    private static boolean onlySeparators(String text, int from, int to) {
        for (int k = from; k < to; k++) {
            char c = text.charAt(k);
            if (c != ' ' && c != '\u00a0' && c != '،' && c != ',') {
                return false;
            }
        }
        return true;
    }

    /** The entry named by a pattern and one of the country's adjectives («وزارة الخارجية الكويتية», «الديوان الملكي السعودي»). */
    private Actor bodyOf(String pattern, Actor country) {
        for (String adj : country.adjectives()) {
            if (adj.contains(" ")) {
                continue;
            }
            String phrase = pattern + adj;
            List<Segmenter.Token> t = Segmenter.tokens(phrase, 0, phrase.length());
            TokenTrie.Match<String> m = names.longestAt(phrase, t, 0);
            if (m != null && m.endToken() == t.size()) {
                return kb.get(m.values().iterator().next()).orElse(null);
            }
        }
        return null;
    }

    /** The most countries a plural title («وزراء خارجية X وY وZ») is read with. */
    private static final int MAX_PLURAL_PLACES = 6;

    /**
     * «وزيري الخارجية الروسي والأميركي», «وزيرا خارجية الولايات المتحدة وبريطانيا», «وزراء خارجية مصر والأردن والعراق»: a
     * dual or plural title and two or more countries (up to {@link #MAX_PLURAL_PLACES}) name the holder in each.
     * Returns the token after the phrase, or {@code i} when there is none.
     */
    private int dual(String text, List<Segmenter.Token> tokens, int i, String date,
                     Map<String, List<Analysis.Mention>> mentions, Map<String, Actor> actors) {
        TokenTrie.Match<RoleLexicon.Title> d = duals.longestAt(text, tokens, i);
        if (d == null) {
            return i;
        }
        Place first = placeAfter(text, tokens, d.endToken());
        if (first == null || first.endToken() >= tokens.size()) {
            return i;
        }
        Place second = secondPlace(text, tokens, first.endToken());
        if (second == null || second.countryId().equals(first.countryId())) {
            return i;
        }
        List<Place> places = new ArrayList<>(List.of(first, second));
        // «وزراء خارجية مصر والأردن والعراق»: a plural title names as many holders as countries follow it
        while (places.size() < MAX_PLURAL_PLACES && places.get(places.size() - 1).endToken() < tokens.size()) {
            Place next = secondPlace(text, tokens, places.get(places.size() - 1).endToken());
            if (next == null || places.stream().anyMatch(p -> p.countryId().equals(next.countryId()))) {
                break;
            }
            places.add(next);
        }
        String role = d.values().iterator().next().role();
        List<Actor> holders = new ArrayList<>();
        for (int k = 0; k < places.size(); k++) {
            Actor h = holder(role, places.get(k).countryId(), date);
            if (h == null && k < 2) {
                return i;
            }
            if (h == null) {
                places = places.subList(0, k); // a further country with no known holder ends the list
                break;
            }
            holders.add(h);
        }
        Place last = places.get(places.size() - 1);
        int end = tokens.get(last.endToken() - 1).end();
        String surface = text.substring(d.start(), end);
        // «وزيرا خارجية روسيا والصين سيرغي لافروف ووانغ يي»: the names after the title are the two, not the KB's holders
        boolean named = namedPersonAt(text, tokens, last.endToken()) || unknown.nameAt(text, tokens, last.endToken());
        if (!named) {
            holders.forEach(h -> add(mentions, actors, h, d.start(), end, surface));
        }
        for (int k = 0; k < places.size(); k++) {
            // the countries named in the phrase are actors too («وزيرا خارجية الولايات المتحدة وبريطانيا»)
            Place p = places.get(k);
            TokenTrie.Match<String> country = names.longestAt(text, tokens, k == 0 ? d.endToken() : places.get(k - 1).endToken());
            if (country != null && country.values().contains(p.countryId())) {
                add(mentions, actors, kb.get(p.countryId()).orElseThrow(), country.start(), country.end(), country.mention());
            }
        }
        return last.endToken();
    }

    /** «… والأميركي», «… وبريطانيا»: the next country of a dual or plural title. */
    private Place secondPlace(String text, List<Segmenter.Token> tokens, int j) {
        String w = tokens.get(j).normalized();
        if (!w.startsWith("و") || w.length() < 3) {
            return null;
        }
        String adj = kb.countryOfAdjective(org.newsint.text.Segmenter.stripArticle(w.substring(1)));
        if (adj == null) {
            adj = kb.countryOfAdjective(tokens.get(j).stem());
        }
        if (adj != null) {
            return new Place(adj, j + 1);
        }
        return placeAfter(text, tokens, j);
    }

    /**
     * «ماجد بن محمد الأنصاري» for the KB's «ماجد الأنصاري»: a person the knowledge base does not know by this
     * spelling, whose first and last words are those of exactly one known person (in office that day if several),
     * is that person.
     */
    private void longerSpellings(Map<String, List<Analysis.Mention>> mentions, Map<String, Actor> actors, String date) {
        for (String id : List.copyOf(actors.keySet())) {
            Actor a = actors.get(id);
            if (!id.startsWith("x-") || !"PERSON".equals(a.type()) || a.arabicNames().isEmpty()) {
                continue;
            }
            List<String> k = TokenTrie.keys(a.arabicNames().get(0));
            if (k.size() >= 2 && joinedWithNext(id, k.get(0), mentions, actors)) {
                continue;
            }
            if (k.size() < 3 || a.arabicNames().get(0).endsWith("الله")) {
                continue; // «حسن فضل الله» is not «حسن نصر الله»: «X الله» is one name word
            }
            List<String> ids = byFirstAndLast.get(k.get(0) + "|" + k.get(k.size() - 1));
            if (ids == null) {
                continue;
            }
            Actor known = choose(new java.util.LinkedHashSet<>(ids), date);
            if (ids.size() > 1 && known.roles().stream().noneMatch(r -> heldAt(r, date))) {
                continue; // several people share these words and none is in office: leave it unknown
            }
            if (RULING_FAMILIES.contains(k.get(k.size() - 1)) && known.arabicNames().stream()
                    .noneMatch(n -> keysOf(n).contains(k.get(1)))) {
                continue; // «محمد عبدالله المبارك الصباح» is not «محمد صباح السالم الصباح»: a ruling family has many «محمد»
            }
            boolean article = lastWordHasArticle(a.arabicNames().get(0));
            if (known.arabicNames().stream().noneMatch(n -> lastWordHasArticle(n) == article)) {
                continue; // «محمد عبدالله المبارك» is not «محمد حسني مبارك»: «المبارك» and «مبارك» are other families
            }
            String father = fatherOf(k);
            Set<String> fathers = known.arabicNames().stream().map(n -> fatherOf(keysOf(n))).filter(java.util.Objects::nonNull)
                    .collect(java.util.stream.Collectors.toSet());
            if (father != null && !fathers.isEmpty() && !fathers.contains(father)) {
                continue; // «خالد بن عبدالعزيز» is not «خالد بن سلمان بن عبد العزيز»: another father
            }
            reassign(mentions, actors, id, known);
        }
    }

    /**
     * «الشيخ خالد بن أحمد» after «الشيخ خالد بن أحمد آل خليفة»: a person the knowledge base does not know by this
     * spelling, «X بن Y», whose words start the name of exactly one known person the story names, is that person.
     */
    private void shorterSpellings(Map<String, List<Analysis.Mention>> mentions, Map<String, Actor> actors) {
        for (String id : List.copyOf(actors.keySet())) {
            Actor a = actors.get(id);
            if (!id.startsWith("x-") || !"PERSON".equals(a.type()) || a.arabicNames().isEmpty()) {
                continue;
            }
            List<String> k = joinAbd(TokenTrie.keys(a.arabicNames().get(0)));
            if (k.size() != 3 || !UnknownActorFinder.SON_OF.contains(k.get(1))) {
                continue;
            }
            Actor found = null;
            for (Actor known : actors.values()) {
                boolean starts = !known.id().startsWith("x-") && "PERSON".equals(known.type()) && known.arabicNames().stream()
                        .map(n -> joinAbd(keysOf(n))).anyMatch(n -> n.size() > k.size() && n.subList(0, k.size()).equals(k));
                if (starts && found != null) {
                    found = null; // two of them: neither
                    break;
                }
                found = starts ? known : found;
            }
            if (found != null) {
                reassign(mentions, actors, id, found);
            }
        }
    }

    /** Name keys with «عبد» joined to the word after it, without its article («عبد الرحمن», «عبدالرحمن» alike, as {@link #fatherOf}). */
    private static List<String> joinAbd(List<String> keys) {
        List<String> out = new ArrayList<>(keys.size());
        for (int i = 0; i < keys.size(); i++) {
            String k = keys.get(i);
            if (k.equals("عبد") && i + 1 < keys.size()) {
                out.add("عبد" + keys.get(++i));
            } else {
                out.add(k.startsWith("عبدال") && k.length() > 5 ? "عبد" + k.substring(5) : k);
            }
        }
        return out;
    }

    /** The last name word of ruling families, as keys: many members share a first name with it. */
    private static final Set<String> RULING_FAMILIES = Set.of("صباح", "ثاني", "نهيان", "خليفه", "سعود", "مكتوم", "قاسمي", "نعيمي");

    private static boolean lastWordHasArticle(String name) {
        String[] words = ArabicText.fold(name.strip()).split("\\s+");
        return words[words.length - 1].startsWith("ال");
    }

    /** The father's name of «X بن Y …» («عبد» joined to the word after it), or null. */
    private static String fatherOf(List<String> keys) {
        if (keys.size() < 3 || !UnknownActorFinder.SON_OF.contains(keys.get(1))) {
            return null;
        }
        String father = keys.get(2).equals("عبد") && keys.size() > 3 ? "عبد" + keys.get(3) : keys.get(2);
        return father.startsWith("عبدال") ? "عبد" + father.substring(5) : father; // «عبدالعزيز» as «عبد العزيز»
    }

    /** Gives one mention of the actor {@code from} to {@code to}; an actor left with no mention is dropped ({@link #reassign} gives them all). */
    private static void move(Map<String, List<Analysis.Mention>> mentions, Map<String, Actor> actors, String from,
                             Analysis.Mention mention, Actor to) {
        List<Analysis.Mention> left = mentions.get(from);
        left.remove(mention);
        if (left.isEmpty()) {
            mentions.remove(from);
            actors.remove(from);
        }
        add(mentions, actors, to, mention.start(), mention.end(), mention.text());
    }

    /** Gives every mention of the actor {@code id} (an unknown one) to {@code known}, and drops {@code id}. */
    private void reassign(Map<String, List<Analysis.Mention>> mentions, Map<String, Actor> actors, String id, Actor known) {
        List<Analysis.Mention> moved = mentions.remove(id);
        actors.remove(id);
        for (Analysis.Mention m : moved) {
            add(mentions, actors, known, m.start(), m.end(), m.text());
        }
    }

    /**
     * «ليندسي غراهام» for the KB's «ليندسي جراهام», «أنتوني بلينكين» for «أنتوني بلينكن»: a person of two or more
     * words the knowledge base does not know by this spelling is a known person whose name matches word for word
     * ({@link #variantOf}): the same but for the letter chosen for g (غ ج ق) and, in the last word only, long
     * vowels, hamza seats and doubled letters. A given name's vowels tell two names apart («محمود علي» is not
     * «محمد علي»), and so does a differing word that is another name ({@link #differingWordsAreNotNames}). When
     * several known people fit, the one in office that day is taken, or none.
     */
    private void variantSpellings(Map<String, List<Analysis.Mention>> mentions, Map<String, Actor> actors, String date) {
        for (String id : List.copyOf(actors.keySet())) {
            Actor a = actors.get(id);
            if (!id.startsWith("x-") || !"PERSON".equals(a.type()) || a.arabicNames().isEmpty()) {
                continue;
            }
            List<String> k = written(a.arabicNames().get(0));
            if (k.size() < 2 || k.get(k.size() - 1).length() < 4) {
                continue;
            }
            List<Spelling> spellings = bySkeleton.get(skeletonKey(k));
            if (spellings == null) {
                continue;
            }
            Set<String> fit = new java.util.LinkedHashSet<>();
            for (Spelling sp : spellings) {
                if (variantOf(k, sp.words()) && differingWordsAreNotNames(k, sp.words())) {
                    fit.add(sp.id());
                }
            }
            if (fit.isEmpty()) {
                continue;
            }
            Actor known = choose(fit, date);
            if (fit.size() > 1 && known.roles().stream().noneMatch(r -> heldAt(r, date))) {
                continue;
            }
            reassign(mentions, actors, id, known);
        }
    }

    /**
     * Whether the word before a person's one-word short name («العليمي») is a given name that is not the person's
     * («عبدالله» before it, where the KB knows «رشاد العليمي»): then it names another member of the family.
     */
    private boolean anotherGivenName(String text, List<Segmenter.Token> tokens, int i, Actor a,
                                     Map<String, List<Analysis.Mention>> mentions) {
        if (i == 0) {
            return false;
        }
        // the name's first word: back over up to two given names («وقال [عبدالله محمد] العليمي»)
        int first = i;
        while (first > 0 && first > i - 2 && unknown.givenOrNameWord(text, tokens, first - 1)) {
            first--;
        }
        if (first == i || first < i - 2 || !(unknown.nameMayStartAt(text, tokens, first)
                || first > 0 && SUBJECT_AFTER.contains(tokens.get(first - 1).normalized()))) {
            return false; // «خليفة هنية», «خطة سلام ترامب»: a word, not a given name, where no name is announced
        }
        for (List<Analysis.Mention> ms : mentions.values()) {
            for (Analysis.Mention m : ms) {
                if (m.start() < tokens.get(i - 1).end() && tokens.get(first).start() < m.end()) {
                    return false; // part of a name or title already found
                }
            }
        }
        String given = givenSkeleton(tokens.get(first).normalized());
        for (String n : a.arabicNames()) {
            List<String> w = written(n);
            if (w.size() >= 2 && givenSkeleton(w.get(0)).equals(given)) {
                return false; // the person's own given name, however spelt, perhaps with a father's name («أيمن حسين الصفدي»)
            }
        }
        return true;
    }

    /** «وقال إن [خالد] حفتر …»: words after which a clause, and so a name, begins. */
    private static final Set<String> SUBJECT_AFTER = Set.of("ان", "بان", "لان", "وان");

    /** Whether a place of the knowledge base is named at token k. */
    private boolean placeAt(String text, List<Segmenter.Token> tokens, int k) {
        TokenTrie.Match<String> m = k < tokens.size() ? names.longestAt(text, tokens, k) : null;
        // a country, city or region («ولي عهد أبوظبي»), not a building the heir is received in («ولي العهد بقصر القضيبية»)
        return m != null && m.values().stream().anyMatch(id -> kb.get(id).map(a -> "LOC".equals(a.type())
                && !"building".equals(a.subtype())).orElse(false));
    }

    /** A given name's skeleton for telling whether two spellings are one name (ط and ت written alike: «أنطوني»). */
    private static String givenSkeleton(String word) {
        return skeleton(word, true).replace('ط', 'ت');
    }

    /**
     * Whether no word of {@code seen} that differs from {@code known} is another name: a known name word that
     * romanises otherwise («محمد حسين» is not «محمد حسن», «نبيل عمرو» not «نبيل عمار»: Arabic names differ by
     * exactly these letters), while «ساليفان» for «سوليفان» or «جابرييل» for «غابرييل» is a transliteration.
     */
    private boolean differingWordsAreNotNames(List<String> seen, List<String> known) {
        for (int i = 0; i < seen.size(); i++) {
            if (!seen.get(i).equals(known.get(i)) && unknown.anotherNameWord(seen.get(i), known.get(i))) {
                return false;
            }
        }
        return true;
    }

    /** Whether the words {@code seen} spell the words {@code known} as {@link #variantSpellings} allows. */
    static boolean variantOf(List<String> seen, List<String> known) {
        if (seen.size() != known.size()) {
            return false;
        }
        for (int i = 0; i < seen.size(); i++) {
            boolean last = i == seen.size() - 1;
            if (!skeleton(seen.get(i), last).equals(skeleton(known.get(i), last))) {
                return false;
            }
        }
        return true;
    }

    /**
     * A name's words as written, folded (no clitic or article taken off: «كالاس» is not «ك» + «الاس»; the KB's
     * spellings carry no clitics and an unknown person's name is taken without them).
     */
    static List<String> written(String name) {
        List<String> out = new ArrayList<>();
        for (String w : ArabicText.fold(ArabicText.normalize(name)).split(" ")) {
            if (!w.isEmpty() && ArabicText.isWordChar(w.charAt(0))) {
                out.add(w);
            }
        }
        return out;
    }

    /** The key of a name's words in {@link #bySkeleton}: every word's full skeleton. */
    private static String skeletonKey(List<String> words) {
        StringBuilder sb = new StringBuilder();
        for (String w : words) {
            sb.append(skeleton(w, true)).append('|');
        }
        return sb.toString();
    }

    /**
     * A word's consonant skeleton: g written one way (غ ج ق → ج) and, with {@code vowels}, long vowels and hamza
     * seats after the first letter dropped and doubled letters written once.
     */
    static String skeleton(String word, boolean vowels) {
        StringBuilder sb = new StringBuilder(word.length());
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            if (vowels && i > 0 && (c == 'ا' || c == 'و' || c == 'ي' || c == 'ى' || c == 'ء' || c == 'ئ' || c == 'ؤ')) {
                continue;
            }
            if (c == 'غ' || c == 'ق') {
                c = 'ج';
            }
            if (vowels && sb.length() > 0 && sb.charAt(sb.length() - 1) == c) {
                continue;
            }
            sb.append(c);
        }
        return sb.toString();
    }

    /** The one minister of a country named so far in the story (null when none or several). */
    private static Actor namedMinister(Map<String, Actor> named, String country, String date) {
        return onlyNamed(named, r -> r.role().endsWith("_minister") && country.equals(r.country()), date);
    }

    /** The one person named so far who holds a role matching {@code role} on the date, or null (none or several). */
    private static Actor onlyNamed(Map<String, Actor> named, java.util.function.Predicate<Actor.Role> role, String date) {
        Actor found = null;
        for (Actor a : named.values()) {
            if ("PERSON".equals(a.type()) && a.roles().stream().anyMatch(r -> role.test(r) && heldAt(r, date))) {
                if (found != null) {
                    return null;
                }
                found = a;
            }
        }
        return found;
    }

    /**
     * «ماجد بن محمد» right before «الأنصاري» (a known person's surname, same first name): one name, the known
     * person's.
     */
    private boolean joinedWithNext(String id, String firstWord, Map<String, List<Analysis.Mention>> mentions,
                                   Map<String, Actor> actors) {
        for (Analysis.Mention m : mentions.get(id)) {
            for (Map.Entry<String, List<Analysis.Mention>> e : mentions.entrySet()) {
                Actor known = actors.get(e.getKey());
                if (e.getKey().startsWith("x-") || !"PERSON".equals(known.type())
                        || known.arabicNames().stream().noneMatch(n -> keysOf(n).get(0).equals(firstWord))) {
                    continue;
                }
                for (Analysis.Mention next : e.getValue()) {
                    if (next.start() > m.end() && next.start() - m.end() <= 1) {
                        List<Analysis.Mention> moved = mentions.remove(id);
                        actors.remove(id);
                        e.getValue().remove(next);
                        for (Analysis.Mention x : moved) {
                            e.getValue().add(x == m ? new Analysis.Mention(m.start(), next.end(), m.text() + " " + next.text())
                                    : x);
                        }
                        e.getValue().sort(java.util.Comparator.comparingInt(Analysis.Mention::start));
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /** Countries whose people's names put the family name first. */
    private static final Set<String> FAMILY_NAME_FIRST = Set.of("china", "taiwan", "north-korea", "south-korea", "vietnam");

    /**
     * «وقال موسوي» after «عباس موسوي»: the last word of a person's full name, once the person is named in the
     * story, is that person — unless two people named in the story share it. For people of
     * {@link #FAMILY_NAME_FIRST} countries, the first word too («تشين» after «تشين قانغ»).
     */
    private void surnames(String text, List<Segmenter.Token> tokens, Map<String, List<Analysis.Mention>> mentions,
                          Map<String, Actor> actors, boolean[] keepOut) {
        Map<String, String> byLast = new HashMap<>();
        for (Actor a : actors.values()) {
            for (String family : familyNames(a)) {
                String other = byLast.putIfAbsent(family, a.id());
                if (other != null && !other.equals(a.id())) {
                    byLast.put(family, ""); // shared by two people: neither
                }
            }
        }
        if (byLast.isEmpty()) {
            return;
        }
        boolean[] covered = org.newsint.nlp.pipeline.TokenIndex.covered(tokens, mentions.values());
        for (int i = 0; i < tokens.size(); i++) {
            if (covered[i] || keepOut[i]) {
                continue;
            }
            Segmenter.Token tok = tokens.get(i);
            String w = tok.stem();
            String id = byLast.get(w);
            int start = tok.start();
            if (id == null && w.length() > 4 && "وفبل".indexOf(w.charAt(0)) >= 0) {
                id = byLast.get(w.substring(1)); // «وموسوي», «لموسوي»
                start = tok.start() + 1;
                if (id == null && w.length() > 5 && "وف".indexOf(w.charAt(0)) >= 0 && "بل".indexOf(w.charAt(1)) >= 0) {
                    id = byLast.get(w.substring(2)); // «ولموسوي»
                    start = tok.start() + 2;
                }
            }
            if (id != null && !id.isEmpty() && !hamzaUnwritten(text.substring(start, tok.end()), actors.get(id))
                    && !unknown.notAFamilyNameAlone(text, tokens, i)) {
                add(mentions, actors, actors.get(id), start, tok.end(), text.substring(start, tok.end()));
            }
        }
    }

    private static final Set<String> FAMILY_MARKERS = Set.of("ال"); // «آل» as a key: folded, it is «ال»

    /**
     * The keys by which a person's family name alone refers to them: the last word of each full name (two words or
     * more), and for people of {@link #FAMILY_NAME_FIRST} countries the first word too; none after «آل» (a ruling
     * family's name), «بن» (the father's name) or «عبد» («السلام» of «محمد عبد السلام»), none shorter than three letters.
     */
    private Set<String> familyNames(Actor a) {
        if (!"PERSON".equals(a.type())) {
            return Set.of();
        }
        // the knowledge base's people once each (unknown people are new objects in every story)
        return a.id().startsWith("x-") ? familyNamesOf(a) : familyNameCache.computeIfAbsent(a.id(), id -> familyNamesOf(a));
    }

    private final Map<String, Set<String>> familyNameCache = new java.util.concurrent.ConcurrentHashMap<>();

    private static Set<String> familyNamesOf(Actor a) {
        boolean familyNameFirst = a.roles().stream().anyMatch(r -> r.country() != null && FAMILY_NAME_FIRST.contains(r.country()));
        Set<String> families = new HashSet<>();
        for (String name : a.arabicNames()) {
            List<String> k = TokenTrie.keys(name);
            if (k.size() < 2 || FAMILY_MARKERS.contains(k.get(k.size() - 2))) {
                continue; // «آل خليفة» is a ruling family's name: «خليفة» alone is not this one of them
            }
            if (UnknownActorFinder.SON_OF.contains(k.get(k.size() - 2))) {
                continue; // «عبدالله الثاني بن الحسين», «محمد بن سلمان»: the father's name is no surname
            }
            if ("عبد".equals(k.get(k.size() - 2))) {
                continue; // «محمد عبد السلام»: «السلام» alone is the word "peace", not his name (but «زيد» of «أبو زيد» is)
            }
            // «تشين قانغ … وقال تشين»: Chinese and Korean names put the family name first
            for (String family : familyNameFirst ? List.of(k.get(k.size() - 1), k.get(0)) : List.of(k.get(k.size() - 1))) {
                if (family.length() >= 3) {
                    families.add(family);
                }
            }
        }
        return Set.copyOf(families);
    }

    /** The one person named so far in the story with this one-word key as a {@linkplain #familyNames family name}, or null. */
    private Actor namedWithLastName(List<String> key, Map<String, Actor> actors) {
        if (key.size() != 1) {
            return null;
        }
        Actor found = null;
        for (Actor a : actors.values()) {
            if (familyNames(a).contains(key.get(0))) {
                if (found != null) {
                    return null; // two of them: neither
                }
                found = a;
            }
        }
        return found;
    }

    /** «ترأس» after «ليز تراس»: a word with a hamza seat inside it is not the surname of a person whose names have none. */
    private static boolean hamzaUnwritten(String word, Actor a) {
        return innerHamza(word, 0, word.length()) && spellings(a).noneMatch(n -> innerHamza(n, 0, n.length()));
    }

    private record Tiny(String id, int start) {
    }

    /** The person of {@link #tinyShortNames} written as this token who held the role (in that country) at the date. */
    private Actor titledShortName(Segmenter.Token tok, String role, String country, String date) {
        List<String> ids = tinyShortNames.get(tok.normalized());
        if (ids == null || role == null || date == null) {
            return null;
        }
        Actor found = null;
        for (String id : ids) {
            Actor a = kb.get(id).orElse(null);
            if (a != null && "PERSON".equals(a.type()) && a.roles().stream().anyMatch(r -> role.equals(r.role()) && heldAt(r, date)
                    && (country == null || country.equals(r.country())))) {
                if (found != null) {
                    return null; // two of them: neither
                }
                found = a;
            }
        }
        return found;
    }

    /**
     * An actor already named in the story whose short name of {@link #tinyShortNames} this token is (with و/ف, or
     * clitics and the article, before it), with where its mention starts.
     */
    private Tiny tinyShortName(Segmenter.Token tok, Map<String, Actor> named) {
        String w = tok.normalized();
        List<String> ids = tinyShortNames.get(w);
        int start = tok.start();
        if (ids == null && w.length() >= 3 && (w.charAt(0) == 'و' || w.charAt(0) == 'ف')) {
            ids = tinyShortNames.get(w.substring(1)); // «وشي», «وبري»: after the و
            start = tok.start() + TokenTrie.afterLetters(tok, 1);
        }
        if (ids == null && !tok.stem().equals(w)) {
            ids = tinyShortNames.get(tok.stem()); // «بالأسد»: the name without its clitics and article
            start = tok.start() + TokenTrie.afterLetters(tok, w.length() - tok.stem().length());
        }
        if (ids == null) {
            return null;
        }
        for (String id : ids) {
            if (named.containsKey(id)) {
                return new Tiny(id, start);
            }
        }
        return null;
    }

    private record Place(String countryId, int endToken) {
    }

    /** The country named right after a title: a nationality adjective or a country's name. */
    private Place placeAfter(String text, List<Segmenter.Token> tokens, int j) {
        if (j >= tokens.size()) {
            return null;
        }
        String two = j + 1 < tokens.size() ? kb.countryOfAdjective(tokens.get(j).stem(), tokens.get(j + 1).stem()) : null;
        if (two != null) {
            return new Place(two, j + 2); // «الكوري الجنوبي»
        }
        String adj = kb.countryOfAdjective(tokens.get(j).stem());
        if (adj != null) {
            return new Place(adj, j + 1);
        }
        TokenTrie.Match<String> name = names.longestAt(text, tokens, j);
        if (name != null) {
            for (String id : name.values()) {
                Actor a = kb.get(id).orElseThrow();
                if (a.isCountry()) {
                    return new Place(a.id(), name.endToken());
                }
            }
        }
        return null;
    }

    /**
     * The person named last before {@code at} who belongs to a country on the day (with {@code inOffice}, only those
     * holding an office that day, not a bare «official»), or null.
     */
    private Actor lastOfCountry(Map<String, List<Analysis.Mention>> mentions, Map<String, Actor> actors, String country, int at,
                                String date, boolean inOffice) {
        Actor last = null;
        int lastAt = -1;
        String day = date != null && date.length() >= 10 ? date.substring(0, 10) : null;
        for (Map.Entry<String, List<Analysis.Mention>> e : mentions.entrySet()) {
            Actor a = actors.get(e.getKey());
            if (a == null || !"PERSON".equals(a.type()) || !country.equals(kb.affiliation(a.id(), day))
                    || inOffice && (day == null || a.roles().stream().noneMatch(r -> heldAt(r, day) && !"official".equals(r.role())))) {
                continue;
            }
            for (Analysis.Mention m : e.getValue()) {
                if (m.end() <= at && m.start() > lastAt) {
                    last = a;
                    lastAt = m.start();
                }
            }
        }
        return last;
    }

    private static void add(Map<String, List<Analysis.Mention>> mentions, Map<String, Actor> actors, Actor a,
                            int start, int end, String mention) {
        actors.putIfAbsent(a.id(), a);
        mentions.computeIfAbsent(a.id(), k -> new ArrayList<>()).add(new Analysis.Mention(start, end, mention));
    }

    /** Who held a country's office on the date. */
    private Actor holder(String role, String place, String date) {
        return pick(holders.get(holderKey(role, place)), date);
    }

    /** The one person already named in the story who holds the (national) office on the date, or null. */
    private static Actor namedHolder(Map<String, Actor> actors, String role, String date) {
        if (date == null || !ANAPHORIC_OFFICES.contains(role)) {
            return null; // «رئيس الدولة», «رئيس الوزراء» alone are too often someone else's
        }
        return onlyNamed(actors, r -> r.role().equals(role), date);
    }

    private static final Set<String> ANAPHORIC_OFFICES = Set.of("foreign_minister", "defence_minister");

    /** Offices with one holder in the world (UN Secretary-General, NATO Secretary General …). */
    private Actor holderWithoutCountry(String role, String date) {
        List<Holder> candidates = holders.get(holderKey(role, null));
        if (candidates == null || candidates.stream().anyMatch(h -> h.role().country() != null)) {
            return null; // a national office needs its country
        }
        return pick(candidates, date);
    }

    /** The one holder on the date; null when none or several (deputies and officials come in numbers). */
    private static Actor pick(List<Holder> candidates, String date) {
        if (candidates == null || date == null) {
            return null;
        }
        List<Actor> atDate = candidates.stream().filter(h -> heldAt(h.role(), date)).map(Holder::actor).distinct().toList();
        return atDate.size() == 1 ? atDate.get(0) : null;
    }

    /**
     * Whether the title at token {@code first} only qualifies another person's title: «المبعوث الخاص للأمين العام
     * للأمم المتحدة», «مستشار الرئيس الأمريكي», «المتحدث باسم الرئيس التركي». That office's holder is not in the story.
     */
    private static boolean insideAnotherTitle(List<Segmenter.Token> tokens, int first) {
        int k = first - 1;
        while (k >= 0 && QUALIFIERS.contains(tokens.get(k).stem())) {
            k--;
        }
        if (k >= 0 && tokens.get(k).stem().equals("باسم")) {
            return true;
        }
        return k >= 0 && DEPUTY_HEADS.contains(tokens.get(k).stem());
    }

    private static final Set<String> PRESIDENT = Set.of("رئيس", "رئيسه");

    /**
     * Honorific pronouns and the words of the titles they stand for: «جلالته» is the king or the monarch last named,
     * «سيادته»/«فخامته» the president, «سموه» the prince, emir or sheikh, «معاليه» the minister.
     */
    private static final Map<String, Set<String>> HONORIFICS = Map.ofEntries(
            Map.entry("جلالته", Set.of("الملك", "ملك", "العاهل", "جلاله", "السلطان", "سلطان")),
            Map.entry("جلالتها", Set.of("الملكه", "ملكه", "جلاله")),
            Map.entry("سيادته", Set.of("الرئيس", "رئيس", "سياده")),
            Map.entry("فخامته", Set.of("الرئيس", "رئيس", "فخامه")),
            Map.entry("سموه", Set.of("الامير", "امير", "الشيخ", "ولي", "سمو", "السمو")),
            Map.entry("سموها", Set.of("الاميره", "الشيخه", "سمو")),
            Map.entry("معاليه", Set.of("الوزير", "وزير", "معالي")),
            Map.entry("دولته", Set.of("رئيس")),
            Map.entry("سعادته", Set.of("السفير", "سفير", "سعاده")),
            // religious leaders: «سماحة السيد علي خامنئي», «قداسة البابا», «غبطة البطريرك»
            Map.entry("سماحته", Set.of("سماحه", "السيد", "المرشد", "مرشد", "قائد", "الشيخ", "المفتي", "الله")),
            Map.entry("قداسته", Set.of("قداسه", "البابا", "بابا")),
            Map.entry("غبطته", Set.of("غبطه", "البطريرك", "بطريرك")));

    /** «صاحب السمو», «صاحب الجلالة», «صاحب الفخامة»: the honorific pronoun each stands for when no name follows. */
    private static final Map<String, String> OWNER_HONORIFICS = Map.of("السمو", "سموه", "الجلاله", "جلالته", "الفخامه", "فخامته");
    private static final Set<String> OWNER = Set.of("صاحب", "وصاحب");

    /**
     * The honorific pronoun that «(حضرة) صاحب السمو» at token i stands for when it names no one itself: no name,
     * title, «الملكي» or further honorific after it. Null otherwise.
     */
    private String honorificAlone(String text, List<Segmenter.Token> tokens, int i) {
        if (i + 1 >= tokens.size() || !OWNER.contains(tokens.get(i).normalized())) {
            return null;
        }
        String pronoun = OWNER_HONORIFICS.get(tokens.get(i + 1).normalized());
        if (pronoun == null) {
            return null;
        }
        int next = i + 2;
        if (next < tokens.size()) {
            Segmenter.Token t = tokens.get(next);
            if (Character.isLetter(t.text().charAt(0)) && (HONORIFIC_FOLLOWERS.contains(t.normalized()) || HONORIFIC_FOLLOWERS.contains(t.stem())
                    || names.longestAt(text, tokens, next) != null
                    || titles.longestAt(text, tokens, next) != null || namedPersonAt(text, tokens, next)
                    || unknown.nameAt(text, tokens, next))) {
                return null; // «صاحب السمو الملكي الأمير محمد», «صاحب السمو الشيخ تميم»
            }
        }
        return pronoun;
    }

    /** Words after «صاحب السمو» that begin its holder's name or title. */
    private static final Set<String> HONORIFIC_FOLLOWERS = Set.of("الملكي", "ملكي", "الشيخ", "الامير", "السيد", "الملك", "الرئيس", "السلطان");

    private static final Set<String> HONORIFIC_NOUNS = Set.of("جلاله", "سياده", "فخامه", "سمو", "معالي", "سعاده", // not «دولة»: «دولة الإمارات»
            "السمو", "سماحه", "قداسه", "غبطه", // «صاحب السمو»
            "السيد", "سيد"); // «وقال السيد الرئيس» in a state wire: its own president
    private static final Set<String> GOVERNMENT = Set.of("وزراء", "الوزراء", "الحكومه", "حكومه", "مجلس");

    /** Whether a token («وسيادته» too) is an honorific pronoun the linker resolves to a person. */
    public static boolean isHonorific(String normalized) {
        return titlesOf(normalized) != null;
    }

    private static Set<String> titlesOf(String w) {
        String key = honorificOf(w);
        return key == null ? null : HONORIFICS.get(key);
    }

    /** The honorific pronoun a token is («سيادته», or «وسيادته» with its conjunction), or null. */
    private static String honorificOf(String w) {
        if (HONORIFICS.containsKey(w)) {
            return w;
        }
        return w.length() > 4 && (w.startsWith("و") || w.startsWith("ف")) && HONORIFICS.containsKey(w.substring(1)) ? w.substring(1) : null;
    }

    /**
     * Gives each honorific pronoun again to the person it stands for now that people the knowledge base does not
     * know are found too («معالي المهندس خالد الفالح … وأوضح معاليه»).
     */
    private static void honourAgain(String text, List<Segmenter.Token> honorifics, Map<String, List<Analysis.Mention>> mentions,
                                    Map<String, Actor> actors) {
        for (Segmenter.Token tok : honorifics) {
            Actor now = honoured(text, tok, mentions, actors);
            String was = null;
            Analysis.Mention mention = null;
            for (Map.Entry<String, List<Analysis.Mention>> e : mentions.entrySet()) {
                for (Analysis.Mention m : e.getValue()) {
                    if (m.end() == tok.end() && m.start() >= tok.start()) {
                        was = e.getKey();
                        mention = m;
                    }
                }
            }
            if (now == null || mention == null || now.id().equals(was)) {
                continue;
            }
            move(mentions, actors, was, mention, now);
        }
    }

    /** «نظيره», «نظيرها» and with a preposition on it («بنظيره», «لنظيرته»). */
    private static boolean counterpartWord(String stem) {
        String w = stem.startsWith("و") || stem.startsWith("ف") ? stem.substring(1) : stem;
        if (w.startsWith("ب") || w.startsWith("ل") || w.startsWith("ك")) {
            w = w.substring(1);
        }
        return w.startsWith("نظير");
    }

    /** Whether every office of the person began after the day: named by one word then, it is some other word or person. */
    private static boolean notYetKnown(Actor a, String date) {
        if (date == null || a.roles().isEmpty()) {
            return false;
        }
        String day = date.length() > 10 ? date.substring(0, 10) : date;
        return a.roles().stream().allMatch(r -> r.from() != null && r.from().compareTo(day.substring(0, Math.min(day.length(), r.from().length()))) > 0);
    }

    /** Honorifics between a title and the name it introduces (as token keys, without the article). */
    private static final Set<String> NAME_HONORIFICS = Set.of("امير", "اميره", "شيخ", "شيخه", "دكتور", "دكتوره", "مهندس",
            "مهندسه", "سيد", "سيده", "استاذ", "استاذه", "لواء", "فريق", "عميد", "مشير", "سفير");

    private static final Set<String> PRINCIPAL_OFFICES = Set.of("head_of_state", "head_of_government");

    /** The one person a mention before {@code at} already names by exactly these title words; null if none or several. */
    private static Actor calledSoBefore(List<String> key, int at, Map<String, List<Analysis.Mention>> mentions, Map<String, Actor> actors) {
        return onlyPersonWith(at, mentions, actors, m -> TokenTrie.keys(m.text()).equals(key));
    }

    /**
     * The one person named right after the same title of two words or more earlier in the story («والتقى رئيس
     * الجمهورية» after «استقبل رئيس الجمهورية قيس سعيد»), or null when none or several.
     */
    private static Actor namedWithTitle(String text, List<String> key, int at,
                                        Map<String, List<Analysis.Mention>> mentions, Map<String, Actor> actors) {
        return onlyPersonWith(at, mentions, actors, m -> {
            List<String> before = new ArrayList<>(TokenTrie.keys(text.substring(Math.max(0, m.start() - 60), m.start())));
            for (int drop = 0; drop < 2 && !before.isEmpty() && NAME_HONORIFICS.contains(before.get(before.size() - 1)); drop++) {
                before.remove(before.size() - 1); // «وزير الطاقة السعودي [الأمير] عبدالعزيز بن سلمان»
            }
            return before.size() >= key.size() && before.subList(before.size() - key.size(), before.size()).equals(key);
        });
    }

    /** The one person with a mention in the text (not the title) ending by {@code at} that passes the test; null if none or several. */
    private static Actor onlyPersonWith(int at, Map<String, List<Analysis.Mention>> mentions, Map<String, Actor> actors,
                                        java.util.function.Predicate<Analysis.Mention> test) {
        Actor found = null;
        for (Map.Entry<String, List<Analysis.Mention>> e : mentions.entrySet()) {
            Actor a = actors.get(e.getKey());
            if (a == null || !"PERSON".equals(a.type())) {
                continue;
            }
            for (Analysis.Mention m : e.getValue()) {
                if (!m.inTitle() && m.end() <= at && test.test(m)) {
                    if (found != null && found != a) {
                        return null;
                    }
                    found = a;
                }
            }
        }
        return found;
    }

    /** Words that go on an envoy's title in apposition to a name («المبعوث الأمريكي الخاص إلى اليمن»), folded. */
    private static final Set<String> POST_WORDS = Set.of("الخاص", "الخاصه", "الي", "لدي", "لشوون");

    /**
     * «تيم ليندركينغ المبعوث الأمريكي الخاص إلى اليمن»: the title at token i (two words) stands right after a person's name
     * and goes on with its post or ends the clause, so it is that person's (not «واستقبل الرئيس عون الموفد الأميركي»,
     * where the title is the object).
     */
    private static boolean appositionOf(String text, List<Segmenter.Token> tokens, int i, Map<String, List<Analysis.Mention>> mentions,
                                        Map<String, Actor> actors) {
        int at = tokens.get(i).start();
        boolean afterName = mentions.entrySet().stream().anyMatch(e -> actors.containsKey(e.getKey())
                && "PERSON".equals(actors.get(e.getKey()).type())
                && e.getValue().stream().anyMatch(m -> !m.inTitle() && m.end() <= at && (i == 0 || m.end() >= tokens.get(i - 1).end())
                && text.substring(m.end(), at).isBlank()));
        if (!afterName) {
            return false;
        }
        int next = i + 2;
        return next >= tokens.size() || !Character.isLetterOrDigit(tokens.get(next).text().charAt(0))
                || POST_WORDS.contains(tokens.get(next).normalized());
    }

    /**
     * The person last named before {@code at} with an envoy's title in the eight words right before the name (no mark
     * or other person between) or as the first word after it («المبعوث الأممي X», «X المبعوث الأممي الخاص إلى اليمن», «والمبعوث»), or null.
     */
    private static Actor envoyNamedBefore(List<Segmenter.Token> tokens, int at, Map<String, List<Analysis.Mention>> mentions,
                                          Map<String, Actor> actors) {
        Actor found = null;
        int foundAt = -1;
        boolean[] people = org.newsint.nlp.pipeline.TokenIndex.covered(tokens, mentions.entrySet().stream()
                .filter(e -> actors.containsKey(e.getKey()) && "PERSON".equals(actors.get(e.getKey()).type()))
                .map(Map.Entry::getValue).toList());
        for (Map.Entry<String, List<Analysis.Mention>> e : mentions.entrySet()) {
            Actor a = actors.get(e.getKey());
            if (a == null || !"PERSON".equals(a.type())) {
                continue;
            }
            for (Analysis.Mention m : e.getValue()) {
                if (m.inTitle() || m.end() > at || m.start() <= foundAt) {
                    continue;
                }
                if (ENVOY_TITLES.contains(ArabicText.fold(m.text().split("\\s+")[0]))) {
                    continue; // a mention that is itself the title («المبعوث الأممي») tells nothing more
                }
                int first = org.newsint.nlp.pipeline.TokenIndex.firstToken(tokens, m.start());
                int end = org.newsint.nlp.pipeline.TokenIndex.endToken(tokens, first, m.end());
                boolean titled = end < tokens.size() && envoyTitle(tokens.get(end).normalized());
                for (int k = first - 1; k >= Math.max(0, first - 8) && !titled && Character.isLetter(tokens.get(k).text().charAt(0))
                        && !people[k]; k--) {
                    titled = envoyTitle(tokens.get(k).normalized()); // «مبعوث الأمم المتحدة الخاص إلى اليمن X»
                }
                if (titled) {
                    found = a;
                    foundAt = m.start();
                }
            }
        }
        return found;
    }

    /** «المبعوث», «والمبعوث», «للمبعوث», «مبعوث»: an envoy's title word (folded). */
    private static boolean envoyTitle(String w) {
        return ENVOY_TITLES.contains(w) || w.length() > 4 && "وبل".indexOf(w.charAt(0)) >= 0 && ENVOY_TITLES.contains(w.substring(1))
                || w.startsWith("لل") && ENVOY_TITLES.contains("ال" + w.substring(2));
    }

    /** Heirs' offices: named without a country, the story's own country's («سمو ولي العهد» in a Saudi wire). */
    private static final Set<String> HEIRS = Set.of("crown_prince", "deputy_crown_prince");

    /** Honorifics of ministers, ambassadors and prime ministers: the one named last is meant, not the story's protagonist. */
    private static final Set<String> MINISTERIAL_HONORIFICS = Set.of("معاليه", "سعادته", "دولته");

    /**
     * The person an honorific pronoun stands for: the one named with the best-matching title («سيادة الرئيس X»,
     * «صاحب السمو الشيخ X» over «الرئيس X», «الشيخ X»), the first of them when several for a ruler's honorific (wires
     * keep «سموه», «جلالته», «سيادته» for the story's protagonist), the last of them for a minister's («معاليه»), else
     * the last named.
     */
    private static Actor honoured(String text, Segmenter.Token tok, Map<String, List<Analysis.Mention>> mentions,
                                  Map<String, Actor> actors) {
        String w = tok.normalized();
        String honorific = honorificOf(w);
        if (honorific == null) {
            return null;
        }
        return honoured(text, HONORIFICS.get(honorific), !MINISTERIAL_HONORIFICS.contains(honorific), w.endsWith("دولته"),
                tok.start(), mentions, actors, true);
    }

    /**
     * The person named before {@code at} with the best-matching title words (see above); with {@code orLast}, the
     * last person named when none has such a title.
     */
    private static Actor honoured(String text, Set<String> titles, boolean protagonist, boolean government, int at,
                                  Map<String, List<Analysis.Mention>> mentions, Map<String, Actor> actors, boolean orLast) {
        Actor titled = null;
        int titledAt = -1;
        int titledScore = 0;
        Actor last = null;
        int lastAt = -1;
        for (Map.Entry<String, List<Analysis.Mention>> e : mentions.entrySet()) {
            Actor a = actors.get(e.getKey());
            if (a == null || !"PERSON".equals(a.type())) {
                continue;
            }
            for (Analysis.Mention m : e.getValue()) {
                if (m.end() > at) {
                    continue;
                }
                if (m.start() > lastAt) {
                    last = a;
                    lastAt = m.start();
                }
                String[] words = ArabicText.fold(text.substring(Math.max(0, m.start() - 40), m.end())).split("[\\s،,]+");
                int score = 0;
                for (int k = 0; k < words.length; k++) {
                    String word = words[k];
                    if (word.length() > 2 && (word.startsWith("و") || word.startsWith("ب"))
                            && titles.contains(word.substring(1))) {
                        word = word.substring(1);
                    }
                    if (!titles.contains(word)) {
                        continue;
                    }
                    boolean headOfGovernment = k + 1 < words.length && GOVERNMENT.contains(words[k + 1]);
                    if (HONORIFIC_NOUNS.contains(word)) {
                        score = Math.max(score, 2); // «سيادة الرئيس محمود عباس» for «سيادته»
                    } else if (!(headOfGovernment && !government)) {
                        score = Math.max(score, 1); // «الرئيس X»; not «رئيس وزراء X» for «سيادته»
                    }
                }
                if (score > 0 && (score > titledScore || score == titledScore && (protagonist ? m.start() < titledAt : m.start() > titledAt))) {
                    titled = a;
                    titledAt = m.start();
                    titledScore = score;
                }
            }
        }
        return titled != null ? titled : orLast ? last : null;
    }

    /** «الرئيس الأمريكي السابق»: not whoever holds the office on the story's day. */
    private static final Set<String> FORMER = Set.of("السابق", "السابقه", "الاسبق", "الاسبقه", "الراحل", "الراحله");
    private static final Set<String> QUALIFIERS = Set.of("خاص", "خاصه", "شخصي", "شخصيه", "اممي", "امميه");
    private static final Set<String> DEPUTY_HEADS = Set.of("مبعوث", "مبعوثه", "مستشار", "مستشاره", "مساعد", "مساعده",
            "ممثل", "ممثله", "متحدث", "متحدثه", "ناطق", "ناطقه", "مدير", "مديره", "سكرتير", "مكتب", "ديوان",
            "نائب", "نائبه", // «نائب الرئيس الأمريكي» is not the president («نائب وزير الخارجية» is a title of its own)
            "مستشاري", "مساعدي", "مبعوثي"); // «كبير مستشاري الرئيس الأميركي»: one of the president's advisers

    /**
     * «رئيس الوزراء وزير الخارجية القطري الشيخ محمد بن عبد الرحمن»: a bare title right before a title of another office
     * whose person, named within a few words, holds the first title's office too, is that person's (not whoever held it
     * before).
     */
    private boolean heldByTheNextNamed(String text, List<Segmenter.Token> tokens, int end, RoleLexicon.Title t, String date) {
        TokenTrie.Match<RoleLexicon.Title> next = end < tokens.size() ? titles.longestAt(text, tokens, end) : null;
        if (next == null || date == null || next.values().stream().anyMatch(n -> n.role().equals(t.role()))) {
            return false; // «يلتقي الملك الرئيس الأمريكي دونالد ترامب»: two heads of state, two people
        }
        for (int j = next.endToken(); j < Math.min(tokens.size(), next.endToken() + 3); j++) {
            TokenTrie.Match<String> name = names.longestAt(text, tokens, j);
            if (name != null) {
                return holdsOffice(name, t.role(), date);
            }
        }
        return false;
    }

    /**
     * «وزير الخارجية الأستاذ عادل الجبير»: a bare title, one or two honorifics or ranks, then a person who holds that office
     * that day: the title is his (not the last holder named: «استقبل الرئيس السيد X» is two people).
     */
    private boolean holderNamedAfterHonorifics(String text, List<Segmenter.Token> tokens, int end, RoleLexicon.Title t, String date) {
        int j = end;
        while (j < tokens.size() && j < end + 3 && (RANKS.contains(tokens.get(j).normalized()) || "ركن".equals(tokens.get(j).normalized())
                || NAME_HONORIFICS.contains(Segmenter.stripArticle(tokens.get(j).normalized())))) {
            j++;
        }
        TokenTrie.Match<String> name = j > end && j < tokens.size() && date != null ? names.longestAt(text, tokens, j) : null;
        return name != null && holdsOffice(name, t.role(), date);
    }

    /** Whether one reading of a matched name is a person holding {@code role} on {@code date}. */
    private boolean holdsOffice(TokenTrie.Match<String> name, String role, String date) {
        return name.values().stream().map(id -> kb.get(id).orElseThrow()).anyMatch(a -> "PERSON".equals(a.type())
                && a.roles().stream().anyMatch(r -> r.role().equals(role) && heldAt(r, date)));
    }

    /** Whether a person's name follows (after an optional comma): the title then describes that person. */
    private boolean namedPersonAt(String text, List<Segmenter.Token> tokens, int j) {
        if (j < tokens.size() && (tokens.get(j).text().equals("،") || tokens.get(j).text().equals(","))) {
            j++;
        }
        if (j >= tokens.size()) {
            return false;
        }
        TokenTrie.Match<String> name = names.longestAt(text, tokens, j);
        return name != null && name.values().stream().map(id -> kb.get(id).orElseThrow()).anyMatch(a -> "PERSON".equals(a.type()));
    }

    private static String roleAt(Actor person, String date) {
        if (date == null) {
            return null;
        }
        return person.roles().stream().filter(r -> heldAt(r, date) && !"official".equals(r.role()))
                .map(Actor.Role::role).findFirst().orElse(null);
    }

    private Actor choose(Set<String> ids, String publishedAt) {
        Actor first = null;
        for (String id : ids) {
            Actor a = kb.get(id).orElseThrow();
            if (first == null) {
                first = a;
            }
            if (publishedAt != null && a.roles().stream().anyMatch(r -> heldAt(r, publishedAt))) {
                return a;
            }
        }
        return first;
    }

    /** Whether an office was held on a day; terms given to the month or year count the whole month or year. */
    static boolean heldAt(Actor.Role r, String date) {
        if (date == null || date.length() < 10) {
            return false;
        }
        String day = date.substring(0, 10);
        return (r.from() == null || r.from().compareTo(day) <= 0)
                && (r.to() == null || day.compareTo(r.to()) <= 0 || day.startsWith(r.to()));
    }

    static Analysis.Entity entity(Actor a) {
        return new Analysis.Entity(a.id(), a.name(), Analysis.EntityType.valueOf(a.type()), a.wikidata());
    }
}
