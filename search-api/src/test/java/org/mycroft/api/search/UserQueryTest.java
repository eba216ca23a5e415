package org.mycroft.api.search;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The escaping of user text, without Solr: what edismax receives for hostile and ordinary input. */
class UserQueryTest {

    @Test
    void ordinaryWordsAndBalancedPhrasesPassAsTheyAre() {
        assertThat(UserQuery.toEdismax("  money laundering ")).isEqualTo("money laundering");
        assertThat(UserQuery.toEdismax("\"mutual legal assistance\" extradition"))
                .isEqualTo("\"mutual legal assistance\" extradition");
        assertThat(UserQuery.toEdismax("blanchiment d'argent")).isEqualTo("blanchiment d'argent");
    }

    @Test
    void everyOperatorIsEscapedSoLocalParamsAndFieldsAreText() {
        assertThat(UserQuery.toEdismax("{!xmlparser v='x'}")).isEqualTo("\\{\\!xmlparser v='x'\\}");
        assertThat(UserQuery.toEdismax("id:en-wild")).isEqualTo("id\\:en\\-wild");
        assertThat(UserQuery.toEdismax("a && b || !c")).isEqualTo("a \\&\\& b \\|\\| \\!c");
        assertThat(UserQuery.toEdismax("[* TO *]")).isEqualTo("\\[\\* TO \\*\\]");
        assertThat(UserQuery.toEdismax("s. 462.31(1)")).isEqualTo("s. 462.31\\(1\\)");
        assertThat(UserQuery.toEdismax("a/b;c~2^3")).isEqualTo("a\\/b\\;c\\~2\\^3");
        assertThat(UserQuery.toEdismax("back\\slash")).isEqualTo("back\\\\slash");
    }

    @Test
    void anOddQuoteDropsAllQuotesAndControlCharactersBecomeSpaces() {
        assertThat(UserQuery.toEdismax("\"unbalanced phrase")).isEqualTo("unbalanced phrase");
        assertThat(UserQuery.toEdismax("a\u0000b\tc")).isEqualTo("a b c");
    }

    /**
     * Lucene's sloppy phrase with repeated terms (the pf boost, ps=3) was the slowest search of the
     * bench. A quoted phrase is what the reader wrote, repeats included, and its words do not count
     * outside it; lone punctuation is not a word; a text with operators is the reader's structure;
     * without a repeat the text is exactly as escaped, spacing included.
     */
    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
        "offence offence offence | offence",
        "Request offence, offence request | Request offence,",
        "delito incautación Delito | delito incautación",
        "\"person to person\" person person | \"person to person\" person",
        "a - b - c | a \\- b \\- c",
        "fraud AND bribe OR fraud | fraud AND bribe OR fraud",
        "`money  laundering a\"b c\"` | `money  laundering a\"b c\"`"
    })
    void aWordRepeatedOutsideQuotesIsSentOnce(String text, String sent) {
        assertThat(UserQuery.toEdismax(text)).isEqualTo(sent);
    }

    @Test
    void nothingLeftMeansEverything() {
        assertThat(UserQuery.toEdismax("\"\"")).isEqualTo("*:*");
        assertThat(UserQuery.toEdismax("   ")).isEqualTo("*:*");
    }
}
