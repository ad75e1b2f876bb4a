package org.newsint.text.dates;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/** The calendar day of an ISO-8601 date or date-time string, as articles carry it in {@code publishedAt}. */
public final class IsoDates {

    private IsoDates() {
    }

    /** «2022-02-12» or «2022-02-12T10:15:00Z» → 2022-02-12; null when absent or not a date. */
    public static LocalDate dayOf(String isoDateOrDateTime) {
        if (isoDateOrDateTime == null || isoDateOrDateTime.length() < 10) {
            return null;
        }
        try {
            return LocalDate.parse(isoDateOrDateTime.substring(0, 10));
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
