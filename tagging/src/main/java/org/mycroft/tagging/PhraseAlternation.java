package org.mycroft.tagging;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A case-insensitive alternation of phrases ({@code (?iu)a|b|c}) that stays fast on long texts.
 * Java's regex engine tries every alternative at every character; a lookahead on the letter pair the
 * alternatives start with turns most characters away after one or two class checks. The matches are
 * the same: the lookahead only refuses positions where no alternative can begin. Its classes hold
 * every character {@code (?iu)} reads as one of those letters (ı and İ for i, ſ for s, K for k), found
 * by asking the case-insensitive class itself, so they are tested without case folding: a
 * case-insensitive class folds each character once per letter it holds, and that alone was half of
 * the ingest workers' samples. {@link #foundIn} first asks the text for the phrases'
 * {@link RequiredLiterals}, and most provisions hold none. The offence checks of {@link LawContext}
 * read every provision's whole text (JFR, {@code ./mycroft bench ingest}).
 */
final class PhraseAlternation {

    private final Pattern pattern;
    /** What a text must hold for the pattern to match (null: nothing known, always run it). */
    private final RequiredLiterals required;

    private PhraseAlternation(Pattern pattern, RequiredLiterals required) {
        this.pattern = pattern;
        this.required = required;
    }

    /**
     * The alternation with its {@link RequiredLiterals}: most provisions hold none of an offence
     * phrase's words, and telling so costs one pass over the text, far less than the regex.
     */
    static PhraseAlternation of(String alternatives) {
        return of(alternatives, "");
    }

    /** The alternation followed by more pattern ({@code tail}); a match starts with one of the phrases. */
    static PhraseAlternation of(String alternatives, String tail) {
        return new PhraseAlternation(Pattern.compile(compile(alternatives).pattern() + tail), RequiredLiterals.of(alternatives));
    }

    /** A matcher over the text, or over nothing when the text lacks every required literal (it would find nothing there either). */
    Matcher matcher(CharSequence text) {
        return pattern.matcher(required == null || required.mayMatch(text) ? text : "");
    }

    /** Whether the alternation matches somewhere in the text: {@code compile(alternatives).matcher(text).find()}. */
    boolean foundIn(CharSequence text) {
        return (required == null || required.mayMatch(text)) && pattern.matcher(text).find();
    }

    /** The literals checked before the regex runs (empty when none are). */
    java.util.List<String> requiredLiterals() {
        return required == null ? java.util.List.of() : required.literals();
    }

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
        return Pattern.compile("(?iu)(?=" + exactClass(first) + exactClass(second) + ")(?:" + alternatives + ")");
    }

    /**
     * A case-sensitive class ({@code (?-iu:[…])}) of every code point the case-insensitive class of
     * these letters accepts: the same positions pass, without folding case at each of them.
     */
    static String exactClass(CharSequence letters) {
        Pattern folding = Pattern.compile("(?iu)[" + letters + "]");
        StringBuilder out = new StringBuilder("(?-iu:[");
        for (int cp = 0; cp <= Character.MAX_CODE_POINT; cp++) {
            // a code point outside the BMP can only match a letter of it by folding into it (SingleU's test)
            boolean candidate = cp < Character.MIN_SUPPLEMENTARY_CODE_POINT
                    ? !Character.isSurrogate((char) cp)
                    : Character.toLowerCase(Character.toUpperCase(cp)) < Character.MIN_SUPPLEMENTARY_CODE_POINT;
            if (candidate && folding.matcher(Character.toString(cp)).matches()) {
                out.append("\\x{").append(Integer.toHexString(cp)).append('}');
            }
        }
        return out.append("])").toString();
    }
}
