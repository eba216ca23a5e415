package org.mycroft.web.document;

/**
 * What a provision's page says about its version: a superseded text ({@code supersededOn} set) or
 * the text in force, with the link to the history when there is more than one version.
 *
 * @param amendedBy the amending source, null when not recorded
 * @param currentHref the text in force of the same provision, null when none (removed) or this is it
 * @param rows every version, and {@code segments} the last change (the version before the last to the last), shown on the page
 */
record VersionNote(boolean inForce, int version, int count, String since, String supersededOn, String amendedBy,
        String currentHref, String historyHref, java.util.List<HistoryPage.Row> rows, int from, int to,
        java.util.List<HistoryPage.Segment> segments) {

    public boolean hasHistory() {
        return count > 1 || !inForce;
    }
}
