package org.newsint.nlp.kb.wikidata;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.BufferedInputStream;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.zip.GZIPInputStream;

/**
 * Loads a subset of a Wikidata JSON dump into knowledge-base entries (format: {@code kb/README.md}): humans holding
 * the positions of {@code wikidata/positions.tsv}, countries and international organisations, with their Arabic
 * labels and aliases (see {@link EntityConverter}).
 *
 * <p>The dump is the standard {@code latest-all.json} form (a JSON array, one entity a line, each line but the
 * last ending in a comma), plain or gzip-compressed (recognised by its first bytes, whatever the file is called);
 * JSON Lines work too. bzip2 is read when Apache Commons Compress is on the class path; otherwise pipe it:
 * {@code bzcat latest-all.json.bz2 | java … --in -}. A line that is not a JSON object is reported on stderr with its
 * number and skipped.
 *
 * <pre>
 * --in PATH|-            the dump (- for standard input)                       required
 * --out PATH             write the selected entries there as JSONL            (one of --out, --merge-into)
 * --merge-into DIR       merge them into a knowledge-base directory (see {@link KbMerger})
 * --positions PATH       position mapping instead of the bundled one
 * --since YYYY[-MM-DD]   keep only offices held on or after that date
 * --limit N              stop after N entities
 * --progress N           a progress line on stderr every N entities (default 100000; 0 = none)
 * </pre>
 * Exit status: 0 done, 1 input or output failed, 2 bad arguments.
 */
public final class WikidataImporter {

    /** The command-line options. */
    public record Options(String in, Path out, Path mergeInto, Path positions, String since, long limit, long progress) {
    }

    /** What a run did. */
    public record Summary(long lines, long entities, long malformed, Map<EntityConverter.Outcome, Long> outcomes,
                          KbMerger.Summary merge, long millis) {

        public long selected() {
            return outcomes.getOrDefault(EntityConverter.Outcome.PERSON, 0L)
                    + outcomes.getOrDefault(EntityConverter.Outcome.COUNTRY, 0L)
                    + outcomes.getOrDefault(EntityConverter.Outcome.ORGANISATION, 0L);
        }

        public String describe() {
            StringBuilder s = new StringBuilder();
            s.append(String.format(Locale.ROOT, "read %,d lines, %,d entities in %.1f s; malformed lines skipped: %,d%n",
                    lines, entities, millis / 1000.0, malformed));
            s.append(String.format(Locale.ROOT, "selected %,d: %,d people, %,d countries, %,d organisations%n", selected(),
                    outcomes.getOrDefault(EntityConverter.Outcome.PERSON, 0L),
                    outcomes.getOrDefault(EntityConverter.Outcome.COUNTRY, 0L),
                    outcomes.getOrDefault(EntityConverter.Outcome.ORGANISATION, 0L)));
            s.append(String.format(Locale.ROOT, "left out for want of an Arabic name: %,d; of an English name: %,d%n",
                    outcomes.getOrDefault(EntityConverter.Outcome.NO_ARABIC_NAME, 0L),
                    outcomes.getOrDefault(EntityConverter.Outcome.NO_ENGLISH_NAME, 0L)));
            if (merge != null) {
                s.append(String.format(Locale.ROOT,
                        "merged: %d matched by Wikidata id, %d by name; %d Arabic spellings and %d offices added; new entries: %s%n",
                        merge.matchedByWikidata(), merge.matchedByName(), merge.spellingsAdded(), merge.rolesAdded(),
                        merge.added().isEmpty() ? "none" : merge.added()));
            }
            return s.toString();
        }
    }

    private WikidataImporter() {
    }

    public static void main(String[] args) {
        Options options;
        try {
            options = parse(args);
        } catch (IllegalArgumentException e) {
            boolean help = "help".equals(e.getMessage());
            if (!help) {
                System.err.println("wikidata-import: " + e.getMessage());
            }
            System.err.println(USAGE);
            System.exit(help ? 0 : 2);
            return;
        }
        try {
            Summary s = run(options, System.err);
            System.err.print(s.describe());
        } catch (java.nio.file.NoSuchFileException e) {
            System.err.println("wikidata-import: no such file: " + e.getFile());
            System.exit(1);
        } catch (IOException | UncheckedIOException | IllegalArgumentException e) {
            System.err.println("wikidata-import: " + e.getMessage());
            System.exit(1);
        }
    }

    static final String USAGE = """
            usage: WikidataImporter --in PATH|- (--out PATH | --merge-into KB_DIR) [--positions PATH]
                                    [--since YYYY[-MM-DD]] [--limit N] [--progress N]""";

