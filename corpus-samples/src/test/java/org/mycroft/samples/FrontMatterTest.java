package org.mycroft.samples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The front matter as YAML bound to a record: what it accepts, and the mistakes it names. */
class FrontMatterTest {

    private static final String BODY = """
            ---
            Fictional sample document written by the Mycroft team for demonstration — not the law of any State.

            # A law

            ## Article 1
            ## Article 2
            ## Article 3
            ## Article 4
            """;

    private static String source(String extra) {
        return """
                ---
                id: a-law
                format: txt
                title: "A law: the title"   # a comment
                doc_type: legislation
                country: NOR
                language: fr
                year: 2020
                licence: x
                notice: Fictional sample document written by the Mycroft team for demonstration — not the law of any State.
                articles: [UNTOC-5, 'UNTOC-6']
                crime_types: []
                """ + extra + BODY;
    }

    @Test
    void fieldsAreReadInSidecarOrderWithEmptyOnesLeftOut() {
        SourceDocument d = FrontMatter.parse(source(""));
        assertThat(d.id()).isEqualTo("a-law");
        assertThat(d.format()).isEqualTo("txt");
        assertThat(d.title()).isEqualTo("A law: the title");
        assertThat(d.string("country")).as("NOR stays a code, not a boolean").isEqualTo("NOR");
        assertThat(d.meta().get("year")).isEqualTo(2020);
        assertThat(FrontMatter.list(d, "articles")).containsExactly("UNTOC-5", "UNTOC-6");
        assertThat(d.meta()).doesNotContainKey("crime_types");
        assertThat(List.copyOf(d.meta().keySet()))
                .containsExactly("title", "doc_type", "country", "language", "year", "licence", "notice", "articles");
    }

    @Test
    void aRepeatedKeyIsRefused() {
        assertThatThrownBy(() -> FrontMatter.parse(source("title: again\n")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("Duplicate field 'title'");
    }

    @Test
    void anUnknownKeyIsRefusedByName() {
        assertThatThrownBy(() -> FrontMatter.parse(source("courts: x\n")))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("unknown key courts");
    }

    @Test
    void aYearThatIsNotANumberIsRefused() {
        assertThatThrownBy(() -> FrontMatter.parse(source("").replace("year: 2020", "year: twenty")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("year must be a number");
    }
}
