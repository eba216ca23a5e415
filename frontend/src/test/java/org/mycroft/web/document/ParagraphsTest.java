package org.mycroft.web.document;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ParagraphsTest {

    @Test
    void blankLinesAndLineBreaksStartParagraphs() {
        assertThat(DocumentPageAssembler.paragraphs("Title\n\nFirst.\nSecond.\r\n\r\n\r\nThird"))
                .containsExactly("Title", "First.", "Second.", "Third");
    }

    @Test
    void hardWrappedSentencesAreJoined() {
        String pdf = "Section 1. Short title\nThis Act may be cited as the Act. Its purpose is to\nenable the widest measure"
                + "\nof assistance.\n- (a) a list item\n- (b) another";
        assertThat(DocumentPageAssembler.paragraphs(pdf)).containsExactly(
                "Section 1. Short title",
                "This Act may be cited as the Act. Its purpose is to enable the widest measure of assistance.",
                "- (a) a list item",
                "- (b) another");
        // A finished sentence is never glued to the next line, even in lower case.
        assertThat(DocumentPageAssembler.paragraphs("Ends here.\nsmall start")).hasSize(2);
    }

    @Test
    void nothingGivesNoParagraph() {
        assertThat(DocumentPageAssembler.paragraphs(null)).isEmpty();
        assertThat(DocumentPageAssembler.paragraphs(" \n\n \n")).isEmpty();
    }
}
