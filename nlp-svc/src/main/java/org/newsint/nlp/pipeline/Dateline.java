package org.newsint.nlp.pipeline;

import org.newsint.text.dates.DateMention;
import org.newsint.text.dates.DateResolver;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The dateline that opens many wire stories: «( أردو بوینت نتورك ۔ / سبوتنيك - 18 كانون الثاني 2022ء)»,
 * «القاهرة - سبوتنيك.», «موسكو (رويترز) -», and a place with a day before a mark («جوبا 13 سبتمبر 2019 -», «المنامة في 11
 * سبتمبر / بنا /»).
 *
 * @param end    where the dateline ends in the paragraph it was read from
 * @param place  the city, when given
 * @param source the agency that filed the story (the last one named)
 * @param date   the filing date as YYYY-MM-DD (or YYYY-MM), when given
 */
public record Dateline(int end, String place, String source, String date) {

    private static final String DASH = "\\s*[-–—]\\s*";
    // diacritics are script "Inherited", not Arabic, hence \p{Mn}
    private static final String WORDS = "[\\p{IsArabic}][\\p{IsArabic}\\p{Mn} ]{1,30}?";
    /** «( … / سبوتنيك - 18 كانون الثاني 2022ء)» */
    private static final Pattern BRACKETED = Pattern.compile("^\\(\\s*([^()]{3,160}?)" + DASH + "([^()]{4,60}?)\\s*\\)\\s*");
    /** «القاهرة - سبوتنيك.» or «القاهرة - سبوتنيك:» */
    private static final Pattern PLACE_SOURCE = Pattern.compile("^(" + WORDS + ")" + DASH + "(" + WORDS + ")\\s*[.:]\\s+");
    /** «موسكو (رويترز) -» */
    private static final Pattern PLACE_PAREN_SOURCE = Pattern.compile("^(" + WORDS + ")\\s*\\(([^()]{2,30})\\)" + DASH);

    /**
     * «جوبا 13 سبتمبر 2019 -», «المنامة في 11 سبتمبر / بنا /», «موسكو، 4 مارس. /تاس/.», «طهران/ 3 آب/ اغسطس/ ارنا-»: a place
     * and a day, then a mark
     */
    private static final String GREGORIAN = "(?:يناير|فبراير|مارس|[أاإ]بريل|مايو|يونيو|يونيه|يوليو|يوليه|[أا]غسطس|سبتمبر|[أا]كتوبر|نوفمبر|ديسمبر)";
    private static final Pattern PLACE_DATE = Pattern.compile("^(" + WORDS + ")\\s*[،,/]?\\s+(?:في\\s+)?(\\d{1,2}\\s+(?:آب|[\\p{IsArabic}]{3,12})"
            + "(?:\\s*/\\s*" + GREGORIAN + ")?(?:\\s+\\d{4})?)\\s*\\.?\\s*"
            + "(?:/\\s*([^/\\-–—]{2,20}?)\\s*(?:/\\s*[.:]?|[-–—])\\s*|\\(([^()]{2,30})\\)\\s*[-–—]?\\s*|[-–—]\\s*)");

    public static Optional<Dateline> parse(String paragraph, LocalDate published, DateResolver dates) {
        Matcher m = BRACKETED.matcher(paragraph);
        if (m.find()) {
            List<DateMention> found = dates.find(m.group(2), published);
            if (!found.isEmpty()) {
                return Optional.of(new Dateline(m.end(), null, lastSource(m.group(1)), found.get(0).value()));
            }
        }
        m = PLACE_SOURCE.matcher(paragraph);
        if (m.find()) {
            return Optional.of(new Dateline(m.end(), m.group(1).strip(), m.group(2).strip(), null));
        }
        m = PLACE_PAREN_SOURCE.matcher(paragraph);
        if (m.find()) {
            return Optional.of(new Dateline(m.end(), m.group(1).strip(), m.group(2).strip(), null));
        }
        m = PLACE_DATE.matcher(paragraph);
        if (m.find() && m.group(1).strip().split("\\s+").length <= 3) {
            List<DateMention> found = dates.find(m.group(2), published);
            if (!found.isEmpty()) {
                String source = m.group(3) != null ? m.group(3).strip() : m.group(4) != null ? m.group(4).strip() : null;
                return Optional.of(new Dateline(m.end(), m.group(1).strip(), source, filed(found.get(0), published)));
            }
        }
        return Optional.empty();
    }

    /**
     * A day with no year is the last such day up to publication: a story is not filed months after it appears (a
     * week's slack for clocks and crawl dates).
     */
    private static String filed(DateMention day, LocalDate published) {
        if (day.value() == null || published == null || !day.relative() || day.value().length() != 10) {
            return day.value();
        }
        LocalDate d = LocalDate.parse(day.value());
        return d.isAfter(published.plusDays(7)) ? d.minusYears(1).toString() : day.value();
    }

    /** «أردو بوینت نتورك . / سبوتنيك» → «سبوتنيك»: the agency is named last. */
    private static String lastSource(String sources) {
        return Arrays.stream(sources.split("/")).map(s -> s.replaceAll("^[\\s.]+|[\\s.]+$", ""))
                .filter(s -> !s.isEmpty()).reduce((a, b) -> b).orElse(null);
    }
}
