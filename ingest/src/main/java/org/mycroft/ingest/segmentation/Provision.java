package org.mycroft.ingest.segmentation;

/**
 * One provision of a law: its label as printed ("Article 225-4-1", "Section 12", "§ 1591"),
 * the bare number ("225-4-1"), the heading text after the number, its full text (heading line
 * included) and where it starts in the law's text.
 */
public record Provision(String label, String number, String heading, String text, int offset) {}
