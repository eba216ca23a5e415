package org.mycroft.tagging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The prefiltered alternation finds exactly what the plain case-insensitive one finds. */
class PhraseAlternationTest {

    private static final String PHRASES = "guilty of an offence|is liable|strafbaar|será castigado"
            + "|\\bis (?:strictly )?prohibited|\\bhet is (?:\\p{L}+ )?verboden|\\bil est interdit|\\bse prohíbe";

    private static List<String> matches(Pattern pattern, String text) {
        List<String> found = new ArrayList<>();
        Matcher m = pattern.matcher(text);
        while (m.find()) {
            found.add(m.start() + ":" + m.group());
        }
        return found;
    }

    @Test
    void findsTheSameMatchesAsThePlainPatternWhateverTheCase() {
        Pattern plain = Pattern.compile("(?iu)" + PHRASES);
        Pattern fast = PhraseAlternation.compile(PHRASES);
        List<String> texts = List.of(
                "A person who does so IS LIABLE to a fine; is Strictly Prohibited; Is Liable again.",
                "xis liable (inside a word, as the plain pattern allows) and thisis prohibited (no word start)",
                "Het is ten strengste verboden; HET IS VERBODEN; het is verboden",
                "Il est interdit de… il EST INTERDIT; Será castigado; SERÁ CASTIGADO; sera castigado (no accent)",
                "Se prohíbe; SE PROHÍBE; Strafbaar; ſtrafbaar (long s folds to s); ıs lıable; İS LIABLE",
                "guilty of an offence\nGUILTY OF AN OFFENCE", "nothing here at all", "");
        int found = 0;
        for (String text : texts) {
            List<String> expected = matches(plain, text);
            assertThat(matches(fast, text)).as(text).isEqualTo(expected);
            found += expected.size();
        }
        assertThat(found).as("the texts do contain matches").isGreaterThan(15);
    }

    @Test
    void anAlternativeThatDoesNotStartWithTwoLettersIsRefused() {
        assertThatThrownBy(() -> PhraseAlternation.compile("guilty|(?:a|b)c")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> PhraseAlternation.compile("guilty|se?rá")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> PhraseAlternation.compile("\\p{L}+ verboden")).isInstanceOf(IllegalArgumentException.class);
    }
}
