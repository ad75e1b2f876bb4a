package org.newsint.text.dates;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.chrono.HijrahDate;
import java.time.temporal.ChronoField;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.newsint.text.dates.DateLexicon.Duration;
import org.newsint.text.dates.DateLexicon.Month;
import org.newsint.text.dates.DateLexicon.Unit;
import org.newsint.text.dates.DateLexicon.Weekday;
import org.newsint.text.dates.FoldedText.Kind;
import org.newsint.text.dates.FoldedText.Token;

/**
 * The date grammar, run once over one text. Works on the tokens of the folded text; at each token every rule
 * is tried and the longest match wins, then scanning resumes after it.
 *
 * <p>Spans cover the date words themselves (numbers, month and weekday names, relative words with their
 * الماضي/المقبل), not the words that introduce them (في، يوم، شهر، عام، مطلع، أوائل) nor the clitics و/ف/ب.
 */
final class DateParser {

    /** Gregorian years accepted next to a month name; «عام 1500» with a keyword accepts a wider range. */
    private static final int MIN_YEAR_NEAR_MONTH = 1800;
    private static final int MAX_YEAR_NEAR_MONTH = 2199;
    private static final int MIN_YEAR_KEYWORD = 1000;
    private static final int MAX_YEAR_KEYWORD = 2999;
    /** A date inferred without a year may be at most this far after publication. */
    private static final int MAX_FUTURE_DAYS = 183;

    private static final String CLAUSE_PUNCT = "،,.:؛;()-–—\"«»";

    /** A match: token range [startTok, endTok), folded start character (after clitics). */
    private record Cand(int startTok, int startChar, int endTok, String value, Precision precision,
                        boolean relative, boolean weekday, List<Cand> extras, String ahead) {

        Cand(int startTok, int startChar, int endTok, String value, Precision precision, boolean relative) {
            this(startTok, startChar, endTok, value, precision, relative, false, List.of());
        }

        Cand(int startTok, int startChar, int endTok, String value, Precision precision, boolean relative,
             boolean weekday, List<Cand> extras) {
            this(startTok, startChar, endTok, value, precision, relative, weekday, extras, null);
        }
    }

    /** A lexicon phrase found at a token: value, number of tokens, clitic letters before the key, key. */
    private record Phrase<V>(V value, int tokens, int clitic, String key) {
    }

    private final DateLexicon lex;
    private final FoldedText ft;
    private final List<Token> t;
    private final LocalDate pub;
    private final String source;

    DateParser(DateLexicon lex, String source, LocalDate published) {
        this.lex = lex;
        this.source = source;
        this.ft = FoldedText.of(source);
        this.t = ft.tokens;
        this.pub = published;
    }

    List<DateMention> run() {
        List<Cand> found = new ArrayList<>();
        int i = 0;
        while (i < t.size()) {
            Cand best = null;
            for (Cand c : new Cand[] {absolute(i), numeric(i), yearOnly(i), relativeDay(i), relativeUnit(i),
                    weekday(i), ago(i)}) {
                if (c != null && (best == null || c.endTok() > best.endTok())) {
                    best = c;
                }
            }
            if (best == null) {
                i++;
            } else {
                found.add(best);
                i = best.endTok();
            }
        }
        List<DateMention> out = new ArrayList<>();
        for (Cand c : mergeWeekdayWithDate(found)) {
            out.add(mention(c));
            for (Cand x : c.extras()) {
                out.add(mention(x));
            }
        }
        out.sort(Comparator.comparingInt(DateMention::start).thenComparing(m -> -m.end()));
        return out;
    }

    private DateMention mention(Cand c) {
        int start = ft.sourceStart(c.startChar());
        int end = ft.sourceEnd(t.get(c.endTok() - 1).end());
        return new DateMention(start, end, source.substring(start, end), c.value(), c.precision(), c.relative(), c.ahead());
    }

    // ---------------------------------------------------------------- absolute: day? month year?

