package org.newsint.nlp.kb.wikidata;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
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
        for (org.newsint.text.Tsv.Row row : org.newsint.text.Tsv.read(source, in, 1)) {
            String[] f = row.fields();
            if (f.length < 3 || !row.field(0).matches("Q[1-9][0-9]*") || row.field(1).isEmpty() || row.field(2).isEmpty()) {
                throw row.error("expected Q-id<TAB>role<TAB>country-id or org:id[<TAB>label], got: " + String.join("\t", f));
            }
            String place = row.field(2);
            Office office = place.startsWith("org:")
                    ? new Office(row.field(1), null, place.substring(4), row.field(3))
                    : new Office(row.field(1), place, null, row.field(3));
            if (map.putIfAbsent(row.field(0), office) != null) {
                throw row.error(row.field(0) + " is listed twice");
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
