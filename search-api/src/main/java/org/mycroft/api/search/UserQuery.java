package org.mycroft.api.search;

/**
 * Makes user text safe for edismax: every Solr operator character is escaped, so
 * {@code {!xmlparser ...}}, {@code field:value}, brackets and wildcards are searched as text.
 * Balanced double quotes are kept because phrase search is what lawyers expect; an odd quote
 * count drops them all.
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
        String escaped = out.toString().strip();
        // "" or a lone operator word would make an empty or pure-negative query.
        return escaped.replace("\"\"", " ").isBlank() ? "*:*" : escaped;
    }
}
