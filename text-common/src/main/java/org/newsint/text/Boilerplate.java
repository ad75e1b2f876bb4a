package org.newsint.text;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** Recognises boilerplate lines (follow/share/comment/continues/read-more/print) from rules kept as data. */
public final class Boilerplate {

    private record Rule(int maxWords, Pattern pattern) {
    }

    private static final Pattern EDGE_PUNCT = Pattern.compile("^[\\p{P}\\p{S}\\s]+|[\\p{P}\\p{S}\\s]+$");

    private final List<Rule> rules;

    private Boilerplate(List<Rule> rules) {
        this.rules = List.copyOf(rules);
    }

    /** The rules bundled with the library ({@code boilerplate.tsv}). */
    public static Boilerplate bundled() {
        return from(Tsv.resource(Boilerplate.class, "org/newsint/text/boilerplate.tsv", 1));
    }

    static Boilerplate parse(InputStream in) throws IOException {
        return from(Tsv.read("boilerplate.tsv", in, 1));
    }

    private static Boilerplate from(List<Tsv.Row> rows) {
        List<Rule> rules = new ArrayList<>();
        for (Tsv.Row row : rows) {
            if (row.fields().length < 2) {
                throw row.error("a boilerplate rule has no tab: " + row.field(0));
            }
            rules.add(new Rule(Integer.parseInt(row.field(0)), Pattern.compile(row.field(1))));
        }
        return new Boilerplate(rules);
    }

    /** Whether a whole line (one paragraph) is boilerplate. */
    public boolean isBoilerplate(String line) {
        String core = EDGE_PUNCT.matcher(ArabicText.fold(line)).replaceAll("");
        if (core.isEmpty()) {
            return true; // nothing but punctuation or symbols, e.g. "***" or "—"
        }
        int words = core.split(" ").length;
        for (Rule rule : rules) {
            if (words <= rule.maxWords() && rule.pattern().matcher(core).matches()) {
                return true;
            }
        }
        return false;
    }
}
