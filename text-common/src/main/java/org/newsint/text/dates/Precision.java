package org.newsint.text.dates;

/** How much of a {@link DateMention#value()} is known: {@code YYYY-MM-DD}, {@code YYYY-MM} or {@code YYYY}. */
public enum Precision {
    DAY,
    MONTH,
    YEAR
}