    private Cand absolute(int i) {
        Token a = tok(i);
        if (a == null) {
            return null;
        }
        int j;
        int startTok = -1;
        int startChar = -1;
        Integer day = null;
        Integer day2 = null;
        int day2Tok = -1;
        int numAt = -1;
        int numStartChar = -1;
        if (a.kind() == Kind.NUM) {
            numAt = i;
            numStartChar = a.start();
        } else if (a.kind() == Kind.WORD && glued(i + 1, Kind.NUM)) {
            // «الـ12», «والـ12», «و12»
            String w = a.text();
            if (w.equals("ال")) {
                numAt = i + 1;
                numStartChar = a.start();
            } else if (w.equals("وال") || w.equals("فال")) {
                numAt = i + 1;
                numStartChar = a.start() + 1;
            } else if (w.equals("و") || w.equals("ف")) {
                numAt = i + 1;
                numStartChar = tok(i + 1).start();
            }
        }
        if (numAt >= 0) {
            day = smallNumber(tok(numAt), 2);
            if (day == null) {
                return null;
            }
            startTok = numStartChar == tok(numAt).start() ? numAt : i;
            startChar = numStartChar;
            j = numAt + 1;
            // a range «9 و10», «9-10», «من 9 إلى 12»
            int second = -1;
            if (isWord(j, "و") && isKind(j + 1, Kind.NUM)) {
                second = j + 1;
            } else if (isPunct(j, "-–") && isKind(j + 1, Kind.NUM)) {
                second = j + 1;
            } else if (wordIn(j, lex.rangeWords) && isKind(j + 1, Kind.NUM)) {
                second = j + 1;
            }
            if (second >= 0) {
                Integer d2 = smallNumber(tok(second), 2);
                if (d2 != null && d2 > day) {
                    day2 = d2;
                    day2Tok = second;
                    j = second + 1;
                }
            }
            if (isWord(j, "من")) {
                j++;
            }
        } else {
            Phrase<Integer> o = phrase(i, lex.ordinals, true);
            if (o != null && wordIn(i - 1, PART_OF)) {
                return null; // «النصف الثاني من الشهر», «الأسبوع الأول من مارس»: a part of a month, not a day
            }
            if (o == null || !isWord(i + o.tokens(), "من")) {
                return monthAndYear(i, null, null, -1, -1, -1); // a month without a day
            }
            day = o.value();
            startTok = i;
            startChar = a.start() + o.clitic();
            j = i + o.tokens() + 1;
        }
        if (unitAt(j) == Unit.MONTH && dirAt(j + 1) != null) {
            return dayOfRelativeMonth(j + 2, dirAt(j + 1), day, day2, day2Tok, startTok, startChar);
        }
        return monthAndYear(j, day, day2, day2Tok, startTok, startChar);
    }

    /** «12 من الشهر الجاري», «الـ3 من الشهر الماضي». */
    private Cand dayOfRelativeMonth(int end, int dir, int day, Integer day2, int day2Tok, int startTok,
                                    int startChar) {
        YearMonth ym = pub == null ? null : YearMonth.from(pub).plusMonths(dir);
        List<Cand> extras = day2 == null ? List.of()
                : List.of(new Cand(day2Tok, tok(day2Tok).start(), end, dayOf(ym, day2), Precision.DAY, true));
        return new Cand(startTok, startChar, end, dayOf(ym, day), Precision.DAY, true, false, extras);
    }

    private static String dayOf(YearMonth ym, int day) {
        return ym == null || !ym.isValidDay(day) ? null : ym.atDay(day).toString();
    }

