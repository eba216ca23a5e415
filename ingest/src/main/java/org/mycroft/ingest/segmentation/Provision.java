package org.mycroft.ingest.segmentation;

/**
 * One provision of a law: its label as printed ("Article 225-4-1", "Section 12", "§ 1591"),
 * the bare number ("225-4-1"), the heading text after the number, its full text (heading line
 * included), where it starts in the law's text, and the titles of the Part / Chapter / Section it
 * sits under ("Hoofdstuk V Andere vormen van rechtshulp", "" when none), which give the provision
 * its subject as much as the law's title does.
 */
public record Provision(String label, String number, String heading, String text, int offset, String division) {

    public Provision {
        division = division == null ? "" : division;
    }

    /** A provision outside any Part or Chapter. */
    public Provision(String label, String number, String heading, String text, int offset) {
        this(label, number, heading, text, offset, "");
    }
}
