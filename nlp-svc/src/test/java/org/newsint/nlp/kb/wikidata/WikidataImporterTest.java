package org.newsint.nlp.kb.wikidata;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsint.nlp.kb.Actor;
import org.newsint.nlp.kb.KnowledgeBase;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPOutputStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The importer over {@code wikidata/sample-dump.json}: ten entities in the dump's own structure. Putin, Trump,
 * Russia, the United States and the U.N. are real (their Q-ids are those of the bundled knowledge base); the Q9000000xx
 * entities are made up to exercise the rules: Jane Example (a new person: a term with an end of unknown date is
 * dropped, month and year precision), John Deprecated (his only mapped office is a deprecated statement: not
 * selected), Paul Nolabel (no Arabic name: left out), Léa Exemple (no end qualifier but a date of death), and the
 * Example Cooperation Council (a new intergovernmental organisation).
 */
class WikidataImporterTest {

    private static Path sample;
    private static Path testClasses;

    @BeforeAll
    static void locate() throws Exception {
        sample = Path.of(WikidataImporterTest.class.getClassLoader().getResource("wikidata/sample-dump.json").toURI());
        testClasses = sample.getParent().getParent();
    }

    private static final PrintStream QUIET = new PrintStream(OutputStream.nullOutputStream());

    private static WikidataImporter.Summary run(PrintStream log, String... args) throws IOException {
        return WikidataImporter.run(WikidataImporter.parse(args), log);
    }

    private static Map<String, JsonNode> byId(Path jsonl) throws IOException {
        Map<String, JsonNode> out = new LinkedHashMap<>();
        for (String line : Files.readAllLines(jsonl)) {
            JsonNode j = KbJson.JSON.readTree(line);
            out.put(j.get("id").asText(), j);
        }
        return out;
    }

    private static List<String> strings(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(v -> out.add(v.asText()));
        return out;
    }

    @Test
    void selectsPeopleWithMappedOfficesCountriesAndOrganisations(@TempDir Path tmp) throws IOException {
        Path out = tmp.resolve("out.jsonl");
        WikidataImporter.Summary s = run(QUIET, "--in", sample.toString(), "--out", out.toString());
        assertThat(s.entities()).isEqualTo(10);
        assertThat(s.malformed()).isZero();
        assertThat(s.outcomes()).containsEntry(EntityConverter.Outcome.PERSON, 4L)
                .containsEntry(EntityConverter.Outcome.COUNTRY, 2L)
                .containsEntry(EntityConverter.Outcome.ORGANISATION, 2L)
                .containsEntry(EntityConverter.Outcome.NO_ARABIC_NAME, 1L)
                .containsEntry(EntityConverter.Outcome.NOT_SELECTED, 1L);
        Map<String, JsonNode> e = byId(out);
        assertThat(e.keySet()).containsExactly("vladimir-putin", "donald-trump", "jane-example", "lea-exemple", "russia",
                "united-states-of-america", "united-nations", "example-cooperation-council");

        JsonNode putin = e.get("vladimir-putin");
        assertThat(putin.get("type").asText()).isEqualTo("PERSON");
        assertThat(putin.get("name").asText()).isEqualTo("Vladimir Putin");
        assertThat(putin.get("wikidata").asText()).isEqualTo("Q7747");
        // labels then aliases, ar before arz; the spelling with diacritics folds onto the label and is dropped
        assertThat(strings(putin.get("ar"))).containsExactly("فلاديمير بوتين", "بوتين", "فلاديمير فلاديميروفيتش بوتين", "فلادمير بوتين");
        // the deprecated statement and the unmapped position are ignored
        assertThat(putin.get("roles").toString()).isEqualTo(
                "[{\"role\":\"head_of_state\",\"country\":\"russia\",\"from\":\"2000-05-07\",\"to\":\"2008-05-07\"},"
                        + "{\"role\":\"head_of_state\",\"country\":\"russia\",\"from\":\"2012-05-07\",\"to\":null}]");

        JsonNode jane = e.get("jane-example");
        assertThat(strings(jane.get("ar"))).containsExactly("جين إكزامبل");
        assertThat(jane.get("roles").toString()).isEqualTo(
                "[{\"role\":\"head_of_government\",\"country\":\"united-kingdom\",\"from\":\"2031-03-02\",\"to\":null},"
                        + "{\"role\":\"foreign_minister\",\"country\":\"united-states\",\"from\":\"2027-05\",\"to\":\"2029-02\"}]");
        assertThat(e.get("lea-exemple").get("roles").get(0).get("to").asText()).isEqualTo("2041-06-15");
        assertThat(strings(e.get("lea-exemple").get("ar"))).containsExactly("ليا إكزامبل", "ليا اكسمبل");

        JsonNode usa = e.get("united-states-of-america");
        assertThat(usa.get("subtype").asText()).isEqualTo("country");
        assertThat(strings(usa.get("ar"))).containsExactly("الولايات المتحدة", "الولايات المتحدة الأمريكية", "أمريكا");
        JsonNode un = e.get("united-nations");
        assertThat(un.get("type").asText()).isEqualTo("ORG");
        assertThat(un.get("subtype").asText()).isEqualTo("intl_org");
        assertThat(strings(un.get("abbr"))).containsExactly("UN", "U.N.");
        assertThat(Files.readString(out)).startsWith("{\"id\": \"vladimir-putin\", \"type\": \"PERSON\", \"name\": \"Vladimir Putin\", \"wikidata\": \"Q7747\", \"ar\": [\"فلاديمير بوتين\", ");
    }