    /** A month name with optional year after it, also tried on its own at every token. */
    private Cand monthAndYear(int j, Integer day, Integer day2, int day2Tok, int startTok, int startChar) {
        boolean hasDay = day != null;
        Phrase<Month> m = phrase(j, lex.months, !hasDay);
        if (m == null) {
            return null;
        }
        if (!hasDay) {
            startTok = j;
            startChar = tok(j).start() + m.clitic();
        }
        Month month = m.value();
        int level = month.level();
        j += m.tokens();
        // «شباط/فبراير», «كانون الثاني (يناير)»
        if (isPunct(j, "/-(")) {
            Phrase<Month> m2 = phrase(j + 1, lex.months, false);
            if (m2 != null) {
                boolean paren = isPunct(j, "(");
                j += 1 + m2.tokens();
                if (paren && isPunct(j, ")")) {
                    j++;
                }
                level = 0; // two month names side by side are never a verb
            }
        }
        boolean hijri = month.calendar() == 'H';
        Integer year = null;
        Integer yearRel = null;
        Integer dir = null;
        int y = j;
        if (isPunct(y, "،,") && isKind(y + 1, Kind.NUM)) {
            y++;
        }
        if (isWord(y, "من") && (wordIn(y + 1, lex.yearKeywords) || unitAt(y + 1) == Unit.YEAR
                || wordIn(y + 1, lex.thisWords))) {
            y++; // «من العام 2021», «من العام الماضي», «من هذا العام»
        }
        Integer yv = yearNumber(y, hijri, MIN_YEAR_NEAR_MONTH, MAX_YEAR_NEAR_MONTH);
        if (yv == null && wordIn(y, lex.yearKeywords)) {
            yv = yearNumber(y + 1, hijri, MIN_YEAR_KEYWORD, MAX_YEAR_KEYWORD);
            if (yv != null) {
                y++;
            }
        }
        if (yv != null) {
            year = yv;
            j = y + 1;
            if (wordIn(j, lex.hijriSuffixes) || wordIn(j, lex.gregorianSuffixes)) {
                j++;
            }
        } else if (unitAt(y) == Unit.YEAR && dirAt(y + 1) != null) {
            yearRel = dirAt(y + 1);
            j = y + 2;
        } else if (wordIn(y, lex.thisWords) && unitAt(y + 1) == Unit.YEAR) {
            yearRel = 0;
            j = y + 2;
        } else if (dirAt(j) != null) {
            dir = dirAt(j);
            j++;
        }
        boolean hasYear = year != null || yearRel != null;
        if (hijri) {
            if (!hasDay && !hasYear || level >= 3 && year == null) {
                return null;
            }
        } else if (!hasDay && !hasYear && dir == null) {
            if (level >= 3 || level == 2 && !prevIn(startTok, lex.strictMonthContext)
                    || level == 1 && !prevIn(startTok, lex.monthContext)) {
                return null;
            }
        } else if (!hasDay && !hasYear && level >= 3) {
            return null;
        }
        if (hasDay && day > (hijri ? 30 : 31)) {
            return null;
        }
        int mon = month.month();
        Integer resolvedYear = year != null ? year : resolveYear(hijri, day, mon, yearRel, dir);
        boolean relative = year == null;
        Precision precision = hasDay ? Precision.DAY : Precision.MONTH;
        List<Cand> extras = List.of();
        if (day2 != null) {
            extras = List.of(new Cand(day2Tok, tok(day2Tok).start(), j,
                    value(hijri, resolvedYear, mon, day2), Precision.DAY, relative));
        }
        return new Cand(startTok, startChar, j, value(hijri, resolvedYear, mon, day), precision, relative,
                false, extras);
    }

    private Integer yearNumber(int k, boolean hijri, int min, int max) {
        Token y = tok(k);
        if (y == null || y.kind() != Kind.NUM) {
            return null;
        }
        int len = y.text().length();
        if (hijri) {
            return len >= 3 && len <= 4 ? Integer.parseInt(y.text()) : null;
        }
        if (len != 4) {
            return null;
        }
        int v = Integer.parseInt(y.text());
        return v >= min && v <= max ? v : null;
    }

    /** The value of a day (or month, when day is null) in the given calendar; null if impossible. */
    private static String value(boolean hijri, Integer year, int month, Integer day) {
        if (year == null) {
            return null;
        }
        LocalDate d = date(hijri, year, month, day == null ? 1 : day);
        if (d == null) {
            return null;
        }
        return day == null ? YearMonth.from(d).toString() : d.toString();
    }

    private static LocalDate date(boolean hijri, int year, int month, int day) {
        try {
            return hijri ? LocalDate.from(HijrahDate.of(year, month, day)) : LocalDate.of(year, month, day);
        } catch (DateTimeException e) {
            return null;
        }
    }

