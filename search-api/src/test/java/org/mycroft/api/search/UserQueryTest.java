package org.mycroft.api.search;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

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

    @Test
    void aWordRepeatedOutsideQuotesIsSentOnceBecauseItsPhraseBoostCostsTenTimesTheSearch() {
        // Lucene's sloppy phrase with repeated terms (the pf boost, ps=3) was the slowest search of the bench.
        assertThat(UserQuery.toEdismax("offence offence offence")).isEqualTo("offence");
        assertThat(UserQuery.toEdismax("Request offence, offence request")).isEqualTo("Request offence,");
        assertThat(UserQuery.toEdismax("delito incautación Delito")).isEqualTo("delito incautación");
        // A quoted phrase is what the reader wrote, repeats included; its words do not count outside it.
        assertThat(UserQuery.toEdismax("\"person to person\" person person")).isEqualTo("\"person to person\" person");
        // Lone punctuation is not a word, and a query with operators is the reader's structure: left whole.
        assertThat(UserQuery.toEdismax("a - b - c")).isEqualTo("a \\- b \\- c");
        assertThat(UserQuery.toEdismax("fraud AND bribe OR fraud")).isEqualTo("fraud AND bribe OR fraud");
        // Without a repeat, the text is exactly as escaped, spacing included.
        assertThat(UserQuery.toEdismax("money  laundering a\"b c\"")).isEqualTo("money  laundering a\"b c\"");
    }

    @Test
    void nothingLeftMeansEverything() {
        assertThat(UserQuery.toEdismax("\"\"")).isEqualTo("*:*");
        assertThat(UserQuery.toEdismax("   ")).isEqualTo("*:*");
    }
}
