package org.mycroft.web.document;

import java.util.List;

/**
 * View model of {@code document/history.hbs}: a provision's versions and the comparison of two.
 * Every text is plain (the template escapes it); {@code segments} become {@code <del>} and {@code <ins>}.
 */
record HistoryPage(String title, String parentTitle, String lang, String provisionHref, List<Row> rows, List<Option> options,
        int from, int to, List<Segment> segments, String formAction, String jsonHref) {

    /** One version: its number, whether in force, since when, until when, by what, and its page. */
    record Row(int version, boolean inForce, String firstSeen, String supersededOn, boolean removed, String amendedBy, String href) {}

    /** A choice of the compare form. */
    record Option(int version, boolean fromSelected, boolean toSelected) {}

    /** A run of text kept, deleted or inserted. */
    record Segment(String text, boolean kept, boolean deleted, boolean inserted) {}
}
