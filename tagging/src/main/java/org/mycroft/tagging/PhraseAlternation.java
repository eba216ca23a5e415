package org.mycroft.tagging;

import java.util.regex.Pattern;

/**
 * A case-insensitive alternation of phrases ({@code (?iu)a|b|c}) that stays fast on long texts.
 * Java's regex engine tries every alternative at every character; a lookahead on the letter pair the
 * alternatives start with turns most characters away after one or two class checks. The matches are
 * the same: the lookahead only refuses positions where no alternative can begin, and its classes fold
 * case as the phrases do. The offence checks of {@link LawContext} read every provision's whole text
 * and were two thirds of the ingest pipeline's own CPU (JFR, {@code ./mycroft bench ingest}).
 */
final class PhraseAlternation {

    private PhraseAlternation() {}

    /**
     * @param alternatives phrases separated by {@code |}, each starting with two literal letters,
     *                     optionally after {@code \b}
     */
    static Pattern compile(String alternatives) {
        StringBuilder first = new StringBuilder();
        StringBuilder second = new StringBuilder();
        // A "|" inside a group would split a phrase; its pieces then only widen the classes, and a
        // piece that starts with anything but two letters is refused.
        for (String alternative : alternatives.split("\\|")) {
            String start = alternative.startsWith("\\b") ? alternative.substring(2) : alternative;
            if (start.length() < 2 || !Character.isLetter(start.charAt(0)) || !Character.isLetter(start.charAt(1))
                    || start.length() > 2 && "?*+{".indexOf(start.charAt(2)) >= 0) {
                throw new IllegalArgumentException("Each alternative must start with two literal letters: " + alternative);
            }
            first.append(start.charAt(0));
            second.append(start.charAt(1));
        }
        return Pattern.compile("(?iu)(?=[" + first + "][" + second + "])(?:" + alternatives + ")");
    }
}
