package org.newsint.nlp.ner;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * Reads CoNLL-style named-entity files: one token a line with the tag in the last column (tab-separated
 * when the line has a tab, else white-space separated), a blank line between sentences. CRLF line ends,
 * a byte-order mark and U+200E marks are removed; tokens are kept as written (normalisation for the model
 * happens in {@link ArabicTokens}).
 */
public final class ConllReader {

    private ConllReader() {
    }

    /** AQMAR 1.0 ({@code token TAG}). */
    public static List<NerSentence> readAqmar(Path file) throws IOException {
        try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return read(r, NerTags::aqmar);
        }
    }

    /** NewsFANE Gold ({@code token<TAB>TAG}), classes folded through the bundled table. */
    public static List<NerSentence> readNewsFane(Path file) throws IOException {
        Map<String, String> classes = NerTags.newsFaneClasses();
        try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return read(r, t -> NerTags.newsFane(t, classes));
        }
    }

    /** Sentences from a reader, each tag passed through {@code fold} and the result repaired to BIO. */
    public static List<NerSentence> read(Reader in, UnaryOperator<String> fold) throws IOException {
        BufferedReader r = in instanceof BufferedReader b ? b : new BufferedReader(in);
        List<NerSentence> out = new ArrayList<>();
        List<String> toks = new ArrayList<>();
        List<String> tags = new ArrayList<>();
        for (String line; (line = r.readLine()) != null; ) {
            String l = NerTags.clean(line);
            if (l.isEmpty()) {
                flush(out, toks, tags);
                continue;
            }
            String[] f = l.contains("\t") ? l.split("\t") : l.split("\\s+");
            String tok = NerTags.clean(f[0]);
            if (tok.isEmpty()) {
                continue; // a line that was only a mark
            }
            toks.add(tok);
            tags.add(f.length > 1 ? fold.apply(f[f.length - 1]) : "O");
        }
        flush(out, toks, tags);
        return out;
    }

    private static void flush(List<NerSentence> out, List<String> toks, List<String> tags) {
        if (toks.isEmpty()) {
            return;
        }
        String[] t = tags.toArray(new String[0]);
        NerTags.repair(t);
        out.add(new NerSentence(toks, List.of(t)));
        toks.clear();
        tags.clear();
    }

    /** Writes sentences as {@code token<TAB>TAG} lines, a blank line after each sentence. */
    public static void write(List<NerSentence> sentences, Path file) throws IOException {
        if (file.getParent() != null) {
            Files.createDirectories(file.getParent());
        }
        StringBuilder sb = new StringBuilder();
        for (NerSentence s : sentences) {
            for (int i = 0; i < s.size(); i++) {
                sb.append(s.tokens().get(i)).append('\t').append(s.tags().get(i)).append('\n');
            }
            sb.append('\n');
        }
        Files.writeString(file, sb, StandardCharsets.UTF_8);
    }
}
