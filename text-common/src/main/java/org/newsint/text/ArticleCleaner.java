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
        String normalized = ArabicText.normalize(body);
        String titleKey = ArabicText.fold(ArabicText.normalize(title == null ? "" : title));
        List<String> kept = new ArrayList<>();
        List<String> droppedBoilerplate = new ArrayList<>();
        List<String> droppedRepeats = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (String raw : normalized.split("\n")) {
            String line = raw.replaceAll(" {2,}", " ").strip();
            if (line.isEmpty()) {
                continue;
            }
            String key = ArabicText.fold(line);
            if (kept.isEmpty() && !titleKey.isEmpty() && key.equals(titleKey)) {
                droppedRepeats.add(line);
                continue;
            }
            if (boilerplate.isBoilerplate(line)) {
                droppedBoilerplate.add(line);
                continue;
            }
            if (!seen.add(key)) {
                droppedRepeats.add(line);
                continue;
            }
            kept.add(line);
        }
        StringBuilder text = new StringBuilder();
        List<Segment> paragraphs = new ArrayList<>(kept.size());
        for (String p : kept) {
            if (text.length() > 0) {
                text.append("\n\n");
            }
            int start = text.length();
            text.append(p);
            paragraphs.add(new Segment(start, text.length(), p));
        }
        return new CleanText(text.toString(), List.copyOf(paragraphs), List.copyOf(droppedBoilerplate),
                List.copyOf(droppedRepeats));
    }
}
