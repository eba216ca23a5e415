package org.mycroft.ingest.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MarkdownTextTest {

    @Test
    void headingsBecomeLinesOfTheirOwnAndInlineSyntaxIsRemoved() {
        String md = """
                <meta http-equiv='Content-Type' content='text/html; charset=utf-8' />
                ##Protocol to Prevent Trafficking
                ### Article  1  ###
                ####Relation with the Convention
                1.   This Protocol supplements the [Convention](https://example.org/untoc "UNTOC").
                ``Trafficking in persons" shall mean *recruitment* (*Trb.* 1963, 81) and __transfer__ ~~x~~.
                ***
                - a list item with `code` and ![seal](seal.png)
                > quoted \\*not emphasis\\*
                | col | col2 |
                |-----|------|
                | a   | b    |
                """;
        assertThat(MarkdownText.toText(md)).isEqualTo("""
                Protocol to Prevent Trafficking

                Article  1

                Relation with the Convention

                1.   This Protocol supplements the Convention.
                "Trafficking in persons" shall mean recruitment (Trb. 1963, 81) and transfer x.

                - a list item with code and seal
                quoted *not emphasis*
                col | col2

                a | b""");
    }

    @Test
    void boldArticleLinesAndEscapedNumbersSplitLikeHeadings() {
        assertThat(MarkdownText.toText("**Artículo 3.**\n\n1\\. Texto con snake_case_word intacto.\n"))
                .isEqualTo("Artículo 3.\n\n1. Texto con snake_case_word intacto.");
    }

    @Test
    void italicLettersOfArticleNumbersAndReferenceLinksAreReadAsText() {
        assertThat(MarkdownText.toText("De artikelen 36*b* tot en met 591*a* en de [Conventie][untoc] &amp; meer.\n\n"
                + "[untoc]: https://example.org/untoc\n"))
                .isEqualTo("De artikelen 36b tot en met 591a en de Conventie & meer.");
    }
}
