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
    void nothingLeftMeansEverything() {
        assertThat(UserQuery.toEdismax("\"\"")).isEqualTo("*:*");
        assertThat(UserQuery.toEdismax("   ")).isEqualTo("*:*");
    }
}