    /**
     * The year (Gregorian or Hijri) of a day/month given without one: الجاري = this year; الماضي = the latest
     * before publication; المقبل = the earliest after; none = the nearest to publication, at most
     * {@value #MAX_FUTURE_DAYS} days ahead.
     */
    private Integer resolveYear(boolean hijri, Integer day, int month, Integer yearRel, Integer dir) {
        if (pub == null) {
            return null;
        }
        int base;
        try {
            base = hijri ? HijrahDate.from(pub).get(ChronoField.YEAR) : pub.getYear();
        } catch (DateTimeException e) {
            return null; // publication date outside the Umm al-Qura table (before 1300 AH / 1882)
        }
        if (yearRel != null) {
            return base + yearRel;
        }
        if (dir != null && dir == 0) {
            return base;
        }
        LocalDate monthStart = hijri ? null : pub.withDayOfMonth(1);
        Integer best = null;
        long bestDistance = Long.MAX_VALUE;
        for (int y = base - 1; y <= base + 1; y++) {
            LocalDate d = date(hijri, y, month, day == null ? 1 : day);
            if (d == null) {
                continue;
            }
            boolean ok;
            long distance;
            if (day == null) {
                // month only (Gregorian): compare months, and the middle of the month for nearness
                ok = dir == null ? !d.isAfter(pub.plusDays(MAX_FUTURE_DAYS))
                        : dir < 0 ? d.isBefore(monthStart) : d.isAfter(monthStart);
                distance = Math.abs(d.plusDays(14).toEpochDay() - pub.toEpochDay());
            } else {
                ok = dir == null ? !d.isAfter(pub.plusDays(MAX_FUTURE_DAYS))
                        : dir < 0 ? d.isBefore(pub) : d.isAfter(pub);
                distance = Math.abs(d.toEpochDay() - pub.toEpochDay());
            }
            if (ok && distance < bestDistance) {
                best = y;
                bestDistance = distance;
            }
        }
        return best;
    }

    // ---------------------------------------------------------------- numeric: 12/02/2022, 2022-02-12

    private Cand numeric(int i) {
        Token a = tok(i);
        Token s1 = tok(i + 1);
        Token s2 = tok(i + 3);
        if (a == null || a.kind() != Kind.NUM || !isPunct(i + 1, "/-.") || !glued(i + 1, Kind.PUNCT)
                || !glued(i + 2, Kind.NUM) || !glued(i + 3, Kind.PUNCT) || !s2.text().equals(s1.text())
                || !glued(i + 4, Kind.NUM)) {
            return null;
        }
        if (glued(i + 5, Kind.PUNCT) && tok(i + 5).text().equals(s1.text())
                || i > 0 && isPunct(i - 1, "/-.") && !a.spaceBefore()) {
            return null; // part of a longer dotted/slashed sequence
        }
        String x = a.text();
        String m = tok(i + 2).text();
        String z = tok(i + 4).text();
        if (m.length() > 2) {
            return null;
        }
        LocalDate d;
        if (x.length() == 4 && z.length() <= 2) {
            d = date(false, Integer.parseInt(x), Integer.parseInt(m), Integer.parseInt(z));
        } else if (z.length() == 4 && x.length() <= 2) {
            d = date(false, Integer.parseInt(z), Integer.parseInt(m), Integer.parseInt(x));
        } else {
            return null;
        }
        if (d == null || d.getYear() < MIN_YEAR_KEYWORD) {
            return null;
        }
        return new Cand(i, a.start(), i + 5, d.toString(), Precision.DAY, false);
    }

    // ---------------------------------------------------------------- a year alone: «عام 2022», «2022م»

    private Cand yearOnly(int i) {
        if (wordIn(i, lex.yearKeywords) && isKind(i + 1, Kind.NUM)) {
            Integer y = yearNumber(i + 1, false, MIN_YEAR_KEYWORD, MAX_YEAR_KEYWORD);
            if (y == null || wordIn(i + 2, lex.hijriSuffixes)) {
                return null; // a Hijri year alone is not resolved
            }
            int end = wordIn(i + 2, lex.gregorianSuffixes) ? i + 3 : i + 2;
            return new Cand(i + 1, tok(i + 1).start(), end, String.valueOf(y), Precision.YEAR, false);
        }
        Integer y = yearNumber(i, false, MIN_YEAR_KEYWORD, MAX_YEAR_KEYWORD);
        if (y != null && wordIn(i + 1, lex.gregorianSuffixes)) {
            return new Cand(i, tok(i).start(), i + 2, String.valueOf(y), Precision.YEAR, false);
        }
        return null;
    }

    // ---------------------------------------------------------------- اليوم، أمس، غدا (+ weekday)

