package org.mycroft.core.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class IndexQueriesTest {

    @Test
    void valuesAreEscapedTermsNeverSyntax() {
        assertThat(IndexQueries.is("country", "CAN")).isEqualTo("country:\"CAN\"");
        assertThat(IndexQueries.is("id", "a b\"c:{!x}")).isEqualTo("id:\"a\\ b\\\"c\\:\\{\\!x\\}\"");
        assertThat(IndexQueries.anyOf("country", List.of("CAN", "FRA"))).isEqualTo("country:(\"CAN\" OR \"FRA\")");
        assertThat(IndexQueries.startsWith("source_path", "laws.zip!/")).isEqualTo("source_path:laws.zip\\!\\/*");
        assertThat(IndexQueries.is("position", 0)).isEqualTo("position:0");
        assertThat(IndexQueries.not(IndexQueries.is("parent_id", "x"))).isEqualTo("-parent_id:\"x\"");
        assertThat(IndexQueries.or("a:1", "b:2")).isEqualTo("(a:1 OR b:2)");
    }

    @Test
    void anyOfNothingIsAMistake() {
        assertThatThrownBy(() -> IndexQueries.anyOf("country", List.of())).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("country");
    }

    @Test
    void boostsAreThoseTheSearchHasAlwaysUsed() {
        assertThat(IndexQueries.QUERY_FIELDS)
                .isEqualTo("title^3 heading^2 parent_title^1.5 text_en text_fr text_es text_ar text_zh text_ru text_general"
                        + " text_all^0.3");
        assertThat(IndexQueries.PHRASE_FIELDS).isEqualTo("title^4 heading^2 text_en^2 text_fr^2 text_es^2 text_ar^2 text_zh^2"
                + " text_ru^2 text_general^2");
    }

    @Test
    void eachLanguageHasItsTextFieldAndOthersTheGeneralOne() {
        assertThat(IndexFields.textField("en")).isEqualTo(IndexFields.TEXT_EN);
        assertThat(IndexFields.textField("fr")).isEqualTo(IndexFields.TEXT_FR);
        assertThat(IndexFields.textField("es")).isEqualTo(IndexFields.TEXT_ES);
        assertThat(IndexFields.textField("ar")).isEqualTo(IndexFields.TEXT_AR);
        assertThat(IndexFields.textField("zh")).isEqualTo(IndexFields.TEXT_ZH);
        assertThat(IndexFields.textField("ru")).isEqualTo(IndexFields.TEXT_RU);
        assertThat(IndexFields.textField("de")).isEqualTo(IndexFields.TEXT_GENERAL);
        assertThat(IndexFields.textField(null)).isEqualTo(IndexFields.TEXT_GENERAL);
    }
}