    public static Options parse(String[] args) {
        String in = null;
        Path out = null;
        Path merge = null;
        Path positions = null;
        String since = null;
        long limit = Long.MAX_VALUE;
        long progress = 100_000;
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            if (a.equals("-h") || a.equals("--help")) {
                throw new IllegalArgumentException("help");
            }
            if (i + 1 >= args.length) {
                throw new IllegalArgumentException(a + " needs a value");
            }
            String v = args[++i];
            switch (a) {
                case "--in" -> in = v;
                case "--out" -> out = Path.of(v);
                case "--merge-into" -> merge = Path.of(v);
                case "--positions" -> positions = Path.of(v);
                case "--since" -> {
                    if (!v.matches("\\d{4}(-\\d\\d(-\\d\\d)?)?")) {
                        throw new IllegalArgumentException("--since wants YYYY, YYYY-MM or YYYY-MM-DD, not " + v);
                    }
                    since = v;
                }
                case "--limit" -> limit = number(a, v);
                case "--progress" -> progress = number(a, v);
                default -> throw new IllegalArgumentException("unknown option " + a);
            }
        }
        if (in == null) {
            throw new IllegalArgumentException("--in is required");
        }
        if (out == null && merge == null) {
            throw new IllegalArgumentException("give --out PATH or --merge-into KB_DIR (or both)");
        }
        return new Options(in, out, merge, positions, since, limit, progress);
    }

    private static long number(String option, String v) {
        try {
            long n = Long.parseLong(v);
            if (n < 0) {
                throw new NumberFormatException();
            }
            return n;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(option + " wants a whole number ≥ 0, not " + v);
        }
    }

    public static Summary run(Options o, PrintStream log) throws IOException {
        long t0 = System.nanoTime();
        PositionMap positions = o.positions() == null ? PositionMap.bundled() : PositionMap.of(o.positions());
        EntityConverter converter = new EntityConverter(positions, o.since());
        KbMerger merger = o.mergeInto() == null ? null : new KbMerger(o.mergeInto());
        BufferedWriter out = o.out() == null ? null : Files.newBufferedWriter(o.out(), StandardCharsets.UTF_8);
        Set<String> outIds = new HashSet<>();
        Map<EntityConverter.Outcome, Long> outcomes = new EnumMap<>(EntityConverter.Outcome.class);
        long lines = 0;
        long entities = 0;
        long malformed = 0;
        try (InputStream raw = open(o.in());
             BufferedReader r = new BufferedReader(new InputStreamReader(raw, StandardCharsets.UTF_8), 1 << 16)) {
            String line;
            while (entities < o.limit() && (line = r.readLine()) != null) {
                lines++;
                String s = line.strip();
                if (s.endsWith(",")) {
                    s = s.substring(0, s.length() - 1).stripTrailing();
                }
                if (s.isEmpty() || s.equals("[") || s.equals("]")) {
                    continue;
                }
                JsonNode entity;
                try {
                    entity = KbJson.JSON.readTree(s);
                } catch (IOException e) {
                    malformed++;
                    log.println("wikidata-import: line " + lines + ": malformed JSON, skipped ("
                            + firstLine(e.getMessage()) + ")");
                    continue;
                }
                if (entity == null || !entity.isObject() || !entity.hasNonNull("id")) {
                    malformed++;
                    log.println("wikidata-import: line " + lines + ": not an entity (a JSON object with an id), skipped");
                    continue;
                }
                entities++;
                EntityConverter.Result res = converter.convert(entity);
                outcomes.merge(res.outcome(), 1L, Long::sum);
                if (res.selected()) {
                    if (out != null) {
                        ObjectNode entry = KbJson.object();
                        entry.put("id", uniqueId(res.entry(), outIds));
                        entry.setAll(res.entry());
                        out.write(KbJson.line(entry));
                        out.write('\n');
                    }
                    if (merger != null) {
                        merger.merge(res.entry().deepCopy());
                    }
                }
                if (o.progress() > 0 && entities % o.progress() == 0) {
                    log.printf(Locale.ROOT, "wikidata-import: %,d entities, %,d selected, %,d malformed lines%n", entities,
                            outcomes.getOrDefault(EntityConverter.Outcome.PERSON, 0L)
                                    + outcomes.getOrDefault(EntityConverter.Outcome.COUNTRY, 0L)
                                    + outcomes.getOrDefault(EntityConverter.Outcome.ORGANISATION, 0L), malformed);
                }
            }
        } finally {
            if (out != null) {
                out.close();
            }
        }
        KbMerger.Summary merged = merger == null ? null : merger.write();
        return new Summary(lines, entities, malformed, outcomes, merged, (System.nanoTime() - t0) / 1_000_000);
    }

    private static String uniqueId(ObjectNode entry, Set<String> used) {
        String base = EntityConverter.slug(entry.path("name").asText(""));
        String qid = entry.path("wikidata").asText().toLowerCase(Locale.ROOT);
        String id = base.isEmpty() || used.contains(base) ? (base.isEmpty() ? qid : base + "-" + qid) : base;
        used.add(id);
        return id;
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "unreadable";
        }
        int nl = message.indexOf('\n');
        return nl < 0 ? message : message.substring(0, nl);
    }

    /** The dump's bytes, gunzipped or bunzipped when its first bytes say so. */
    static InputStream open(String in) throws IOException {
        InputStream raw = in.equals("-") ? System.in : Files.newInputStream(Path.of(in));
        BufferedInputStream b = new BufferedInputStream(raw, 1 << 16);
        b.mark(3);
        int b0 = b.read();
        int b1 = b.read();
        int b2 = b.read();
        b.reset();
        if (b0 == 0x1f && b1 == 0x8b) {
            return new GZIPInputStream(b, 1 << 16);
        }
        if (b0 == 'B' && b1 == 'Z' && b2 == 'h') {
            try {
                Class<?> c = Class.forName("org.apache.commons.compress.compressors.bzip2.BZip2CompressorInputStream");
                return (InputStream) c.getConstructor(InputStream.class, boolean.class).newInstance(b, true);
            } catch (ReflectiveOperationException e) {
                b.close();
                throw new IOException(in + " is bzip2-compressed; decompress it on the way in: bzcat " + in
                        + " | java … WikidataImporter --in - …");
            }
        }
        return b;
    }
}
