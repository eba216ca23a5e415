package org.mycroft.tagging;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A text folded for matching, with a map back to the original offsets.
 *
 * <p>Folding: lower case, accents and other combining marks removed, ligatures expanded (œ → oe,
 * ß → ss), hyphens, dashes, apostrophes and quotes turned into spaces, runs of white space collapsed
 * to one space; every other character (punctuation, digits, parentheses) is kept. So
 * "Money-Laundering", "money laundering" and "money  laundering" fold to the same string, and
 * "l'article" to "l article".
 *
 * <p>Arabic is folded as its official texts vary in writing: diacritics and tatweel dropped, hamza and
 * madda forms of alef read as alef (أ إ آ ٱ → ا), ؤ → و, ئ and ى → ي, taa marbuta read as haa (ة → ه),
 * presentation forms and Arabic-Indic digits read as their plain letters and digits. Full-width
 * forms (，；１８) are read as their ASCII forms, and the traditional Han characters of the
 * vocabulary as their simplified forms ({@link HanVariants}: 販運 → 贩运).
 *
 * <p>Tokens are the maximal runs of letters and digits of the folded text, except that every Han
 * character is a token of its own: Chinese has no spaces, so a phrase of Han characters matches
 * inside running text. Two Han tokens separated by anything but one space (punctuation) carry a
 * {@link #barrierBefore barrier}: only a phrase with punctuation at the same place (a name such as
 * "关于预防、禁止和惩治贩运人口…议定书") runs across it. An Arabic token also matches without
 * its attached clitics ({@link ArabicClitics}: و ف ب ل ك and the article ال), held in
 * {@link #alternatives}. Latin and Cyrillic tokens are plain runs, as before.
 *
 * <p>A sentence break is recorded before a token when the gap before it holds ';', '!', '?', the
 * Chinese '。' or the Arabic '؛' '؟', or a '.' that is followed in the original by white space and an
 * upper-case letter or a letter of a script without case ("art. 3" is not a break).
 */
final class NormalizedText {

    /** Folded form of every char below this bound, computed once; chars above are only lower-cased. */
    private static final int TABLE_SIZE = 0x2100;
    private static final String[] FOLD = new String[TABLE_SIZE];

    /** The same table where a char folds to exactly one char (most do), {@link #SEVERAL} where it does not. */
    private static final char[] FOLD_ONE = new char[TABLE_SIZE];
    private static final char SEVERAL = '\uffff';

    static {
        for (int c = 0; c < TABLE_SIZE; c++) {
            FOLD[c] = computeFold((char) c);
            FOLD_ONE[c] = FOLD[c].length() == 1 ? FOLD[c].charAt(0) : SEVERAL;
        }
    }

    private static String computeFold(char c) {
        if (Character.isSurrogate(c)) {
            return String.valueOf(c);
        }
        if (isSeparator(c)) {
            return " ";
        }
        if (c == '\u00ad') { // soft hyphen: invisible, joins the word
            return "";
        }
        switch (c) {
            case 'œ', 'Œ' -> { return "oe"; }
            case 'æ', 'Æ' -> { return "ae"; }
            case 'ß' -> { return "ss"; }
            case 'ø', 'Ø' -> { return "o"; }
            case 'đ', 'Đ' -> { return "d"; }
            case 'ł', 'Ł' -> { return "l"; }
            case 'ı' -> { return "i"; }
            default -> { }
        }
        String arabic = foldArabic(c);
        if (arabic != null) {
            return arabic;
        }
        String d = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFKD);
        StringBuilder sb = new StringBuilder(d.length());
        for (int i = 0; i < d.length(); i++) {
            char x = d.charAt(i);
            int t = Character.getType(x);
            if (t == Character.NON_SPACING_MARK || t == Character.COMBINING_SPACING_MARK || t == Character.ENCLOSING_MARK) {
                continue;
            }
            String a = foldArabic(x);
            if (isSeparator(x)) {
                sb.append(' ');
            } else if (a != null) {
                sb.append(a);
            } else {
                sb.append(Character.toLowerCase(x));
            }
        }
        return sb.toString();
    }

    /** The Arabic letters read as another (null: not one of them); hamza forms are done by NFKD. */
    private static String foldArabic(char c) {
        return switch (c) {
            case '\u0640' -> "";              // tatweel: stretches a word, no letter
            case '\u0629' -> "\u0647";        // taa marbuta → haa
            case '\u0649', '\u06cc' -> "\u064a"; // alef maksura, Farsi yeh → yeh
            case '\u0671' -> "\u0627";        // alef wasla → alef
            case '\u06a9' -> "\u0643";        // Farsi keheh → kaf
            default -> c >= '\u0660' && c <= '\u0669' ? String.valueOf((char) ('0' + c - '\u0660'))
                    : c >= '\u06f0' && c <= '\u06f9' ? String.valueOf((char) ('0' + c - '\u06f0')) : null;
        };
    }

    /**
     * Chars above the table that are folded like those in it: Arabic presentation forms (PDF text),
     * CJK compatibility ideographs and full-width forms. A traditional Han character is read as its
     * simplified form; every other char is only lower-cased.
     */
    private static boolean foldedAboveTable(char c) {
        return (c >= '\ufb50' && c <= '\ufdff') || (c >= '\ufe70' && c <= '\ufefc') || (c >= '\uf900' && c <= '\ufaff')
                || (c >= '\uff01' && c <= '\uff5e');
    }

    static boolean isHan(char c) {
        return c >= '\u2e80' && Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN;
    }

    /** Characters folded to a space: white space, hyphens and dashes, apostrophes and quotes. */
    private static boolean isSeparator(char c) {
        if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
            return true;
        }
        return switch (c) {
            case '-', '\u2010', '\u2011', '\u2012', '\u2013', '\u2014', '\u2015', '\u2212', '_',
                 '\'', '\u2018', '\u2019', '\u201a', '\u201b', '`', '\u00b4', '\u02bc', '\u2032',
                 '"', '\u201c', '\u201d', '\u201e', '\u00ab', '\u00bb', '\u2039', '\u203a' -> true;
            default -> false;
        };
    }

    /**
     * Marks a phrase token that follows punctuation between two Han characters ("预防、禁止"): it
     * matches only a text token with the same {@link #barrierBefore barrier}.
     */
    static final char GAP = '\u0001';

    /**
     * The words of a folded string cut as a text is cut into tokens: runs of letters and digits, one
     * Han character each; a Han character after punctuation that follows another carries {@link #GAP}.
     */
    static List<String> words(String s) {
        int[] spans = spans(s);
        List<String> out = new ArrayList<>(spans.length / 2);
        for (int k = 0; k < spans.length; k += 2) {
            String word = s.substring(spans[k], spans[k + 1]);
            boolean gap = k > 0 && isHan(s.charAt(spans[k])) && isHan(s.charAt(spans[k - 1] - 1))
                    && separated(s, spans[k - 1], spans[k]);
            out.add(gap ? GAP + word : word);
        }
        return out;
    }

    /** Start and end of every token of s, in pairs: runs of letters and digits, one Han character each. */
    private static int[] spans(String s) {
        int[] out = new int[Math.max(16, s.length() / 3)];
        int n = 0;
        int i = 0;
        while (i < s.length()) {
            if (!Character.isLetterOrDigit(s.charAt(i))) {
                i++;
                continue;
            }
            if (n + 2 > out.length) {
                out = Arrays.copyOf(out, out.length * 2);
            }
            out[n++] = i;
            i = tokenEnd(s, i);
            out[n++] = i;
        }
        return Arrays.copyOf(out, n);
    }

    /** End of the token starting at letter or digit i: one Han character, or a run of other letters and digits. */
    private static int tokenEnd(String s, int i) {
        if (isHan(s.charAt(i))) {
            return i + 1;
        }
        int end = i;
        while (end < s.length() && Character.isLetterOrDigit(s.charAt(end)) && !isHan(s.charAt(end))) {
            end++;
        }
        return end;
    }

    /** True when the folded chars [end, start) between two tokens hold more than one space. */
    private static boolean separated(String folded, int end, int start) {
        return start - end > (folded.charAt(end) == ' ' ? 1 : 0);
    }

    /** Folds a short string (a phrase of a rule file) the same way as a text. */
    static String fold(String s) {
        return new NormalizedText(s).folded;
    }

    final String original;
    /** The folded text. */
    final String folded;
    /** For each folded char, the original offset of the char it comes from. */
    private final int[] origStart;
    /** For each folded char, the original end offset (exclusive) of the char it comes from. */
    private final int[] origEnd;

    /** Token i spans folded[tokStart[i], tokEnd[i]). */
    final int[] tokStart;
    final int[] tokEnd;
    /** Token strings (folded). */
    final String[] tokens;
    /** Sentence number of each token (0-based), for windows that must not cross sentences. */
    final int[] sentence;
    final int tokenCount;
    /** Other forms a token also matches as (an Arabic word without its clitics); null when none. */
    final String[][] alternatives;
    /** True at token i when punctuation separates it from Han token i - 1. */
    private final boolean[] barrier;

    NormalizedText(String text) {
        this.original = text;
        int n = text.length();
        char[] out = new char[n + 16];
        int[] os = new int[n + 16];
        int[] oe = new int[n + 16];
        int len = 0;
        boolean lastSpace = true; // drop leading white space
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            int cEnd = i + 1;
            String f = null; // the folded form when it is not one char
            char one = c < TABLE_SIZE ? FOLD_ONE[c] : SEVERAL;
            if (one != SEVERAL) {
                // most chars: one char out, no string to read
            } else if (c < TABLE_SIZE) {
                f = FOLD[c];
            } else if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(text.charAt(i + 1))) {
                int cp = text.codePointAt(i);
                f = Character.isLetterOrDigit(cp) ? new String(Character.toChars(Character.toLowerCase(cp))) : " ";
                cEnd = i + 2;
            } else if (foldedAboveTable(c)) {
                f = computeFold(c);
            } else if (isHan(c)) {
                f = String.valueOf(HanVariants.simplified(c));
            } else {
                f = isSeparator(c) ? " " : String.valueOf(Character.toLowerCase(c));
            }
            for (int k = 0, count = f == null ? 1 : f.length(); k < count; k++) {
                char x = f == null ? one : f.charAt(k);
                if (x == ' ') {
                    if (lastSpace) {
                        continue;
                    }
                    lastSpace = true;
                } else {
                    lastSpace = false;
                }
                if (len == os.length) {
                    os = Arrays.copyOf(os, len * 2);
                    oe = Arrays.copyOf(oe, len * 2);
                    out = Arrays.copyOf(out, len * 2);
                }
                out[len] = x;
                os[len] = i;
                oe[len] = cEnd;
                len++;
            }
            i = cEnd - 1;
        }
        this.folded = new String(out, 0, len);
        this.origStart = os;
        this.origEnd = oe;

        // Tokens.
        int[] spans = spans(folded);
        int count = spans.length / 2;
        int[] ts = new int[count];
        int[] te = new int[count];
        int[] sn = new int[count];
        int sent = 0;
        for (int t = 0; t < count; t++) {
            ts[t] = spans[2 * t];
            te[t] = spans[2 * t + 1];
            if (t > 0 && breaksSentence(te[t - 1], ts[t])) {
                sent++;
            }
            sn[t] = sent;
        }
        this.tokStart = ts;
        this.tokEnd = te;
        this.sentence = sn;
        this.tokenCount = count;
        String[] toks = new String[count];
        String[][] alts = null;
        boolean[] bar = null;
        for (int t = 0; t < count; t++) {
            toks[t] = folded.substring(ts[t], te[t]);
            String[] a = ArabicClitics.alternatives(toks[t]);
            if (a != null) {
                if (alts == null) {
                    alts = new String[count][];
                }
                alts[t] = a;
            }
            if (t > 0 && isHan(folded.charAt(ts[t])) && isHan(folded.charAt(ts[t - 1])) && separated(folded, te[t - 1], ts[t])) {
                if (bar == null) {
                    bar = new boolean[count];
                }
                bar[t] = true;
            }
        }
        this.tokens = toks;
        this.alternatives = alts;
        this.barrier = bar;
    }

    /** True when punctuation separates Han token i from Han token i - 1. */
    boolean barrierBefore(int token) {
        return barrier != null && barrier[token];
    }

    /** The other forms token i matches as, or null. */
    String[] alternativesOf(int token) {
        return alternatives == null ? null : alternatives[token];
    }

    private boolean breaksSentence(int gapStart, int gapEnd) {
        for (int k = gapStart; k < gapEnd; k++) {
            char c = folded.charAt(k);
            if (c == ';' && continuesEnumeration(origEnd[k])) {
                continue;
            }
            if (c == ';' || c == '!' || c == '?' || c == '\u3002' || c == '\u061b' || c == '\u061f') {
                return true;
            }
            if (c == '.') {
                // A full stop ends a sentence when the original goes on with space + upper case.
                int o = origEnd[k];
                int m = o;
                while (m < original.length() && Character.isWhitespace(original.charAt(m))) {
                    m++;
                }
                if (m > o && m < original.length() && startsSentence(original.charAt(m)) && !endsListMarker(o - 1)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Conjunctions that join the paragraphs of a statutory enumeration ("(a) …; and (b) …"). */
    private static final java.util.Set<String> ENUMERATION_JOINS = java.util.Set.of("and", "or", "et", "ou", "y", "o", "e", "en", "of");

    /**
     * True when the text after a ';' goes on with the next paragraph of the same enumeration: "(b)",
     * "b)", "2°" or "and (b)". Such a ';' joins the paragraphs of one provision ("a person who (a) deals with
     * property; and (b) believes it to be proceeds of crime"), so a context may be read across it.
     */
    private boolean continuesEnumeration(int from) {
        int m = from;
        while (m < original.length() && Character.isWhitespace(original.charAt(m))) {
            m++;
        }
        int word = m;
        while (m < original.length() && Character.isLetter(original.charAt(m))) {
            m++;
        }
        if (m > word && ENUMERATION_JOINS.contains(original.substring(word, m))) {
            while (m < original.length() && Character.isWhitespace(original.charAt(m))) {
                m++;
            }
            word = m;
        }
        if (word < original.length() && original.charAt(word) == '(') {
            return true;
        }
        int e = word;
        while (e < original.length() && Character.isLetterOrDigit(original.charAt(e)) && e - word < 4) {
            e++;
        }
        return e > word && e < original.length()
                && (original.charAt(e) == ')' || original.charAt(e) == '\u00b0' || original.charAt(e) == '.' && isListMarker(word, e));
    }

    /**
     * True when the '.' at original offset dot closes a paragraph marker that opens a list after ':' or ';'
     * ("… a: I. La esclavitud; II. …", "sont notamment : a. la notification"): the marker starts an item of
     * the same sentence, not a new one.
     */
    private boolean endsListMarker(int dot) {
        int b = dot;
        while (b > 0 && Character.isLetterOrDigit(original.charAt(b - 1)) && dot - b < 4) {
            b--;
        }
        if (b == dot || !isListMarker(b, dot)) {
            return false;
        }
        int c = b;
        while (c > 0 && Character.isWhitespace(original.charAt(c - 1))) {
            c--;
        }
        return c > 0 && (original.charAt(c - 1) == ':' || original.charAt(c - 1) == ';');
    }

    /** A paragraph marker: a roman numeral, one letter, or a number of up to three digits. */
    private boolean isListMarker(int from, int to) {
        String marker = original.substring(from, to);
        return marker.matches("[IVXLC]{1,4}|[ivxlc]{1,4}|\\p{L}|\\d{1,3}");
    }

    /** An upper-case letter, or a letter of a script without case (Arabic): what a sentence starts with. */
    private static boolean startsSentence(char c) {
        return Character.isUpperCase(c) || (Character.isLetter(c) && !Character.isLowerCase(c) && c >= '\u0370');
    }

    /** Original offset where folded position p starts. */
    int origStartOf(int foldedPos) {
        if (folded.isEmpty()) {
            return 0;
        }
        return origStart[Math.min(foldedPos, folded.length() - 1)];
    }

    /** Original end offset (exclusive) of the folded range ending (exclusive) at foldedEnd. */
    int origEndOf(int foldedEnd) {
        if (foldedEnd <= 0) {
            return 0;
        }
        return origEnd[Math.min(foldedEnd, folded.length()) - 1];
    }

    int tokenOrigStart(int token) {
        return origStart[tokStart[token]];
    }

    int tokenOrigEnd(int token) {
        return origEnd[tokEnd[token] - 1];
    }

    /** Index of the first token starting at or after folded position p (tokenCount when none). */
    int tokenAtOrAfter(int foldedPos) {
        int lo = 0;
        int hi = tokenCount;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (tokStart[mid] < foldedPos) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

}
