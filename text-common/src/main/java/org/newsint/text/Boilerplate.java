package org.newsint.text;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
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
        try (InputStream in = Boilerplate.class.getResourceAsStream("boilerplate.tsv")) {
            if (in == null) {
                throw new IllegalStateException("boilerplate.tsv missing from the classpath");
            }
            return parse(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Boilerplate parse(InputStream in) throws IOException {
        List<Rule> rules = new ArrayList<>();
        BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        String line;
        int n = 0;
        while ((line = r.readLine()) != null) {
            n++;
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            int tab = line.indexOf('\t');
            if (tab < 0) {
                throw new IllegalArgumentException("boilerplate rule on line " + n + " has no tab: " + line);
            }
            rules.add(new Rule(Integer.parseInt(line.substring(0, tab).trim()),
                    Pattern.compile(line.substring(tab + 1).trim())));
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
