package org.mycroft.api.search;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Makes user text safe for edismax: every Solr operator character is escaped, so
 * {@code {!xmlparser ...}}, {@code field:value}, brackets and wildcards are searched as text.
 * Balanced double quotes are kept because phrase search is what lawyers expect; an odd quote
 * count drops them all. A word repeated outside quotes is sent once ({@link #onceEach}).
 */
public final class UserQuery {

    private static final String SPECIAL = "\\+-!():^[]{}~*?|&/;:";

    private UserQuery() {}

    public static String toEdismax(String text) {
        boolean keepQuotes = text.chars().filter(c -> c == '"').count() % 2 == 0;
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"') {
                if (keepQuotes) {
                    out.append(c);
                } else {
                    out.append(' ');
                }
            } else if (SPECIAL.indexOf(c) >= 0) {
                out.append('\\').append(c);
            } else if (Character.isISOControl(c)) {
                out.append(' ');
            } else {
                out.append(c);
            }
        }
        String escaped = onceEach(out.toString().strip());
        // "" or a lone operator word would make an empty or pure-negative query.
        return escaped.replace("\"\"", " ").isBlank() ? "*:*" : escaped;
    }

    private static final Pattern OPERATOR = Pattern.compile("(^|\\s)(AND|OR|NOT)(\\s|$)");

    /**
     * The escaped text with each word outside quotes kept at its first occurrence only (compared
     * without case and without the punctuation around it). A repeated word searched again adds
     * nothing a reader asks for, yet it costs: the phrase boost (pf, slop 3) over repeated terms runs
     * Lucene's slowest phrase matcher, and "offence offence offence" was the slowest search of the
     * bench (8x the same word alone), and with {@code mm} a repeated word could stand in for another
     * that was then no longer required. Quoted phrases are left as written, and so is a text with
     * AND/OR/NOT, whose structure is the reader's.
     */
    static String onceEach(String escaped) {
        if (OPERATOR.matcher(escaped).find()) {
            return escaped;
        }
        StringBuilder out = new StringBuilder(escaped.length());
        Set<String> seen = new HashSet<>();
        boolean dropped = false;
        int i = 0;
        while (i < escaped.length()) {
            char c = escaped.charAt(i);
            int end;
            if (c == '"') { // a phrase, up to its closing quote (quotes are balanced here)
                int close = escaped.indexOf('"', i + 1);
                end = close < 0 ? escaped.length() : close + 1;
            } else if (Character.isWhitespace(c)) {
                i++;
                continue;
            } else {
                end = i;
                while (end < escaped.length() && !Character.isWhitespace(escaped.charAt(end)) && escaped.charAt(end) != '"') {
                    end++;
                }
            }
            String word = escaped.substring(i, end);
            String key = key(word);
            if (c == '"' || key.isEmpty() || seen.add(key)) {
                out.append(out.isEmpty() ? "" : " ").append(word);
            } else {
                dropped = true;
            }
            i = end;
        }
        return dropped ? out.toString() : escaped; // without a repeat, exactly the text as escaped
    }

    /** A word without case and without the punctuation (and escapes) before and after it; empty when it has no letter or digit. */
    private static String key(String word) {
        int start = 0;
        int end = word.length();
        while (start < end && !Character.isLetterOrDigit(word.charAt(start))) {
            start++;
        }
        while (end > start && !Character.isLetterOrDigit(word.charAt(end - 1))) {
            end--;
        }
        return word.substring(start, end).toLowerCase(Locale.ROOT);
    }
}