    @Test
    void outputLoadsWithTheKnowledgeBase() throws IOException {
        Path out = testClasses.resolve("wikidata-out/imported.jsonl");
        Files.createDirectories(out.getParent());
        run(QUIET, "--in", sample.toString(), "--out", out.toString());
        KnowledgeBase kb = KnowledgeBase.fromClasspath(List.of("wikidata-out/imported.jsonl"));
        assertThat(kb.size()).isEqualTo(8);
        Actor putin = kb.get("vladimir-putin").orElseThrow();
        assertThat(putin.wikidata()).isEqualTo("Q7747");
        assertThat(putin.roles()).extracting(Actor.Role::from).containsExactly("2000-05-07", "2012-05-07");
        assertThat(kb.get("united-nations").orElseThrow().abbreviations()).contains("UN");
        assertThat(kb.get("russia").orElseThrow().isCountry()).isTrue();
    }

    @Test
    void gzipAndStandardInputGiveTheSameEntries(@TempDir Path tmp) throws IOException {
        Path gz = tmp.resolve("dump.json.gz");
        try (OutputStream o = new GZIPOutputStream(Files.newOutputStream(gz))) {
            Files.copy(sample, o);
        }
        Path plain = tmp.resolve("plain.jsonl");
        Path fromGz = tmp.resolve("gz.jsonl");
        Path fromStdin = tmp.resolve("stdin.jsonl");
        run(QUIET, "--in", sample.toString(), "--out", plain.toString());
        run(QUIET, "--in", gz.toString(), "--out", fromGz.toString());
        InputStream stdin = System.in;
        try {
            System.setIn(Files.newInputStream(gz)); // compressed on standard input is recognised too
            run(QUIET, "--in", "-", "--out", fromStdin.toString());
        } finally {
            System.setIn(stdin);
        }
        assertThat(Files.readString(fromGz)).isEqualTo(Files.readString(plain)).isNotEmpty();
        assertThat(Files.readString(fromStdin)).isEqualTo(Files.readString(plain));
    }

    @Test
    void bzip2IsReadWhenCommonsCompressIsThere(@TempDir Path tmp) throws Exception {
        Class<?> bz;
        try {
            bz = Class.forName("org.apache.commons.compress.compressors.bzip2.BZip2CompressorOutputStream");
        } catch (ClassNotFoundException e) {
            assumeTrue(false, "commons-compress not on the class path: bzip2 dumps are piped through bzcat");
            return;
        }
        Path bz2 = tmp.resolve("dump.json.bz2");
        try (OutputStream o = (OutputStream) bz.getConstructor(OutputStream.class).newInstance(Files.newOutputStream(bz2))) {
            Files.copy(sample, o);
        }
        Path out = tmp.resolve("bz.jsonl");
        assertThat(run(QUIET, "--in", bz2.toString(), "--out", out.toString()).selected()).isEqualTo(8);
    }

    @Test
    void malformedLinesAreReportedWithTheirNumberAndSkipped(@TempDir Path tmp) throws IOException {
        List<String> lines = new ArrayList<>(Files.readAllLines(sample));
        lines.add(2, "{\"type\":\"item\",\"id\":\"Q1\",\"labels\":{\"en\":{\"language\":\"en\",\"val");
        lines.add(5, "42,");
        Path broken = tmp.resolve("broken.json");
        Files.write(broken, lines);
        ByteArrayOutputStream log = new ByteArrayOutputStream();
        WikidataImporter.Summary s = run(new PrintStream(log, true, StandardCharsets.UTF_8),
                "--in", broken.toString(), "--out", tmp.resolve("o.jsonl").toString());
        assertThat(s.malformed()).isEqualTo(2);
        assertThat(s.entities()).isEqualTo(10);
        assertThat(s.selected()).isEqualTo(8);
        String messages = log.toString(StandardCharsets.UTF_8);
        assertThat(messages).contains("line 3: malformed JSON, skipped").contains("line 6: not an entity");
    }

