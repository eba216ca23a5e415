package org.mycroft.tagging;

import java.text.Normalizer;
import java.util.Arrays;

/**
 * A text folded for matching, with a map back to the original offsets.
 *
 * <p>Folding: lower case, accents and other combining marks removed, ligatures expanded (œ → oe,
 * ß → ss), hyphens, dashes, apostrophes and quotes turned into spaces, runs of white space collapsed
 * to one space; every other character (punctuation, digits, parentheses) is kept. So
 * "Money-Laundering", "money laundering" and "money  laundering" fold to the same string, and
 * "l'article" to "l article".
 *
 * <p>Tokens are the maximal runs of letters and digits of the folded text. A sentence break is
 * recorded before a token when the gap before it holds ';', '!', '?' or a '.' that is followed in the
 * original by white space and an upper-case letter ("art. 3" is not a break).
 */
final class NormalizedText {

    /** Folded form of every char below this bound, computed once; chars above are only lower-cased. */
    private static final int TABLE_SIZE = 0x2100;
    private static final String[] FOLD = new String[TABLE_SIZE];

    static {
        for (int c = 0; c < TABLE_SIZE; c++) {
            FOLD[c] = computeFold((char) c);
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
        String d = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFKD);
        StringBuilder sb = new StringBuilder(d.length());
        for (int i = 0; i < d.length(); i++) {
            char x = d.charAt(i);
            int t = Character.getType(x);
            if (t == Character.NON_SPACING_MARK || t == Character.COMBINING_SPACING_MARK || t == Character.ENCLOSING_MARK) {
                continue;
            }
            if (isSeparator(x)) {
                sb.append(' ');
            } else {
                sb.append(Character.toLowerCase(x));
            }
        }
        return sb.toString();
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

    NormalizedText(String text) {
        this.original = text;
        int n = text.length();
        StringBuilder sb = new StringBuilder(n + 16);
        int[] os = new int[n + 16];
        int[] oe = new int[n + 16];
        int len = 0;
        boolean lastSpace = true; // drop leading white space
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            int cEnd = i + 1;
            String f;
            if (c < TABLE_SIZE) {
                f = FOLD[c];
            } else if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(text.charAt(i + 1))) {
                int cp = text.codePointAt(i);
                f = Character.isLetterOrDigit(cp) ? new String(Character.toChars(Character.toLowerCase(cp))) : " ";
                cEnd = i + 2;
            } else {
                f = isSeparator(c) ? " " : String.valueOf(Character.toLowerCase(c));
            }
            for (int k = 0; k < f.length(); k++) {
                char x = f.charAt(k);
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
                }
                sb.append(x);
                os[len] = i;
                oe[len] = cEnd;
                len++;
            }
            i = cEnd - 1;
        }
        this.folded = sb.toString();
        this.origStart = os;
        this.origEnd = oe;

        // Tokens.
        int cap = Math.max(8, len / 5);
        int[] ts = new int[cap];
        int[] te = new int[cap];
        int[] sn = new int[cap];
        int count = 0;
        int sent = 0;
        int i = 0;
        int prevEnd = 0;
        while (i < len) {
            char c = folded.charAt(i);
            if (!Character.isLetterOrDigit(c)) {
                i++;
                continue;
            }
            int s = i;
            while (i < len && Character.isLetterOrDigit(folded.charAt(i))) {
                i++;
            }
            if (count > 0 && breaksSentence(prevEnd, s)) {
                sent++;
            }
            if (count == ts.length) {
                ts = Arrays.copyOf(ts, count * 2);
                te = Arrays.copyOf(te, count * 2);
                sn = Arrays.copyOf(sn, count * 2);
            }
            ts[count] = s;
            te[count] = i;
            sn[count] = sent;
            count++;
            prevEnd = i;
        }
        this.tokStart = ts;
        this.tokEnd = te;
        this.sentence = sn;
        this.tokenCount = count;
        String[] toks = new String[count];
        for (int t = 0; t < count; t++) {
            toks[t] = folded.substring(ts[t], te[t]);
        }
        this.tokens = toks;
    }

    private boolean breaksSentence(int gapStart, int gapEnd) {
        for (int k = gapStart; k < gapEnd; k++) {
            char c = folded.charAt(k);
            if (c == ';' || c == '!' || c == '?') {
                return true;
            }
            if (c == '.') {
                // A full stop ends a sentence when the original goes on with space + upper case.
                int o = origEnd[k];
                int m = o;
                while (m < original.length() && Character.isWhitespace(original.charAt(m))) {
                    m++;
                }
                if (m > o && m < original.length() && Character.isUpperCase(original.charAt(m))) {
                    return true;
                }
            }
        }
        return false;
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
