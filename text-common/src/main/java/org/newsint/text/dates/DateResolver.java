package org.newsint.text.dates;

import java.time.LocalDate;
import java.util.List;

/**
 * Finds Arabic date expressions in a text and resolves them against the publication date.
 *
 * <p>Handles Gregorian months in their Egyptian/Gulf (يناير), Levantine (كانون الثاني) and Maghrebi (جانفي)
 * names and combined forms («12 شباط/فبراير 2022»), days in digits or ordinal words («السابع من»), day
 * ranges («9 و10 يناير»: a mention for the range valued at its first day, plus one for the second day),
 * Hijri dates («15 رمضان 1443 هـ», converted with the JDK's Umm al-Qura {@link java.time.chrono.HijrahDate}),
 * numeric dates (12/02/2022, 2022-02-12), years («عام 2022», «2022م») and expressions relative to the
 * publication date (اليوم، أمس، أول أمس، غدا، الأحد، الأربعاء الماضي، الشهر المقبل، العام الجاري، قبل يومين).
 *
 * <p>Matching is done on the folded text ({@link org.newsint.text.ArabicText#fold}); offsets are into the text
 * as given. The word lists are the bundled {@code months.tsv}, {@code weekdays.tsv}, {@code ordinals.tsv},
 * {@code numbers.tsv} and {@code relative.tsv}, loaded once per JVM. Instances are immutable and thread-safe.
 */
public final class DateResolver {

    private final DateLexicon lexicon;

    /** A resolver with the bundled month/day/number lexicon. */
    public DateResolver() {
        this.lexicon = DateLexicon.bundled();
    }

    /**
     * Every date expression in text, in text order (a range's second-day mention follows the range mention
     * that contains it), resolved against the publication date. When {@code published} is null, expressions
     * that need it are still returned, with value null.
     */
    public List<DateMention> find(String text, LocalDate published) {
        if (text == null || text.isEmpty()) {
            return List.of();
        }
        return List.copyOf(new DateParser(lexicon, text, published).run());
    }
}
