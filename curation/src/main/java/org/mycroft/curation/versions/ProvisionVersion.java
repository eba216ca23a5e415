package org.mycroft.curation.versions;

import java.time.Instant;

/**
 * One text a provision has had. {@code unitId} is the provision's stable id (law id + provision
 * number); {@code version} counts from 1; {@code supersededOn} is null while the text is in force.
 * {@code indexFields} is the unit's stored index fields as JSON, from which a superseded version is
 * indexed again.
 */
public record ProvisionVersion(
        String unitId,
        int version,
        String lawId,
        String provisionNumber,
        String heading,
        String text,
        String textHash,
        String indexFields,
        Instant firstSeen,
        Instant supersededOn,
        Change change,
        String amendedBy) {

    /** Why a version stopped being in force. */
    public enum Change {
        /** A newer text of the same provision replaced it. */
        CHANGED,
        /** The law no longer has this provision. */
        REMOVED
    }

    public boolean inForce() {
        return supersededOn == null;
    }

    /** The index id of this version once superseded: the provision's id, two underscores, v and the number (never a slug). */
    public String indexId() {
        return indexId(unitId, version);
    }

    public static String indexId(String unitId, int version) {
        return unitId + SEPARATOR + version;
    }

    /** What {@link #indexId} puts between the provision's id and the number; ingest's ids never hold two underscores. */
    public static final String SEPARATOR = "__v";
}
