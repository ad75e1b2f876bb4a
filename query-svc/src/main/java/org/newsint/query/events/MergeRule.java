package org.newsint.query.events;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.HexFormat;
import java.util.List;
import java.util.TreeSet;

/**
 * When two reports are the same contact, and what the merged event says. Pure functions; {@link EventClustering}
 * applies them in the database.
 *
 * <p>A report joins an event when the type and the set of participants are equal and the dates are compatible:
 * both are days at most {@value #MAX_DAY_GAP} day apart, or they are equal strings (month precision), or neither
 * has a date, the status is the same and one of the event's articles was published at most
 * {@value #MAX_PUBLISHED_GAP} days from the report's article. Reports without participants never join.
 *
 * <p>The event is the fold of its reports, oldest first: the first report's status, date, place and initiator;
 * a missing date, place or initiator is taken from a later report; a PLANNED event that a later report says
 * HAPPENED on a date becomes HAPPENED on that date.
 */
public final class MergeRule {

    static final int MAX_DAY_GAP = 1;
    static final int MAX_PUBLISHED_GAP = 3;

    private MergeRule() {
    }

    /** Sorted distinct participant ids joined by '|': equal keys mean equal participant sets. */
    public static String participantKey(Collection<String> participantIds) {
        TreeSet<String> sorted = new TreeSet<>();
        for (String p : participantIds) {
            if (p != null && !p.isBlank()) {
                sorted.add(p);
            }
        }
        return String.join("|", sorted);
    }

    public static List<String> participants(String participantKey) {
        return participantKey == null || participantKey.isEmpty() ? List.of() : List.of(participantKey.split("\\|"));
    }

    /** The id of an event first reported as {@code articleEventId}; {@code attempt} > 0 when that id is taken. */
    public static String clusterId(String articleEventId, int attempt) {
        String key = attempt == 0 ? articleEventId : articleEventId + "#" + attempt;
        return "evc_" + HexFormat.of().formatHex(sha256(key), 0, 12);
    }

    /** Advisory lock key serialising the lookup of events of one type between one set of participants. */
    public static long contactLock(String type, String participantKey) {
        return lockKey("event|" + type + "|" + participantKey);
    }

    /** Advisory lock key serialising stores of one article. */
    public static long articleLock(String articleId) {
        return lockKey("article|" + articleId);
    }

    private static long lockKey(String s) {
        byte[] h = sha256(s);
        long v = 0;
        for (int i = 0; i < 8; i++) {
            v = (v << 8) | (h[i] & 0xff);
        }
        return v;
    }

    private static byte[] sha256(String s) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The day of a YYYY-MM-DD date, else null. */
    public static LocalDate day(String date) {
        if (date == null || date.length() != 10) {
            return null;
        }
        try {
            return LocalDate.parse(date);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /** First and last day a YYYY-MM-DD, YYYY-MM or YYYY date covers; null when there is no (valid) date. */
    public static LocalDate[] range(String date) {
        if (date == null) {
            return null;
        }
        try {
            return switch (date.length()) {
                case 10 -> {
                    LocalDate d = LocalDate.parse(date);
                    yield new LocalDate[]{d, d};
                }
                case 7 -> {
                    YearMonth m = YearMonth.parse(date);
                    yield new LocalDate[]{m.atDay(1), m.atEndOfMonth()};
                }
                case 4 -> {
                    Year y = Year.parse(date);
                    yield new LocalDate[]{y.atDay(1), y.atMonth(12).atEndOfMonth()};
                }
                default -> null;
            };
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /**
     * How far a report is from an event of the same type and participants: 0 or more when it joins it (smaller
     * is closer), -1 when it does not.
     *
     * @param eventStatus    the event's status
     * @param eventDate      the event's date, null when unknown
     * @param eventPublished publication days of the event's articles (those that have one)
     * @param status         the report's status
     * @param date           the report's date, null when unknown
     * @param published      the report's article's publication day, null when unknown
     */
    public static long distance(String eventStatus, String eventDate, Collection<LocalDate> eventPublished,
                                String status, String date, LocalDate published) {
        if (date == null && eventDate == null) {
            if (!status.equals(eventStatus) || published == null) {
                return -1;
            }
            long best = -1;
            for (LocalDate p : eventPublished) {
                long gap = Math.abs(ChronoUnit.DAYS.between(p, published));
                if (gap <= MAX_PUBLISHED_GAP && (best < 0 || gap < best)) {
                    best = gap;
                }
            }
            return best;
        }
        if (date == null || eventDate == null) {
            return -1;
        }
        if (date.equals(eventDate)) {
            return 0;
        }
        LocalDate a = day(date);
        LocalDate b = day(eventDate);
        if (a == null || b == null) {
            return -1;
        }
        long gap = Math.abs(ChronoUnit.DAYS.between(a, b));
        return gap <= MAX_DAY_GAP ? gap : -1;
    }

    /** One report of an event, as stored. */
    public record Report(String status, String date, String locationId, String initiatorId, String reportedAt) {
    }

    /** What the event says. */
    public record State(String status, String date, String locationId, String initiatorId, String firstReportedAt) {
    }

    /** The event told by these reports, oldest first; null when there are none. */
    public static State fold(List<Report> oldestFirst) {
        if (oldestFirst.isEmpty()) {
            return null;
        }
        Report first = oldestFirst.get(0);
        String status = first.status();
        String date = first.date();
        String location = first.locationId();
        String initiator = first.initiatorId();
        for (Report r : oldestFirst.subList(1, oldestFirst.size())) {
            if ("PLANNED".equals(status) && "HAPPENED".equals(r.status()) && r.date() != null) {
                status = "HAPPENED";
                date = r.date();
            }
            if (date == null) {
                date = r.date();
            }
            if (location == null) {
                location = r.locationId();
            }
            if (initiator == null) {
                initiator = r.initiatorId();
            }
        }
        return new State(status, date, location, initiator, first.reportedAt());
    }
}