    private Cand relativeDay(int i) {
        Phrase<Integer> p = phrase(i, lex.dayOffsets, true);
        if (p == null) {
            return null;
        }
        int end = i + p.tokens();
        Phrase<Weekday> wd = phrase(end, lex.weekdays, false);
        if (p.value() == 0 && p.tokens() == 1 && wd == null) {
            // «اليوم التالي», «اليوم العالمي», «في اليوم», «المصري اليوم»: the day, not today
            if (wordIn(end, lex.todayBlockAfter) || phrase(end, lex.ordinals, false) != null
                    || prevIn(i, lex.todayBlockBefore) && p.clitic() == 0) {
                return null;
            }
        }
        if (wd != null) {
            end++;
        }
        String v = pub == null ? null : pub.plusDays(p.value()).toString();
        return new Cand(i, tok(i).start() + p.clitic(), end, v, Precision.DAY, true, wd != null, List.of());
    }

    // ---------------------------------------------------------------- الأسبوع/الشهر/العام + الماضي، هذا العام

    private Cand relativeUnit(int i) {
        Unit unit;
        int dir;
        int startChar;
        if (wordIn(i, lex.thisWords) && unitAt(i + 1) != null) {
            unit = unitAt(i + 1);
            dir = 0;
            startChar = tok(i).start() + cliticOf(i, lex.thisWords);
        } else if (unitAt(i) == Unit.WEEK && dirAt(i + 1) == null && prevIn(i, lex.weekParts)) {
            // «مطلع الأسبوع», «نهاية الأسبوع»: this week, its day not told
            return new Cand(i, tok(i).start(), i + 1, pub == null ? null : pub.toString(), Precision.WEEK, true);
        } else {
            Phrase<Unit> u = phrase(i, lex.units, true);
            if (u == null || dirAt(i + 1) == null) {
                return null;
            }
            unit = u.value();
            dir = dirAt(i + 1);
            startChar = tok(i).start() + u.clitic();
            // «الأمين العام المقبل», «المدعي العام الحالي»: العام is the adjective "general"
            if (u.key().equals("العام") && u.clitic() == 0 && prevIn(i, lex.generalNouns)) {
                return null;
            }
        }
        String v = null;
        Precision precision;
        switch (unit) {
            case WEEK -> {
                precision = Precision.WEEK;
                v = pub == null ? null : pub.plusWeeks(dir).toString();
            }
            case MONTH -> {
                precision = Precision.MONTH;
                v = pub == null ? null : YearMonth.from(pub).plusMonths(dir).toString();
            }
            default -> {
                precision = Precision.YEAR;
                v = pub == null ? null : String.valueOf(pub.getYear() + dir);
            }
        }
        return new Cand(i, startChar, i + 2, v, precision, true);
    }

    // ---------------------------------------------------------------- الأحد، يوم الأحد، الأربعاء الماضي

    private Cand weekday(int i) {
        Phrase<Weekday> p = phrase(i, lex.weekdays, true);
        if (p == null || p.clitic() == 0 && prevIn(i, lex.weekdayBlockBefore)) {
            return null;
        }
        int end = i + 1;
        Integer dir = dirAt(end);
        if (dir != null && dir != 0) {
            end++;
        } else {
            dir = null;
        }
        if (p.value().level() >= 1 && dir == null) {
            boolean supported = p.clitic() == 0 && prevIn(i, lex.weekdayContext)
                    || i == 0 || isPunct(i - 1, CLAUSE_PUNCT) || isPunct(end, CLAUSE_PUNCT)
                    || isKind(end, Kind.NUM) || wordIn(end, lex.linkWords) || wordIn(end, lex.weekdayAfter)
                    || p.clitic() == 0 && placeBefore(i);
            if (!supported) {
                return null;
            }
        }
        String v = null;
        String ahead = null;
        if (pub != null) {
            var adjuster = dir == null ? TemporalAdjusters.previousOrSame(p.value().day())
                    : dir < 0 ? TemporalAdjusters.previous(p.value().day())
                    : TemporalAdjusters.next(p.value().day());
            v = pub.with(adjuster).toString();
            if (dir == null && !pub.toString().equals(v)) {
                ahead = pub.with(TemporalAdjusters.next(p.value().day())).toString(); // a plan's «الأربعاء»
            }
        }
        return new Cand(i, tok(i).start() + p.clitic(), end, v, Precision.DAY, true, true, List.of(), ahead);
    }

    // ---------------------------------------------------------------- قبل يومين، قبل ثلاثة أيام

