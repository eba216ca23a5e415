package org.mycroft.api.document;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import org.mycroft.api.unit.CaseFields;
import org.mycroft.api.route.Page;
import org.mycroft.api.similar.SimilarCase;

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
        @JsonUnwrapped Provenance provenance,
        @JsonUnwrapped CaseFields caseFields,
        String duplicateOf,
        List<ProvisionRef> provisions,
        Map<String, String> tagStatus,
        Curation curation,
        List<LinkedUnit> citedProvisions,
        List<LinkedUnit> citingCases,
        List<SimilarCase> similarCases) {

    /** A tag is "confirmed" by a reviewer (or curated in a sidecar), otherwise a machine "suggested" it. */
    public static final String CONFIRMED = "confirmed";
    public static final String SUGGESTED = "suggested";

    /** Where a curated case comes from (module curation) and when it last changed; null for ingested documents. */
    public record Curation(String sourceKind, String sourceReference, String submittedBy, String receivedOn, Instant updatedAt) {}

    /** A case applying this provision, or a provision this case applied. */
    public record LinkedUnit(String id, String title, String url) {}

    /** Where the unit comes from and under which terms; flat in the JSON ({@code source_url}, {@code licence}…). */
    public record Provenance(String sourceUrl, String sourcePath, String licence, String contentHash, Instant ingestedAt,
                             Instant retrievedAt, String notice) {}

    /** Why a tag is there: the matched passage, its offsets in {@code text}, the rule. */
    public record TagEvidence(String tag, String text, int start, int end, String rule, double confidence) {

        private static final ObjectMapper JSON = new ObjectMapper();

        /**
         * The stored {@code tag_evidence} JSON; empty when absent, blank or malformed: evidence is
         * an aid to the reader, a malformed record must not hide the unit.
         */
        public static List<TagEvidence> parse(String json) {
            if (json == null || json.isBlank()) {
                return List.of();
            }
            try {
                return JSON.readValue(json, new TypeReference<List<TagEvidence>>() {});
            } catch (IOException e) {
                return List.of();
            }
        }
    }

    /** A sibling unit of the same law, for navigation; {@code title} is its label and heading ("Section 1. Purpose"). */
    public record ProvisionRef(String id, String provisionNumber, String heading, String title, String url) {}

    public String url() {
        return Page.DOCUMENT.of(id);
    }
}
