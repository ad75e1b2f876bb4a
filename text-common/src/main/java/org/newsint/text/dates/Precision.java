package org.newsint.text.dates;

/**
 * How much of a {@link DateMention#value()} is known: {@code YYYY-MM-DD}, {@code YYYY-MM} or {@code YYYY}; for
 * {@code WEEK} («الأسبوع الماضي», «قبل أسبوعين», «هذا الأسبوع») the value is the day so many weeks before or after
 * publication (the publication day for «هذا الأسبوع»), and only the week is known.
 */
public enum Precision {
    DAY,
    WEEK,
    MONTH,
    YEAR
}