    private Cand ago(int i) {
        if (!wordIn(i, lex.agoWords)) {
            return null;
        }
        int j = i + 1;
        Integer count = smallNumber(tok(j), 3);
        if (count != null) {
            j++;
        } else {
            Phrase<Integer> n = phrase(j, lex.numbers, false);
            if (n != null) {
                count = n.value();
                j += n.tokens();
            }
        }
        Phrase<Duration> d = phrase(j, lex.durations, false);
        if (d == null) {
            return null;
        }
        Duration du = d.value();
        j++;
        if (count == null) {
            if (du.count() == 0) {
                return null;
            }
            count = du.count();
            // «قبل يوم الانتخابات», «قبل عام 2020», «قبل شهر رمضان»: a construct, not a duration
            if (du.count() == 1 && (isKind(j, Kind.NUM) || word(j) != null && word(j).startsWith("ال")
                    || phrase(j, lex.months, false) != null)) {
                return null;
            }
        } else if (du.count() == 2 || count == 0) {
            return null;
        }
        if (isWord(j, "من")) {
            return null; // «قبل يومين من الانتخابات»: counted from another event
        }
        String v = null;
        Precision precision = Precision.DAY;
        switch (du.unit()) {
            case DAY -> v = pub == null ? null : pub.minusDays(count).toString();
            case WEEK -> {
                precision = Precision.WEEK; // «قبل أسبوعين»: the week is known, not the day
                v = pub == null ? null : pub.minusWeeks(count).toString();
            }
            case MONTH -> {
                precision = Precision.MONTH;
                v = pub == null ? null : YearMonth.from(pub).minusMonths(count).toString();
            }
            case YEAR -> {
                precision = Precision.YEAR;
                v = pub == null ? null : String.valueOf(pub.getYear() - count);
            }
        }
        return new Cand(i, tok(i).start() + cliticOf(i, lex.agoWords), j, v, precision, true);
    }

    // ---------------------------------------------------------------- «الأحد 12 فبراير 2022» as one mention

    private List<Cand> mergeWeekdayWithDate(List<Cand> found) {
        List<Cand> out = new ArrayList<>();
        for (int k = 0; k < found.size(); k++) {
            Cand a = found.get(k);
            if (a.weekday() && k + 1 < found.size()) {
                Cand b = found.get(k + 1);
                if (b.precision() == Precision.DAY && !b.weekday() && onlyLinkBetween(a.endTok(), b.startTok())) {
                    out.add(new Cand(a.startTok(), a.startChar(), b.endTok(), b.value(), b.precision(),
                            b.relative(), false, b.extras()));
                    k++;
                    continue;
                }
            }
            out.add(a);
        }
        return out;
    }

    private boolean onlyLinkBetween(int from, int to) {
        if (to - from > 2) {
            return false;
        }
        for (int k = from; k < to; k++) {
            if (!isPunct(k, "،,-–") && !wordIn(k, lex.linkWords)) {
                return false;
            }
        }
        return true;
    }

    // ---------------------------------------------------------------- token helpers

    /** Words naming a part of a month: an ordinal after them is not a day. */
    private static final Set<String> PART_OF = Set.of("النصف", "نصف", "الاسبوع", "اسبوع", "الثلث", "ثلث", "الربع",
            "ربع", "العشر", "عشر", "الشطر", "الجزء", "الايام", "الاسابيع");

    /**
     * «وفي مسقط الاثنين», «، في عدن الاثنين»: «في» opening a clause (after «و», punctuation or at the start), one word,
     * then the weekday. Not «ثقة في قدرة الاثنين», where «الاثنين» is "the two".
     */
    private boolean placeBefore(int i) {
        String in = word(i - 2);
        if (in == null || word(i - 1) == null || !tok(i - 1).spaceBefore() || !tok(i).spaceBefore()) {
            return false;
        }
        boolean joined = in.length() > 2 && in.charAt(0) == 'و';
        if (!lex.weekdayPlaceBefore.contains(joined ? in.substring(1) : in)) {
            return false;
        }
        return joined || i == 2 || isPunct(i - 3, CLAUSE_PUNCT);
    }

    private Token tok(int i) {
        return i >= 0 && i < t.size() ? t.get(i) : null;
    }

    private String word(int i) {
        Token x = tok(i);
        return x != null && x.kind() == Kind.WORD ? x.text() : null;
    }

