package org.newsint.nlp.kb.wikidata;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Wikidata position items (values of P39 "position held") mapped to our role vocabulary and place, read from a
 * TSV file ({@code wikidata/positions.tsv}: {@code Q-id, role, place, label}; place is a country id or
 * {@code org:<organisation id>}).
 */
public final class PositionMap {

    public static final String BUNDLED = "wikidata/positions.tsv";

    /** Our office for one Wikidata position: exactly one of country and org is set. */
    public record Office(String role, String country, String org, String label) {
    }

    private final Map<String, Office> byItem;

    private PositionMap(Map<String, Office> byItem) {
        this.byItem = Collections.unmodifiableMap(byItem);
    }

    public static PositionMap bundled() {
        try (InputStream in = PositionMap.class.getClassLoader().getResourceAsStream(BUNDLED)) {
            if (in == null) {
                throw new IllegalStateException(BUNDLED + " is not on the classpath");
            }
            return read(BUNDLED, in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static PositionMap of(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return read(file.toString(), in);
        }
    }

    static PositionMap read(String source, InputStream in) throws IOException {
        Map<String, Office> map = new LinkedHashMap<>();
        BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        String line;
        int n = 0;
        while ((line = r.readLine()) != null) {
            n++;
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] f = line.split("\t");
            if (f.length < 3 || !f[0].strip().matches("Q[1-9][0-9]*") || f[1].isBlank() || f[2].isBlank()) {
                throw new IllegalArgumentException(source + " line " + n
                        + ": expected Q-id<TAB>role<TAB>country-id or org:id[<TAB>label], got: " + line);
            }
            String place = f[2].strip();
            Office office = place.startsWith("org:")
                    ? new Office(f[1].strip(), null, place.substring(4), f.length > 3 ? f[3].strip() : "")
                    : new Office(f[1].strip(), place, null, f.length > 3 ? f[3].strip() : "");
            if (map.putIfAbsent(f[0].strip(), office) != null) {
                throw new IllegalArgumentException(source + " line " + n + ": " + f[0] + " is listed twice");
            }
        }
        return new PositionMap(map);
    }

    public Optional<Office> get(String item) {
        return Optional.ofNullable(byItem.get(item));
    }

    public int size() {
        return byItem.size();
    }
}
