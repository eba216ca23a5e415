package org.mycroft.api.history;

import java.util.List;
import org.mycroft.curation.versions.ProvisionDiff;

/**
 * The versions of one provision, oldest first, and a word-level comparison of two of them: the
 * JSON of {@code /api/documents/{id}/history} and the model of its page. Dates are yyyy-MM-dd (UTC);
 * texts are plain (pages escape them).
 *
 * @param unitId the provision's stable id (law id + number)
 * @param current the version in force, null when the law no longer has the provision
 */
public record ProvisionHistory(String unitId, String lawId, String provisionNumber, String heading, Integer current,
        List<Version> versions, Comparison comparison) {

    /**
     * One text. {@code amendedBy} is null when the source was not recorded; {@code change} is
     * "changed" or "removed" for a superseded text; {@code url} is the page of this text.
     */
    public record Version(int version, boolean inForce, String firstSeen, String supersededOn, String change, String amendedBy,
            String url, String text) {}

    /** {@code from} → {@code to}: the segments kept, deleted and inserted, in order. */
    public record Comparison(int from, int to, List<ProvisionDiff.Segment> segments) {}
}
