package org.mycroft.ingest.indexing;

import java.time.Instant;
import java.util.List;
import org.mycroft.tagging.TagEvidence;

/**
 * One searchable unit ready for the index: a provision of a law, or a whole case. {@code mentions}
 * are tag ids the unit only names in passing: searchable, never counted as its subject.
 */
public record IndexUnit(
        String id,
        String parentId,
        String parentTitle,
        String docType,
        String title,
        String provisionNumber,
        String heading,
        int position,
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
        String sourceUrl,
        String sourcePath,
        String licence,
        String contentHash,
        Instant ingestedAt,
        String retrievedAt,
        String notice,
        CaseDetails caseDetails) {

    /** Fields only cases have; {@link #NONE} for laws. */
    public record CaseDetails(String court, String cooperationForm, String requestingState, String requestedState,
            String legalBasis, String outcome, String courtLevel, String confiscationType,
            java.util.List<String> legalBasisArticles) {
        public static final CaseDetails NONE = new CaseDetails(null, null, null, null, null, null, null, null,
                java.util.List.of());

        public CaseDetails {
            legalBasisArticles = legalBasisArticles == null ? java.util.List.of() : java.util.List.copyOf(legalBasisArticles);
        }
    }
}
