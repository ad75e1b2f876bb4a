package org.newsint.text.dates;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;
import org.newsint.text.ArabicText;

/**
 * The word lists of the date grammar, loaded once from the bundled {@code *.tsv} resources of this package.
 * All keys are folded ({@link ArabicText#fold}); multi-word keys use single spaces.
 */
final class DateLexicon {

    /** A month name: calendar 'G' (Gregorian) or 'H' (Hijri), month 1..12, evidence level (see months.tsv). */
    record Month(char calendar, int month, int level) {
    }

    /** A weekday name and its evidence level (see weekdays.tsv). */
    record Weekday(DayOfWeek day, int level) {
    }

    enum Unit { DAY, WEEK, MONTH, YEAR }

    /** A duration word: unit and the count it implies alone (0 = a plural that needs a number). */
    record Duration(Unit unit, int count) {
    }

    final Map<String, Month> months;
    final Map<String, Integer> ordinals;
    /** The first word of every phrase of the maps above, for a quick «no phrase starts here». */
    final java.util.Set<String> firstWords = new java.util.HashSet<>();
    final Map<String, Weekday> weekdays;
    final Map<String, Integer> numbers;
    final Map<String, Integer> dayOffsets;
    final Map<String, Integer> dirs;
    final Map<String, Unit> units;
    final Map<String, Duration> durations;
    final Set<String> thisWords;
    final Set<String> agoWords;
    final Set<String> yearKeywords;
    final Set<String> gregorianSuffixes;
    final Set<String> hijriSuffixes;
    final Set<String> rangeWords;
    final Set<String> linkWords;
    final Set<String> monthContext;
    final Set<String> strictMonthContext;
    final Set<String> weekdayContext;
    final Set<String> weekdayAfter;
    final Set<String> weekdayPlaceBefore;
    final Set<String> weekdayBlockBefore;
    final Set<String> todayBlockAfter;
    final Set<String> todayBlockBefore;
    final Set<String> generalNouns;
    final Set<String> weekParts;
    final int maxWords;

    private static final class Holder {
        static final DateLexicon BUNDLED = load();
    }

    static DateLexicon bundled() {
        return Holder.BUNDLED;
    }

    private DateLexicon(Builder b) {
        months = Map.copyOf(b.months);
        ordinals = Map.copyOf(b.ordinals);
        weekdays = Map.copyOf(b.weekdays);
        numbers = Map.copyOf(b.numbers);
        dayOffsets = Map.copyOf(b.dayOffsets);
        dirs = Map.copyOf(b.dirs);
        units = Map.copyOf(b.units);
        durations = Map.copyOf(b.durations);
        thisWords = b.set("this");
        agoWords = b.set("ago");
        yearKeywords = b.set("year-keyword");
        gregorianSuffixes = b.set("suffix-gregorian");
        hijriSuffixes = b.set("suffix-hijri");
        rangeWords = b.set("range");
        linkWords = b.set("link");
        monthContext = b.set("month-context");
        strictMonthContext = b.set("strict-month-context");
        weekdayContext = b.set("weekday-context");
        weekdayAfter = b.set("weekday-after");
        weekdayPlaceBefore = b.set("weekday-place-before");
        weekdayBlockBefore = b.set("weekday-block-before");
        todayBlockAfter = b.set("today-block-after");
        todayBlockBefore = b.set("today-block-before");
        generalNouns = b.set("general-nouns");
        weekParts = b.set("week-part");
        int max = 1;
        for (Map<String, ?> m : List.of(months, ordinals, weekdays, numbers, dayOffsets)) {
            for (String k : m.keySet()) {
                max = Math.max(max, k.split(" ").length);
            }
        }
        maxWords = max;
        for (Map<String, ?> m : List.of(months, ordinals, weekdays, numbers, dayOffsets, units, durations)) {
            for (String k : m.keySet()) {
                firstWords.add(k.split(" ", 2)[0]);
            }
        }
    }

    private static final class Builder {
        final Map<String, Month> months = new HashMap<>();
        final Map<String, Integer> ordinals = new HashMap<>();
        final Map<String, Weekday> weekdays = new HashMap<>();
        final Map<String, Integer> numbers = new HashMap<>();
        final Map<String, Integer> dayOffsets = new HashMap<>();
        final Map<String, Integer> dirs = new HashMap<>();
        final Map<String, Unit> units = new HashMap<>();
        final Map<String, Duration> durations = new HashMap<>();
        final Map<String, Set<String>> sets = new HashMap<>();

        Set<String> set(String category) {
            Set<String> s = sets.get(category);
            if (s == null) {
                throw new IllegalStateException("relative.tsv has no category " + category);
            }
            return Set.copyOf(s);
        }
    }

    private static DateLexicon load() {
        Builder b = new Builder();
        read("months.tsv", 4, (f, n) -> forms(f[3], form -> put(b.months, form,
                new Month(f[0].charAt(0), Integer.parseInt(f[1]), Integer.parseInt(f[2])), n)));
        read("weekdays.tsv", 3, (f, n) -> forms(f[2], form -> put(b.weekdays, form,
                new Weekday(DayOfWeek.of(Integer.parseInt(f[0])), Integer.parseInt(f[1])), n)));
        read("ordinals.tsv", 2, (f, n) -> forms(f[1], form -> put(b.ordinals, form, Integer.parseInt(f[0]), n)));
        read("numbers.tsv", 2, (f, n) -> forms(f[1], form -> put(b.numbers, form, Integer.parseInt(f[0]), n)));
        read("relative.tsv", 3, (f, n) -> {
            String category = f[0];
            switch (category) {
                case "day" -> forms(f[2], form -> put(b.dayOffsets, form, Integer.parseInt(f[1]), n));
                case "dir" -> forms(f[2], form -> put(b.dirs, form, Integer.parseInt(f[1]), n));
                case "unit" -> forms(f[2], form -> put(b.units, form, Unit.valueOf(f[1].toUpperCase()), n));
                case "duration" -> {
                    String[] uc = f[1].split(":");
                    Duration d = new Duration(Unit.valueOf(uc[0].toUpperCase()), Integer.parseInt(uc[1]));
                    forms(f[2], form -> put(b.durations, form, d, n));
                }
                default -> forms(f[2], form -> b.sets.computeIfAbsent(category, k -> new HashSet<>()).add(form));
            }
        });
        return new DateLexicon(b);
    }

    private static void forms(String field, java.util.function.Consumer<String> sink) {
        for (String form : field.split("\\|")) {
            String folded = ArabicText.fold(form);
            if (!folded.isEmpty()) {
                sink.accept(folded);
            }
        }
    }

    private static <V> void put(Map<String, V> map, String key, V value, String where) {
        V old = map.putIfAbsent(key, value);
        if (old != null && !old.equals(value)) {
            throw new IllegalStateException(where + ": «" + key + "» already means " + old);
        }
    }

    /** Reads a bundled TSV, calling {@code row} with the fields and a "file:line" label for each data line. */
    private static void read(String resource, int fields, BiConsumer<String[], String> row) {
        try (InputStream in = DateLexicon.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " missing from the classpath");
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            int n = 0;
            List<String> errors = new ArrayList<>();
            while ((line = r.readLine()) != null) {
                n++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split("\t");
                if (f.length != fields) {
                    errors.add(resource + ":" + n + " needs " + fields + " tab-separated fields: " + line);
                    continue;
                }
                for (int i = 0; i < f.length; i++) {
                    f[i] = f[i].trim();
                }
                row.accept(f, resource + ":" + n);
            }
            if (!errors.isEmpty()) {
                throw new IllegalStateException(String.join("\n", errors));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
