package org.mycroft.api.document;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import org.mycroft.api.unit.CaseFields;
import org.mycroft.core.index.Provenance;
import org.mycroft.api.route.Page;
import org.mycroft.tagging.TagEvidence;

/**
 * One searchable unit as stored: a provision of a law, or a case. {@code text} is plain text;
 * pages escape it. {@code provisions} lists the units of the same parent document in order
 * (the table of contents of a law), empty for a case. {@code mentions} are tag ids the unit only
 * names in passing: shown and searchable, never counted as its subject. {@code similarCases}: for a
 * case, the published cases most like it; for a provision, the same only while {@code citingCases}
 * (cases linked as applying it) is empty; empty otherwise.
 */
public record UnitDocument(
        String id,
        String parentId,
        String parentTitle,
        String docType,
        String title,
        String provisionNumber,
        String heading,
        String text,
        String language,
        String country,
        String region,
        Integer year,
        String date,
        List<String> articles,
        List<String> crimeTypes,
        List<String> crossCutting,
        List<String> mentions,
        List<TagEvidence> evidence,
        boolean tagsCurated,
        @JsonUnwrapped Provenance provenance, // flat in the JSON: source_url, licence…
        @JsonUnwrapped CaseFields caseFields,
        String duplicateOf,
        List<ProvisionRef> provisions,
        Map<String, String> tagStatus,
        Curation curation,
        List<LinkedUnit> citedProvisions,
        List<LinkedUnit> citingCases,
        List<SimilarCase> similarCases,
        @JsonUnwrapped Version version) {

    /** A tag is "confirmed" by a reviewer (or curated in a sidecar), otherwise a machine "suggested" it. */
    public static final String CONFIRMED = "confirmed";
    public static final String SUGGESTED = "suggested";

    /** Where a curated case comes from (module curation) and when it last changed; null for ingested documents. */
    public record Curation(String sourceKind, String sourceReference, String submittedBy, String receivedOn, Instant updatedAt) {}

    /**
     * Whether this is the text in force; for a superseded version of a provision (module curation),
     * the day it was superseded, the amending source when recorded, the provision it belongs to and
     * its number. Flat in the JSON: {@code in_force}, {@code superseded_on}…
     */
    public record Version(boolean inForce, String supersededOn, String amendedBy, String versionOf, Integer versionNumber) {
        public static final Version IN_FORCE = new Version(true, null, null, null, null);
    }

    /** A case applying this provision, or a provision this case applied. */
    public record LinkedUnit(String id, String title, String url) {}

    /** A sibling unit of the same law, for navigation; {@code title} is its label and heading ("Section 1. Purpose"). */
    public record ProvisionRef(String id, String provisionNumber, String heading, String title, String url) {}

    public String url() {
        return Page.DOCUMENT.of(id);
    }
}
