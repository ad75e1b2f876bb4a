package org.newsint.text;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Turns a raw body into clean paragraphs: normalises it, splits it into paragraphs (one per non-empty
 * line), drops boilerplate lines, a first line that repeats the title, and paragraphs that repeat an
 * earlier one (some sites print a story twice).
 */
public final class ArticleCleaner {

    private final Boilerplate boilerplate;

    public ArticleCleaner(Boilerplate boilerplate) {
        this.boilerplate = boilerplate;
    }

    public ArticleCleaner() {
        this(Boilerplate.bundled());
    }

    public CleanText clean(String title, String body) {
        ArabicText.Mapped normalized = ArabicText.normalizeMapped(body);
        String titleKey = ArabicText.fold(ArabicText.normalize(title == null ? "" : title));
        List<Line> kept = new ArrayList<>();
        List<String> droppedBoilerplate = new ArrayList<>();
        List<String> droppedRepeats = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        String all = normalized.text();
        int lineStart = 0;
        while (lineStart <= all.length()) {
            int lineEnd = all.indexOf('\n', lineStart);
            if (lineEnd < 0) {
                lineEnd = all.length();
            }
            Line line = Line.of(all, normalized.origin(), lineStart, lineEnd);
            lineStart = lineEnd + 1;
            if (line.text().isEmpty()) {
                continue;
            }
            String key = ArabicText.fold(line.text());
            if (kept.isEmpty() && !titleKey.isEmpty() && key.equals(titleKey)) {
                droppedRepeats.add(line.text());
                continue;
            }
            if (boilerplate.isBoilerplate(line.text())) {
                droppedBoilerplate.add(line.text());
                continue;
            }
            if (!seen.add(key)) {
                droppedRepeats.add(line.text());
                continue;
            }
            kept.add(line);
        }
        StringBuilder text = new StringBuilder();
        List<Segment> paragraphs = new ArrayList<>(kept.size());
        int total = kept.stream().mapToInt(l -> l.text().length() + 2).sum();
        int[] origin = new int[total + 1];
        for (Line p : kept) {
            if (text.length() > 0) {
                origin[text.length()] = p.origin()[0];
                origin[text.length() + 1] = p.origin()[0];
                text.append("\n\n");
            }
            int start = text.length();
            System.arraycopy(p.origin(), 0, origin, start, p.text().length());
            text.append(p.text());
            paragraphs.add(new Segment(start, text.length(), p.text()));
        }
        origin[text.length()] = kept.isEmpty() ? 0 : kept.get(kept.size() - 1).origin()[kept.get(kept.size() - 1).text().length()];
        return new CleanText(text.toString(), List.copyOf(paragraphs), List.copyOf(droppedBoilerplate),
                List.copyOf(droppedRepeats), java.util.Arrays.copyOf(origin, text.length() + 1));
    }

    /** One line with runs of spaces collapsed and its ends stripped, and the body offset of each character. */
    private record Line(String text, int[] origin) {

        static Line of(String all, int[] allOrigin, int from, int to) {
            while (from < to && Character.isWhitespace(all.charAt(from))) {
                from++;
            }
            while (to > from && Character.isWhitespace(all.charAt(to - 1))) {
                to--;
            }
            StringBuilder b = new StringBuilder(to - from);
            int[] origin = new int[to - from + 1];
            for (int i = from; i < to; i++) {
                char c = all.charAt(i);
                if (c == ' ' && i > from && all.charAt(i - 1) == ' ') {
                    continue;
                }
                origin[b.length()] = allOrigin[i];
                b.append(c);
            }
            origin[b.length()] = allOrigin[to];
            return new Line(b.toString(), java.util.Arrays.copyOf(origin, b.length() + 1));
        }
    }
}
