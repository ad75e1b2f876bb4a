package org.newsint.text;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Arabic → Latin romanisation of personal, place and organisation names, aimed at the spellings English-language
 * news uses («محمد بن سلمان» → "Mohammed bin Salman", «عبد الفتاح السيسي» → "Abdel Fattah al-Sesi"), not a scholarly
 * transliteration. Rule-based over data in {@code org/newsint/text/romanize/}:
 * <ol>
 *   <li>{@code names.tsv}: hand-kept spellings of frequent words (محمد → Mohammed, سيرغي → Sergey) and particles;</li>
 *   <li>{@code anetac-names.tsv} (optional, not shipped: it copies ANETAC's pairs): spellings generated from the
 *       ANETAC name pairs by {@code RomanizerTables} for words the rules below get wrong;</li>
 *   <li>{@code sequences.tsv} and {@code letters.tsv}: letter sequences and letters by position, with the vowel
 *       letters ا و ي, ع and hamza decided by their neighbours and a vowel put into consonant clusters English
 *       cannot say.</li>
 * </ol>
 * A leading «ال» is written "al-" (capitalised at the start of the name); «عبد ال…» is "Abdel …". Immutable and
 * thread-safe; {@link #bundled()} loads the tables once.
 */
public final class Romanizer {

    private static final String BASE = "org/newsint/text/romanize/";
    private static volatile Romanizer bundled;

    private record Letter(String any, String initial, String fin) {
    }

    private record Sequence(String arabic, String latin, String where) {
    }

    private final Map<Character, Letter> letters = new HashMap<>();
    private final List<Sequence> sequences = new ArrayList<>();
    private final Map<String, String> words = new HashMap<>();
    /** Learned spellings of letters by their neighbours (letters-in-context.tsv); empty = hand rules only. */
    private final Map<String, String> contexts = new HashMap<>();

    private Romanizer() {
    }

    /** The bundled tables (loaded on first use). */
    public static Romanizer bundled() {
        Romanizer r = bundled;
        if (r == null) {
            synchronized (Romanizer.class) {
                r = bundled;
                if (r == null) {
                    r = load(true);
                    bundled = r;
                }
            }
        }
        return r;
    }

    /** The rules and hand-kept words only, without the generated ANETAC table (for measuring and generating). */
    public static Romanizer rulesOnly() {
        return load(false);
    }

    private static Romanizer load(boolean withGenerated) {
        Romanizer r = new Romanizer();
        for (String[] f : rows("letters.tsv", 4)) {
            String any = f[1];
            r.letters.put(f[0].charAt(0), new Letter(any, f[2].equals("-") ? any : f[2], f[3].equals("-") ? any : f[3]));
        }
        for (String[] f : rows("sequences.tsv", 3)) {
            r.sequences.add(new Sequence(f[0], f[1], f[2]));
        }
        r.sequences.sort((a, b) -> b.arabic().length() - a.arabic().length());
        if (withGenerated) {
            for (String[] f : rows("letters-in-context.tsv", 2)) {
                r.contexts.put(f[0], f[1]);
            }
            for (String[] f : rows("anetac-names.tsv", 2)) {
                r.words.put(key(f[0]), f[1]);
            }
        }
        for (String[] f : rows("names.tsv", 2)) {
            r.words.put(key(f[0]), f[1]); // hand-kept spellings win over generated ones
        }
        return r;
    }

    /** The rules and hand-kept words with the given letter contexts (for RomanizerTables). */
    static Romanizer withContexts(Map<String, String> contexts) {
        Romanizer r = load(false);
        r.contexts.putAll(contexts);
        return r;
    }

    private static List<String[]> rows(String file, int columns) {
        boolean optional = file.startsWith("anetac") || file.startsWith("letters-in");
        if (optional && Romanizer.class.getClassLoader().getResource(BASE + file) == null) {
            return List.of();
        }
        List<String[]> out = new ArrayList<>();
        for (Tsv.Row row : Tsv.resource(Romanizer.class, BASE + file, columns)) {
            if (row.fields()[0].isEmpty()) {
                throw row.error("expected " + columns + " columns");
            }
            out.add(row.fields());
        }
        return out;
    }

    /** Lookup key of a word in the word tables: folded (alef/hamza, yaa, taa marbuta unified). */
    static String key(String word) {
        return ArabicText.fold(word);
    }

    /** A name of one or more words, each capitalised, «ال» as "al-": «مصطفى الكاظمي» → "Mustafa al-Kazemi". */
    public String name(String arabic) {
        List<String> ws = wordsOf(arabic);
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < ws.size(); i++) {
            String w = ws.get(i);
            String next = i + 1 < ws.size() ? ws.get(i + 1) : null;
            String latin;
            if (next != null && isAbd(w) && next.startsWith("ال") && next.length() > 3) {
                String joined = words.get(key(w + next));
                latin = joined != null ? joined : "Abdel " + capitalize(word(next.substring(2)));
                i++;
            } else {
                latin = word(w);
            }
            if (latin.isEmpty()) {
                continue;
            }
            if (out.length() > 0) {
                out.append(' ');
            }
            out.append(latin);
        }
        return out.isEmpty() ? "" : Character.toUpperCase(out.charAt(0)) + out.substring(1);
    }

    /** Whether a word is in the word tables: a name word (a given name, a surname, a place) seen before. */
    public boolean isKnownName(String arabicWord) {
        return words.containsKey(key(arabicWord));
    }

    /** A lowercase ASCII slug of a name: «محمد بن سلمان» → "mohammed-bin-salman". */
    public String slug(String arabic) {
        return slugOf(name(arabic));
    }

    /** A Latin name as a slug: accents dropped, lowercase, runs of anything else as one "-". */
    public static String slugOf(String latin) {
        String s = Normalizer.normalize(latin, Normalizer.Form.NFD).replaceAll("\\p{M}+", "").toLowerCase(Locale.ROOT);
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
                out.append(c);
            } else if (!out.isEmpty() && out.charAt(out.length() - 1) != '-') {
                out.append('-');
            }
        }
        while (!out.isEmpty() && out.charAt(out.length() - 1) == '-') {
            out.setLength(out.length() - 1);
        }
        return out.toString();
    }

    private static boolean isAbd(String w) {
        return w.equals("عبد");
    }

    /** The words of a name: letters only (diacritics, tatweel, invisible marks and punctuation dropped). */
    static List<String> wordsOf(String arabic) {
        List<String> out = new ArrayList<>();
        StringBuilder w = new StringBuilder();
        String s = arabic == null ? "" : Normalizer.normalize(arabic, Normalizer.Form.NFC);
        for (int i = 0; i <= s.length(); i++) {
            char c = i < s.length() ? s.charAt(i) : ' ';
            if (ArabicText.isDiacritic(c) || c == '\u0640' || ArabicText.isInvisible(c)) {
                continue;
            }
            if (ArabicText.isArabicLetter(c) || Character.isLetterOrDigit(c)) {
                w.append(c);
            } else if (!w.isEmpty()) {
                out.add(w.toString());
                w.setLength(0);
            }
        }
        return out;
    }

    /** One word, capitalised: from the word tables, else by the rules. */
    public String word(String arabicWord) {
        List<String> ws = wordsOf(arabicWord);
        if (ws.isEmpty()) {
            return "";
        }
        String w = ws.get(0);
        if (!isArabicWord(w)) {
            return w;
        }
        String known = words.get(key(w));
        if (known != null) {
            return known;
        }
        if (w.startsWith("ال") && w.length() > 3) {
            return "al-" + capitalize(bare(w.substring(2)));
        }
        if (w.startsWith("عبدال") && w.length() > 6) {
            String rest = w.substring(5);
            String r = words.get(key(rest));
            return "Abdel" + (r != null ? r.toLowerCase(Locale.ROOT) : rules(rest));
        }
        return capitalize(rules(w));
    }

    /** A word without the article, from the tables or the rules, not capitalised. */
    private String bare(String w) {
        String known = words.get(key(w));
        return known != null ? known : rules(w);
    }

    private static boolean isArabicWord(String w) {
        for (int i = 0; i < w.length(); i++) {
            if (!ArabicText.isArabicLetter(w.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    static String capitalize(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    private static boolean isVowelLetter(char c) {
        return c == 'ا' || c == 'و' || c == 'ي' || c == 'ى' || c == 'ة' || c == 'أ' || c == 'إ' || c == 'آ'
                || c == 'ی';
    }

    private static boolean isLatinVowel(char c) {
        return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u' || c == 'y';
    }

    /** The letter rules for one word (no word tables): lower case. */
    public String rules(String w) {
        if (!contexts.isEmpty()) {
            return learned(w);
        }
        StringBuilder out = new StringBuilder(w.length() + 4);
        int n = w.length();
        int i = 0;
        while (i < n) {
            Sequence seq = sequenceAt(w, i);
            if (seq != null) {
                out.append(seq.latin());
                i += seq.arabic().length();
                continue;
            }
            char c = w.charAt(i);
            char prev = i > 0 ? w.charAt(i - 1) : 0;
            char next = i + 1 < n ? w.charAt(i + 1) : 0;
            boolean initial = i == 0;
            boolean fin = i == n - 1;
            String latin;
            switch (c) {
                case 'و' -> latin = initial ? "w"
                        : (prev != 0 && isVowelLetter(prev)) || next == 'ا' || next == 'ي' && !fin && i + 2 < n ? "w"
                        : "o";
                case 'ي', 'ی' -> latin = initial ? "y"
                        : prev != 0 && (prev == 'ا' || prev == 'و') ? "y"
                        : fin ? "i" : "i";
                case 'ع' -> latin = next != 0 && isVowelLetter(next) || fin ? "" : "a";
                default -> {
                    Letter l = letters.get(c);
                    if (l == null) {
                        latin = "";
                    } else {
                        latin = initial ? l.initial() : fin ? l.fin() : l.any();
                    }
                }
            }
            out.append(latin.toLowerCase(Locale.ROOT));
            i++;
        }
        return vowelize(out.toString());
    }

    /** Each letter spelt by the most specific learned context that is known, else by letters.tsv. */
    private String learned(String word) {
        StringBuilder w = new StringBuilder(word.length());
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            w.append(switch (c) {
                case 'أ', 'إ', 'آ', 'ٱ' -> 'ا';
                case 'ی' -> 'ي';
                case 'ک' -> 'ك';
                default -> c;
            });
        }
        String s = w.toString();
        StringBuilder out = new StringBuilder(s.length() + 4);
        int n = s.length();
        for (int i = 0; i < n; i++) {
            Sequence seq = sequenceAt(s, i);
            if (seq != null && !seq.where().equals("any")) {
                out.append(seq.latin());
                i += seq.arabic().length() - 1;
                continue;
            }
            if (i == n - 1 && (s.charAt(i) == 'ة' || s.charAt(i) == 'ى')) {
                out.append('a'); // taa marbuta and alef maqsura at the end: -a, as news writes them
                continue;
            }
            char p = i == 0 ? '^' : s.charAt(i - 1);
            char c = s.charAt(i);
            char nx = i + 1 == n ? '$' : s.charAt(i + 1);
            String latin = contexts.get("" + p + c + nx);
            if (latin == null) {
                latin = contexts.get("_" + c + nx);
            }
            if (latin == null) {
                latin = contexts.get("" + p + c + "_");
            }
            if (latin == null) {
                latin = contexts.get("_" + c + "_");
            }
            if (latin == null) {
                Letter l = letters.get(c);
                latin = l == null ? "" : (i == 0 ? l.initial() : i == n - 1 ? l.fin() : l.any()).toLowerCase(Locale.ROOT);
            }
            out.append(latin);
        }
        return vowelize(out.toString());
    }


    private Sequence sequenceAt(String w, int i) {
        for (Sequence s : sequences) {
            if (!w.startsWith(s.arabic(), i)) {
                continue;
            }
            boolean ok = switch (s.where()) {
                case "initial" -> i == 0;
                case "final" -> i + s.arabic().length() == w.length();
                case "whole" -> i == 0 && s.arabic().length() == w.length();
                default -> true;
            };
            if (ok) {
                return s;
            }
        }
        return null;
    }

    /** Consonant clusters English cannot say at the start or end of a word get a vowel. */
    private static String vowelize(String s) {
        if (s.length() < 3) {
            return s;
        }
        StringBuilder b = new StringBuilder(s);
        // word-final cluster: «بلينكن» blinkn -> blinken
        int n = b.length();
        if (!isLatinVowel(b.charAt(n - 1)) && !isLatinVowel(b.charAt(n - 2)) && !FINAL_CLUSTERS.contains(b.substring(n - 2))
                && !b.substring(n - 2).equals("sh") && !b.substring(n - 2).equals("kh") && !b.substring(n - 2).equals("th")
                && !b.substring(n - 2).equals("ch") && !b.substring(n - 2).equals("gh") && !b.substring(n - 2).equals("dh")
                && n >= 4) {
            b.insert(n - 1, 'e');
        }
        // word-initial cluster: «سلمان» slman -> salman
        if (!isLatinVowel(b.charAt(0)) && !isLatinVowel(b.charAt(1)) && !INITIAL_CLUSTERS.contains(b.substring(0, 2))) {
            b.insert(1, 'a');
        }
        return b.toString();
    }

    private static final java.util.Set<String> FINAL_CLUSTERS = java.util.Set.of("st", "nd", "nt", "rt", "rd", "rk", "rn",
            "rs", "rm", "rg", "rf", "rl", "rb", "ld", "lt", "lf", "lk", "lm", "ng", "nk", "ns", "nz", "ks", "ft", "sk",
            "sp", "ts", "ds", "ms", "ls", "ps", "pt", "ct", "kt", "mp", "mb", "ff", "ll", "ss", "tt", "zz", "nn", "mm",
            "tz", "sch", "rz", "rr", "kh", "sh", "th", "ch", "gh", "dh");

    private static final java.util.Set<String> INITIAL_CLUSTERS = java.util.Set.of("bl", "br", "kl", "kr", "gl", "gr", "dr",
            "tr", "pr", "pl", "fr", "fl", "st", "sp", "sk", "sm", "sn", "sl", "sv", "sh", "ch", "th", "kh", "gh", "dh", "sw",
            "tw", "dw", "kw", "dm", "zh", "ts", "tch", "fy", "by", "ky", "my", "ny", "py", "vl", "vr", "zv", "kn", "ps",
            "sc", "wr", "ph", "dj", "zb", "tc");
}
