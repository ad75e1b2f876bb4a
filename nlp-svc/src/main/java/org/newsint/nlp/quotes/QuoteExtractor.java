package org.newsint.nlp.quotes;

import org.newsint.nlp.pipeline.Analysis;
import org.newsint.text.ArabicText;
import org.newsint.text.Segment;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Direct quotations («…», “…”, ”…“, "…") attributed to a speaker: the subject of the reporting verb before
 * the quotation in its sentence (see {@link #speakerOf}); with nobody named, a continuation («وأضاف»,
 * «وتابع», «واستطرد», «مشددا») keeps the previous speaker. Short quoted phrases (scare quotes such as
 * "العدوان الروسي") are not quotations.
 */
public final class QuoteExtractor {

    /** Fewer words than this inside the marks is a quoted phrase, not a quotation. */
    private static final int MIN_WORDS = 4;
    private static final Set<String> CONTINUATIONS = Set.of("اضاف", "تابع", "استطرد", "اردف", "مضيفا", "متابعا",
            "واضاف", "وتابع", "واستطرد", "واردف", "اضافت", "واضافت", "تابعت", "وتابعت");

    private record Span(int start, int end, String entityId, Analysis.EntityType type) {
    }

    public List<Analysis.Quote> extract(String text, List<Segment> paragraphs, List<Analysis.Sentence> sentences,
                                        List<Analysis.EntityMentions> entities) {
        List<Span> mentions = new ArrayList<>();
        for (Analysis.EntityMentions em : entities) {
            if (em.entity().type() == Analysis.EntityType.PERSON || em.entity().type() == Analysis.EntityType.ORG) {
                for (Analysis.Mention m : em.mentions()) {
                    mentions.add(new Span(m.start(), m.end(), em.entity().id(), em.entity().type()));
                }
            }
        }
        mentions.sort(Comparator.comparingInt(Span::start));
        List<Analysis.Quote> out = new ArrayList<>();
        String lastSpeaker = null;
        for (Segment p : paragraphs) {
            for (int[] q : quotedSpans(text, p.start(), p.end())) {
                String inner = text.substring(q[0] + 1, q[1] - 1).strip();
                if (inner.split("\\s+").length < MIN_WORDS) {
                    continue;
                }
                int from = sentenceStart(sentences, q[0], p.start());
                List<Span> before = mentions.stream()
                        .filter(m -> m.start() >= from && m.end() <= q[0] && !insideQuote(text, from, m.start())).toList();
                String speaker = speakerOf(text, from, q[0], before, lastSpeaker);
                out.add(new Analysis.Quote(speaker, inner, q[0] + 1, q[1] - 1, false));
                if (speaker != null) {
                    lastSpeaker = speaker;
                }
            }
        }
        return out;
    }

    /**
     * The subject of the last reporting verb before the quotation: a name right before the verb («بلينكن جدد»),
     * else the first name after it («وقال بلينكن»); a verb with no name of its own («مشددا على», «وأضاف»)
     * continues the previous speaker. Without a reporting verb, the last name before the quotation.
     */
    private static String speakerOf(String text, int from, int quote, List<Span> before, String lastSpeaker) {
        int verbStart = -1;
        int verbEnd = -1;
        Matcher w = WORD.matcher(text).region(from, quote);
        while (w.find()) {
            String f = ArabicText.fold(w.group());
            if (REPORTING.contains(f) || (f.length() > 3 && "وف".indexOf(f.charAt(0)) >= 0 && REPORTING.contains(f.substring(1)))) {
                verbStart = w.start();
                verbEnd = w.end();
            }
        }
        if (verbStart < 0) {
            return before.isEmpty() ? (continues(text.substring(from, quote)) ? lastSpeaker : null)
                    : before.get(before.size() - 1).entityId();
        }
        for (Span m : before) {
            if (m.end() <= verbStart && text.substring(m.end(), verbStart).strip().length() <= 1) {
                return m.entityId();
            }
        }
        for (Span m : before) {
            if (m.start() >= verbEnd) {
                return m.entityId();
            }
        }
        return lastSpeaker;
    }

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{M}]+");
    /** Reporting verbs and participles, in matching form (no clitic). */
    private static final Set<String> REPORTING = Set.of("قال", "قالت", "اكد", "اكدت", "اضاف", "اضافت", "اشار", "اشارت",
            "شدد", "شددت", "اعلن", "اعلنت", "ذكر", "ذكرت", "اوضح", "اوضحت", "لفت", "لفتت", "تابع", "تابعت", "استطرد",
            "حذر", "حذرت", "دعا", "دعت", "صرح", "صرحت", "جدد", "جددت", "ابلغ", "ابلغت", "اعرب", "اعربت", "اردف",
            "مشددا", "مؤكدا", "مضيفا", "لافتا", "داعيا", "معتبرا", "قائلا", "محذرا", "موضحا", "مشيرا", "متابعا");

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

    private static int sentenceStart(List<Analysis.Sentence> sentences, int at, int paragraphStart) {
        int start = paragraphStart;
        for (Analysis.Sentence s : sentences) {
            if (s.segment().start() <= at && s.segment().start() >= start) {
                start = s.segment().start();
            }
        }
        return start;
    }

    /** Whether a position lies inside an earlier quotation of the same stretch (an odd number of marks before it). */
    private static boolean insideQuote(String text, int from, int at) {
        int marks = 0;
        for (int i = from; i < at; i++) {
            char c = text.charAt(i);
            if (c == '"' || c == '«' || c == '»' || c == '“' || c == '”') {
                marks++;
            }
        }
        return marks % 2 == 1;
    }

    private static boolean continues(String before) {
        for (String w : ArabicText.fold(before).split("[\\s،,:]+")) {
            if (CONTINUATIONS.contains(w)) {
                return true;
            }
        }
        return false;
    }
}
