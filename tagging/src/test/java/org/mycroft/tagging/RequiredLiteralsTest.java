package org.mycroft.tagging;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The prefilter of {@link PhraseAlternation}: the literals it asks of a text are really needed by every
 * match, so skipping the regex never loses one, including where a naive prefilter would.
 */
class RequiredLiteralsTest {

    /** Optional groups, optional letters, a class escape, accents: the shapes LawContext's phrases use. */
    private static final String PHRASES = "guilty of an offence|is liable|strafbaar|será castigado"
            + "|\\bis (?:strictly )?prohibited|\\bhet is (?:\\p{L}+ )?verboden|tel(?:le)?s? que|\\bse prohíbe|queda prohibid";

    @Test
    void eachAlternativeGivesTheLongestRunEveryMatchContains() {
        assertThat(RequiredLiterals.longestRun("\\bis (?:strictly )?prohibited")).isEqualTo("prohibited");
        assertThat(RequiredLiterals.longestRun("\\bhet is (?:\\p{L}+ )?verboden")).isEqualTo("verboden");
        assertThat(RequiredLiterals.longestRun("tel(?:le)?s? que")).as("the optional s is left out").isEqualTo(" que");
        assertThat(RequiredLiterals.longestRun("Será Castigado")).as("folded as (?iu) folds").isEqualTo("será castigado");
        assertThat(RequiredLiterals.longestRun("colou?r")).isEqualTo("colo");
        assertThat(RequiredLiterals.longestRun("ab")).as("too short to filter anything").isNull();
        assertThat(RequiredLiterals.longestRun("(?x)is liable")).as("inline flags change the reading").isNull();
        assertThat(RequiredLiterals.topLevelAlternatives("a(?:b|c)d|[|]e|f"))
                .as("a '|' inside a group or class does not split").containsExactly("a(?:b|c)d", "[|]e", "f");
        assertThat(RequiredLiterals.of("is liable|(?:a|b)c")).as("one alternative without a literal: no prefilter").isNull();
        assertThat(RequiredLiterals.of("is liable|liable on conviction|is liable to").literals())
                .as("a literal holding another adds nothing").containsExactlyInAnyOrder("is liable", "liable on conviction");
    }

    @Test
    void aNaivePrefilterWouldSkipMatchesThisOneKeeps() {
        Pattern plain = Pattern.compile("(?iu)" + PHRASES);
        PhraseAlternation fast = PhraseAlternation.of(PHRASES);
        // Each text matches the regex, and each defeats one naive shortcut: lower-casing (dotless i,
        // long s fold only through upper case), or a literal read across an optional part.
        List<String> texts = List.of("The person ıs lıable to a fine", "ſtrafbaar feit", "It is prohibited to",
                "Het is verboden", "tel que défini", "SERÁ CASTIGADO");
        for (String text : texts) {
            assertThat(plain.matcher(text).find()).as("the regex matches %s", text).isTrue();
            assertThat(fast.foundIn(text)).as(text).isTrue();
        }
        assertThat(naive("is liable", "The person ıs lıable to a fine")).isFalse();
        assertThat(naive("strafbaar", "ſtrafbaar feit")).isFalse();
        assertThat(naive("is strictly prohibited", "It is prohibited to")).isFalse();
        assertThat(naive("tels que", "tel que défini")).isFalse();
        assertThat(fast.foundIn("A provision on something else entirely.")).isFalse();
        assertThat(fast.requiredLiterals()).contains("prohibited", "verboden", " que", "is liable");
    }

    /** A prefilter that lower-cases and looks for the phrase as written: wrong in the cases above. */
    private static boolean naive(String phrase, String text) {
        return text.toLowerCase(Locale.ROOT).contains(phrase);
    }

    @Test
    void generatedTextsGiveWhatThePlainRegexGives() {
        Pattern plain = Pattern.compile("(?iu)" + PHRASES);
        PhraseAlternation fast = PhraseAlternation.of(PHRASES);
        String[] pieces = {"is", "liable", "guilty of an", "offence", "strafbaar", "será", "castigado", "sera", "prohibited",
            "strictly", "het", "verboden", "ten strengste", "tel", "telles", "que", "se", "prohíbe", "queda", "prohibid",
            "ı", "İ", "ſ", "\u212a", "É", " ", " ", "\n", "-", "x"};
        Random random = new Random(14);
        int matching = 0;
        for (int n = 0; n < 20_000; n++) {
            StringBuilder text = new StringBuilder();
            for (int k = random.nextInt(8); k >= 0; k--) {
                String piece = pieces[random.nextInt(pieces.length)];
                text.append(switch (random.nextInt(3)) {
                    case 0 -> piece.toUpperCase(Locale.ROOT);
                    case 1 -> piece;
                    default -> random.nextBoolean() ? " " + piece : piece + " ";
                });
            }
            boolean expected = plain.matcher(text).find();
            assertThat(fast.foundIn(text)).as("%s", text).isEqualTo(expected);
            matching += expected ? 1 : 0;
        }
        assertThat(matching).as("the generated texts do match, often").isGreaterThan(1_000);
    }
}