    @Test
    void limitAndProgress(@TempDir Path tmp) throws IOException {
        ByteArrayOutputStream log = new ByteArrayOutputStream();
        WikidataImporter.Summary s = run(new PrintStream(log, true, StandardCharsets.UTF_8), "--in", sample.toString(),
                "--out", tmp.resolve("o.jsonl").toString(), "--limit", "3", "--progress", "2");
        assertThat(s.entities()).isEqualTo(3);
        assertThat(log.toString(StandardCharsets.UTF_8)).contains("wikidata-import: 2 entities, 2 selected");
        assertThat(s.describe()).contains("read 4 lines, 3 entities").contains("selected 3: 3 people");
    }

    @Test
    void sinceDropsOfficesThatEndedBefore(@TempDir Path tmp) throws IOException {
        Path out = tmp.resolve("o.jsonl");
        run(QUIET, "--in", sample.toString(), "--out", out.toString(), "--since", "2010");
        assertThat(byId(out).get("vladimir-putin").get("roles")).hasSize(1);
        assertThat(byId(out).get("donald-trump").get("roles")).hasSize(2);
    }

    @Test
    void mergeAddsSpellingsOfficesAndNewEntriesAndNeverDeletes(@TempDir Path tmp) throws IOException {
        Path kbDir = tmp.resolve("kb");
        Files.createDirectories(kbDir);
        List<String> files = KnowledgeBase.BUNDLED.stream().map(r -> r.substring("kb/".length())).toList();
        for (String f : files) {
            try (InputStream in = getClass().getClassLoader().getResourceAsStream("kb/" + f)) {
                Files.copy(in, kbDir.resolve(f));
            }
        }
        // the bundled entry already has Putin's 2000–2008 term: taken out of the copy, it is the office the merge adds
        Path peopleCopy = kbDir.resolve("people.jsonl");
        String firstTerm = "{\"role\": \"head_of_state\", \"country\": \"russia\", \"from\": \"2000-05-07\", \"to\": \"2008-05-07\"}, ";
        assertThat(Files.readString(peopleCopy)).contains(firstTerm);
        Files.writeString(peopleCopy, Files.readString(peopleCopy).replace(firstTerm, ""));
        Map<String, List<String>> before = new LinkedHashMap<>();
        for (String f : files) {
            before.put(f, Files.readAllLines(kbDir.resolve(f)));
        }
        WikidataImporter.Summary s = run(QUIET, "--in", sample.toString(), "--merge-into", kbDir.toString());
        assertThat(s.merge().matchedByWikidata()).isEqualTo(5); // Putin, Trump, Russia, United States, U.N.
        assertThat(s.merge().spellingsAdded()).isEqualTo(2);    // فلادمير بوتين, روسيا الفيدرالية
        assertThat(s.merge().rolesAdded()).isEqualTo(1);        // Putin's first term
        assertThat(s.merge().added()).containsEntry("people.jsonl", 2).containsEntry("organizations.jsonl", 1);

        Map<String, JsonNode> people = byId(kbDir.resolve("people.jsonl"));
        assertThat(strings(people.get("vladimir-putin").get("ar"))).endsWith("فلادمير بوتين");
        assertThat(people.get("vladimir-putin").get("roles")).hasSize(5); // his terms as prime minister and acting president too
        assertThat(people.get("jane-example").get("wikidata").asText()).isEqualTo("Q900000001");
        assertThat(strings(byId(kbDir.resolve("countries.jsonl")).get("russia").get("ar"))).contains("روسيا الفيدرالية");
        // every line that was there is still there, unchanged unless it gained something, in its place
        for (Map.Entry<String, List<String>> f : before.entrySet()) {
            List<String> after = Files.readAllLines(kbDir.resolve(f.getKey()));
            assertThat(after.size()).isGreaterThanOrEqualTo(f.getValue().size());
            int changed = 0;
            for (int i = 0; i < f.getValue().size(); i++) {
                if (!after.get(i).equals(f.getValue().get(i))) {
                    changed++;
                    assertThat(KbJson.JSON.readTree(after.get(i)).get("id"))
                            .isEqualTo(KbJson.JSON.readTree(f.getValue().get(i)).get("id"));
                }
            }
            // Putin's line gains a spelling and a term, Russia's a spelling; nothing else changes
            boolean gains = List.of("people.jsonl", "countries.jsonl").contains(f.getKey());
            assertThat(changed).as(f.getKey()).isEqualTo(gains ? 1 : 0);
        }
        // the merged directory loads, ids unique across files
        Path onClasspath = testClasses.resolve("wikidata-merged");
        Files.createDirectories(onClasspath);
        for (String f : before.keySet()) {
            Files.copy(kbDir.resolve(f), onClasspath.resolve(f), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
        KnowledgeBase merged = KnowledgeBase.fromClasspath(files.stream().map(f -> "wikidata-merged/" + f).toList());
        assertThat(merged.size()).isEqualTo(KnowledgeBase.fromClasspath(KnowledgeBase.BUNDLED).size() + 3);
        assertThat(merged.get("example-cooperation-council").orElseThrow().abbreviations()).containsExactly("ECC");

        // a second merge finds nothing new
        WikidataImporter.Summary again = run(QUIET, "--in", sample.toString(), "--merge-into", kbDir.toString());
        assertThat(again.merge().spellingsAdded()).isZero();
        assertThat(again.merge().rolesAdded()).isZero();
        assertThat(again.merge().added()).isEmpty();
        assertThat(again.merge().matchedByWikidata()).isEqualTo(8);
    }

    @Test
    void anEntryWithoutWikidataIdIsMatchedByNameAndASharedSpelling(@TempDir Path tmp) throws IOException {
        Path kbDir = tmp.resolve("kb");
        Files.createDirectories(kbDir);
        Files.writeString(kbDir.resolve("people.jsonl"),
                "{\"id\": \"jane-example\", \"type\": \"PERSON\", \"name\": \"Jane Example\", \"ar\": [\"جين إكزامبل\"], \"short\": [\"إكزامبل\"], \"roles\": []}\n"
                        + "{\"id\": \"lea-exemple\", \"type\": \"PERSON\", \"name\": \"Lea Exemple\", \"ar\": [\"ليا مختلفة\"], \"roles\": []}\n");
        WikidataImporter.Summary s = run(QUIET, "--in", sample.toString(), "--merge-into", kbDir.toString());
        assertThat(s.merge().matchedByName()).isEqualTo(1);
        List<String> lines = Files.readAllLines(kbDir.resolve("people.jsonl"));
        assertThat(lines.get(0)).startsWith("{\"id\": \"jane-example\", \"type\": \"PERSON\", \"name\": \"Jane Example\", \"wikidata\": \"Q900000001\", \"ar\": [\"جين إكزامبل\"], \"short\": [\"إكزامبل\"], \"roles\": [{\"role\": \"head_of_government\"");
        // same name but no shared spelling or office: not taken for the same person; added under another id
        assertThat(lines.get(1)).isEqualTo("{\"id\": \"lea-exemple\", \"type\": \"PERSON\", \"name\": \"Lea Exemple\", \"ar\": [\"ليا مختلفة\"], \"roles\": []}");
        assertThat(lines).anyMatch(l -> l.startsWith("{\"id\": \"lea-exemple-q900000006\""));
    }

    @Test
    void badArgumentsAreExplained() {
        assertThatThrownBy(() -> WikidataImporter.parse(new String[] {"--out", "x"})).hasMessageContaining("--in is required");
        assertThatThrownBy(() -> WikidataImporter.parse(new String[] {"--in", "-"})).hasMessageContaining("--merge-into");
        assertThatThrownBy(() -> WikidataImporter.parse(new String[] {"--in", "-", "--out", "x", "--since", "May"}))
                .hasMessageContaining("--since");
        assertThatThrownBy(() -> WikidataImporter.parse(new String[] {"--in", "-", "--out", "x", "--limit", "-1"}))
                .hasMessageContaining("--limit");
    }

    @Test
    void arabicNamesAreCleaned() {
        assertThat(EntityConverter.cleanArabic("الو.م.أ")).isNull();
        assertThat(EntityConverter.cleanArabic("بُوتِين")).isEqualTo("بوتين");
        assertThat(EntityConverter.cleanArabic("جين إكزامبل (سياسية)")).isEqualTo("جين إكزامبل");
        assertThat(EntityConverter.cleanArabic("Putin")).isNull();
    }
}
