package org.newsint.gateway.graphql;

import org.newsint.gateway.clients.GrpcErrors;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Set;

/** Checks of query arguments, answered BAD_USER_INPUT before any backend is asked. */
final class Args {

    static final int MAX_PAGE = 500;
    private static final Set<String> STATUSES = Set.of("HAPPENED", "PLANNED", "NEGATED");

    private Args() {
    }

    static int pageSize(int first) {
        if (first < 1) {
            throw bad("first must be at least 1");
        }
        if (first > MAX_PAGE) {
            throw bad("first may be at most " + MAX_PAGE + " per page; follow endCursor for more");
        }
        return first;
    }

    /** A YYYY-MM-DD date, or null. */
    static LocalDate date(String name, String value) {
        if (value == null) {
            return null;
        }
        try {
            if (!value.matches("\\d{4}-\\d{2}-\\d{2}")) {
                throw new DateTimeParseException("not YYYY-MM-DD", value, 0);
            }
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw bad(name + " '" + value + "' is not a date; use YYYY-MM-DD, e.g. 2022-02-01");
        }
    }

    static void range(String fromName, LocalDate from, String toName, LocalDate to) {
        if (from != null && to != null && from.isAfter(to)) {
            throw bad(fromName + " " + from + " is after " + toName + " " + to);
        }
    }

    /** An event status filter in upper case, or null. */
    static String status(String value) {
        if (value == null) {
            return null;
        }
        String s = value.trim().toUpperCase(Locale.ROOT);
        if (!STATUSES.contains(s)) {
            throw bad("status '" + value + "' is not one of HAPPENED, PLANNED, NEGATED");
        }
        return s;
    }

    /** An event type filter in upper case (PHONE_CALL, VIDEO_CALL, MEETING, TALKS, VISIT), or null. */
    static String type(String value) {
        if (value == null) {
            return null;
        }
        String s = value.trim().toUpperCase(Locale.ROOT);
        if (!s.matches("[A-Z_]+")) {
            throw bad("type '" + value + "' is not an event type such as PHONE_CALL, VIDEO_CALL, MEETING, TALKS or VISIT");
        }
        return s;
    }

    static String id(String name, String value) {
        if (value != null && value.isBlank()) {
            throw bad(name + " must not be blank");
        }
        return value;
    }

    static GrpcErrors.ClientError bad(String message) {
        return new GrpcErrors.ClientError(message, null);
    }
}
