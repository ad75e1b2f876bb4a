package org.newsint.nlp.ner;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Tags tokens read from standard input: one token a line (a line may have more columns, separated by a tab
 * or spaces: the first is the token), a blank line between sentences. Writes {@code token<TAB>TAG} lines
 * with BIO tags over PER, LOC, ORG, MISC, blank lines kept where they were.
 *
 * <pre>NerTagger [--model PATH] [--document N] [--domain news|wiki]</pre>
 *
 * Without {@code --model} the bundled model ({@code /ner/ar-ner.bin} on the classpath) is used. With
 * {@code --document N}, N consecutive sentences are treated as one document ({@link ArabicNer#findInDocument}:
 * a name found once is marked at its other occurrences too); the default, 1, tags each sentence alone.
 * {@code --domain} names the kind of text ({@link ArabicNer#forDomain}): news (the default) or wiki for
 * encyclopaedia articles like AQMAR's.
 */
public final class NerTagger {

    private NerTagger() {
    }

    public static void main(String[] args) throws IOException {
        Path model = null;
        int doc = DEFAULT_DOCUMENT;
        String domain = ArabicNerFactory.DEFAULT_DOMAIN;
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--model") && i + 1 < args.length) {
                model = Path.of(args[++i]);
            } else if (args[i].equals("--document") && i + 1 < args.length) {
                doc = Integer.parseInt(args[++i]);
            } else if (args[i].equals("--domain") && i + 1 < args.length
                    && ArabicFeatureGenerator.DOMAINS.contains(args[i + 1])) {
                domain = args[++i];
            } else {
                System.err.println("usage: NerTagger [--model PATH] [--document N] [--domain "
                        + String.join("|", ArabicFeatureGenerator.DOMAINS) + "] < tokens > token<TAB>TAG");
                System.exit(2);
            }
        }
        ArabicNer ner = (model == null ? ArabicNer.bundled() : ArabicNer.load(model)).forDomain(domain);
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        Writer out = new BufferedWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), 1 << 16);
        tag(ner, in, out, doc);
        out.flush();
    }

    /** Sentences tagged together as one document when the input has no document marks. */
    static final int DEFAULT_DOCUMENT = 1;

    /** Tags a token stream (the format above) with {@code ner}, sentence by sentence. */
    public static void tag(ArabicNer ner, BufferedReader in, Writer out) throws IOException {
        tag(ner, in, out, 1);
    }

    /**
     * Tags a token stream, {@code document} consecutive sentences at a time as one document
     * ({@link ArabicNer#findInDocument}); 1 tags each sentence alone.
     */
    public static void tag(ArabicNer ner, BufferedReader in, Writer out, int document) throws IOException {
        List<Object> lines = new ArrayList<>(); // a sentence (List<String>) or a blank line (null), in order
        List<String> sentence = new ArrayList<>();
        int sentences = 0;
        for (String line; (line = in.readLine()) != null; ) {
            String l = line.replace("\r", "");
            if (l.replace("\u200e", "").isBlank()) {
                if (!sentence.isEmpty()) {
                    lines.add(sentence);
                    sentence = new ArrayList<>();
                    sentences++;
                }
                lines.add(null);
                if (sentences >= document) {
                    write(ner, lines, out);
                    sentences = 0;
                }
                continue;
            }
            sentence.add(firstColumn(l));
        }
        if (!sentence.isEmpty()) {
            lines.add(sentence);
        }
        write(ner, lines, out);
    }

    @SuppressWarnings("unchecked")
    private static void write(ArabicNer ner, List<Object> lines, Writer out) throws IOException {
        List<String[]> doc = new ArrayList<>();
        for (Object o : lines) {
            if (o != null) {
                doc.add(((List<String>) o).toArray(new String[0]));
            }
        }
        List<List<ArabicNer.Span>> found = document(ner, doc);
        int k = 0;
        for (Object o : lines) {
            if (o == null) {
                out.write('\n');
                continue;
            }
            String[] toks = doc.get(k);
            List<String> tags = NerSentence.tagsOf(toks.length, ArabicNer.toOpenNlp(found.get(k)));
            k++;
            for (int i = 0; i < toks.length; i++) {
                out.write(toks[i]);
                out.write('\t');
                out.write(tags.get(i));
                out.write('\n');
            }
        }
        lines.clear();
    }

    private static List<List<ArabicNer.Span>> document(ArabicNer ner, List<String[]> doc) {
        if (doc.size() == 1) {
            return List.of(ner.find(doc.get(0)));
        }
        return ner.findInDocument(doc);
    }

    static String firstColumn(String line) {
        String l = line.strip();
        int tab = l.indexOf('\t');
        if (tab >= 0) {
            return l.substring(0, tab).strip();
        }
        String[] f = l.split("\\s+", 2);
        return f[0];
    }

}
