package org.newsint.text;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Tab-separated data files kept as classpath resources: {@code #} comments and blank lines are skipped. */
public final class Tsv {

    /** One data line: its fields and its 1-based line number, for error messages. */
    public record Row(String source, int line, String[] fields) {

        public String field(int i) {
            return i < fields.length ? fields[i].strip() : "";
        }

        public IllegalArgumentException error(String message) {
            return new IllegalArgumentException(source + " line " + line + ": " + message);
        }
    }

    private Tsv() {
    }

    /** Reads a resource that must exist, with at least {@code minFields} fields a line. */
    public static List<Row> resource(Class<?> owner, String path, int minFields) {
        try (InputStream in = owner.getClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException(path + " missing from the classpath");
            }
            return read(path, in, minFields);
        } catch (IOException e) {
            throw new UncheckedIOException("reading " + path, e);
        }
    }

    public static List<Row> read(String source, InputStream in, int minFields) throws IOException {
        List<Row> rows = new ArrayList<>();
        BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        String line;
        int n = 0;
        while ((line = r.readLine()) != null) {
            n++;
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            Row row = new Row(source, n, line.split("\t", -1));
            if (row.fields().length < minFields) {
                throw row.error("expected " + minFields + " tab-separated fields, found " + row.fields().length);
            }
            rows.add(row);
        }
        return rows;
    }
}
