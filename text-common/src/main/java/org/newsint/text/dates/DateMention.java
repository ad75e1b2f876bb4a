package org.newsint.text.dates;

import java.util.Objects;

/**
 * One date expression found in a text.
 *
 * @param start     UTF-16 index of the first character of the expression in the text passed to
 *                  {@link DateResolver#find}
 * @param end       UTF-16 index just after the expression (trailing diacritics and tatweel included)
 * @param text      {@code text.substring(start, end)}
 * @param value     the resolved date as {@code YYYY-MM-DD} (DAY; for WEEK the day that many weeks from
 *                  publication, or the publication day for «هذا الأسبوع»), {@code YYYY-MM} (MONTH) or {@code YYYY}
 *                  (YEAR); {@code null} when it cannot be resolved (a relative expression without a
 *                  publication date, or an impossible date such as 30 February)
 * @param precision what {@code value} is (also set when {@code value} is null)
 * @param relative  true when the value depends on the publication date (اليوم، أمس، الأحد الماضي، or a day
 *                  and month whose year was inferred); false when the text names the year itself
 * @param ahead     for a bare weekday that falls in the days before publication («الأربعاء» in a Tuesday's story),
 *                  the same weekday in the days after it: the reading a plan takes; {@code null} otherwise
 */
public record DateMention(int start, int end, String text, String value, Precision precision, boolean relative,
                          String ahead) {

    public DateMention(int start, int end, String text, String value, Precision precision, boolean relative) {
        this(start, end, text, value, precision, relative, null);
    }

    public DateMention {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad span [" + start + ", " + end + ")");
        }
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(precision, "precision");
    }

    /** This expression read forward ({@link #ahead}, when it has that reading), for a contact still to come. */
    public DateMention readAhead() {
        return ahead == null ? this : new DateMention(start, end, text, ahead, precision, relative);
    }
}