    private boolean isWord(int i, String w) {
        return w.equals(word(i));
    }

    private boolean isKind(int i, Kind kind) {
        Token x = tok(i);
        return x != null && x.kind() == kind;
    }

    /** Token i exists, has the kind, and follows token i-1 with no space. */
    private boolean glued(int i, Kind kind) {
        Token x = tok(i);
        return x != null && x.kind() == kind && !x.spaceBefore();
    }

    private boolean isPunct(int i, String chars) {
        Token x = tok(i);
        return x != null && x.kind() == Kind.PUNCT && chars.indexOf(x.text().charAt(0)) >= 0;
    }

    /** A day-sized number: 1..maxDigits digits, not zero. */
    private static Integer smallNumber(Token x, int maxDigits) {
        if (x == null || x.kind() != Kind.NUM || x.text().length() > maxDigits) {
            return null;
        }
        int v = Integer.parseInt(x.text());
        return v == 0 ? null : v;
    }

    private Unit unitAt(int i) {
        String w = word(i);
        return w == null ? null : lex.units.get(w);
    }

    private Integer dirAt(int i) {
        String w = word(i);
        return w == null ? null : lex.dirs.get(w);
    }

    /** The word at i, with or without clitics, is in the set. */
    private boolean wordIn(int i, Set<String> set) {
        return cliticOf(i, set) >= 0;
    }

    /** How many clitic letters precede the set word at i, or -1 if there is none. */
    private int cliticOf(int i, Set<String> set) {
        String w = word(i);
        if (w == null) {
            return -1;
        }
        for (int c : clitics(w)) {
            if (set.contains(w.substring(c))) {
                return c;
            }
        }
        return -1;
    }

    /** The word before token i is in the set (clitics allowed); token i must follow it with a space. */
    private boolean prevIn(int i, Set<String> set) {
        return i > 0 && tok(i).spaceBefore() && wordIn(i - 1, set);
    }

    /**
     * Clitic lengths to try on a word, longest first: و or ف, then ب or ل before ال («وبالأمس»). Only
     * lengths that leave at least two letters.
     */
    private static int[] clitics(String w) {
        int[] out = new int[4];
        int n = 0;
        int c = 0;
        if (w.length() >= 3 && (w.charAt(0) == 'و' || w.charAt(0) == 'ف')) {
            c = 1;
        }
        if (w.length() >= c + 4 && (w.charAt(c) == 'ب' || w.charAt(c) == 'ل') && w.startsWith("ال", c + 1)) {
            out[n++] = c + 1;
        }
        if (c == 1) {
            out[n++] = 1;
        }
        out[n++] = 0;
        return java.util.Arrays.copyOf(out, n);
    }

    /** The longest lexicon phrase starting at token i (words separated by spaces). */
    private <V> Phrase<V> phrase(int i, Map<String, V> map, boolean allowClitic) {
        String first = word(i);
        if (first == null) {
            return null;
        }
        int[] cl = allowClitic ? clitics(first) : new int[] {0};
        boolean starts = false;
        for (int c : cl) {
            starts |= lex.firstWords.contains(first.substring(c))
                    || allowClitic && first.startsWith("لل", c) && lex.firstWords.contains("ال" + first.substring(c + 2));
        }
        if (!starts) {
            return null; // no phrase of any table starts with this word
        }
        for (int k = lex.maxWords; k >= 1; k--) {
            StringBuilder rest = new StringBuilder();
            boolean ok = true;
            for (int j = i + 1; j < i + k; j++) {
                String w = word(j);
                if (w == null || !tok(j).spaceBefore()) {
                    ok = false;
                    break;
                }
                rest.append(' ').append(w);
            }
            if (!ok) {
                continue;
            }
            for (int c : cl) {
                String key = first.substring(c) + rest;
                V v = map.get(key);
                if (v != null) {
                    return new Phrase<>(v, k, c, key);
                }
                // «للعام الجاري»: ل before ال drops the alef; the ل stays in the span
                if (allowClitic && first.startsWith("لل", c) && first.length() >= c + 4) {
                    key = "ال" + first.substring(c + 2) + rest;
                    v = map.get(key);
                    if (v != null) {
                        return new Phrase<>(v, k, c, key);
                    }
                }
            }
        }
        return null;
    }
}
