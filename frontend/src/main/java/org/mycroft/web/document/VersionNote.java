package org.mycroft.web.document;

/**
 * What a provision's page says about its version: a superseded text ({@code supersededOn} set) or
 * the text in force, with the link to the history when there is more than one version.
 *
 * @param amendedBy the amending source, null when not recorded
 * @param currentHref the text in force of the same provision, null when none (removed) or this is it
 */
record VersionNote(boolean inForce, int version, int count, String since, String supersededOn, String amendedBy,
        String currentHref, String historyHref) {

    public boolean hasHistory() {
        return count > 1 || !inForce;
    }
}
