package org.newsint.nlp.kb;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** Arabic role titles («وزير الخارجية», «المتحدث باسم الكرملين») as data: {@code kb/roles.tsv}. */
public final class RoleLexicon {

    /** A title's role, and the country it implies by itself (null when the words after it must say). */
    public record Title(String role, String country) {
    }

    private final TokenTrie<Title> titles = new TokenTrie<>();

    public static RoleLexicon bundled() {
        try (InputStream in = RoleLexicon.class.getClassLoader().getResourceAsStream("kb/roles.tsv")) {
            if (in == null) {
                throw new IllegalStateException("kb/roles.tsv missing from the classpath");
            }
            return parse(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static RoleLexicon parse(InputStream in) throws IOException {
        RoleLexicon lexicon = new RoleLexicon();
        BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        String line;
        int n = 0;
        while ((line = r.readLine()) != null) {
            n++;
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] f = line.split("\t", -1);
            if (f.length < 2) {
                throw new IllegalArgumentException("kb/roles.tsv line " + n + ": expected role<TAB>title[<TAB>country]");
            }
            String country = f.length > 2 && !f[2].isBlank() ? f[2].strip() : null;
            lexicon.titles.add(f[1].strip(), new Title(f[0].strip(), country));
        }
        return lexicon;
    }

    public TokenTrie<Title> titles() {
        return titles;
    }
}
