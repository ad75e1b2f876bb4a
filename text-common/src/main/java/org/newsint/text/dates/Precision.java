package org.newsint.text.dates;

/**
 * How much of a {@link DateMention#value()} is known: {@code YYYY-MM-DD}, {@code YYYY-MM} or {@code YYYY}; for
 * {@code WEEK} («الأسبوع الماضي») the value is the day a week before or after publication, and only the week is known.
 */
public enum Precision {
    DAY,
    WEEK,
    MONTH,
    YEAR
}
