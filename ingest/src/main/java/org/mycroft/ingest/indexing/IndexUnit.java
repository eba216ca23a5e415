package org.mycroft.ingest.indexing;

import java.util.List;
import org.mycroft.core.index.Provenance;
import org.mycroft.tagging.TagEvidence;

/**
 * One searchable unit ready for the index: a provision of a law, or a whole case. Its fields come
 * in named parts (the document it belongs to, its tags, its provenance, its case details), so a
 * new field is a change to one part, not to every constructor call.
 */
public record IndexUnit(
        String id,
        Parent parent,
        String title,
        String provisionNumber,
        String heading,
        int position,
        String text,
        String language,
        Tags tags,
        Provenance provenance,
        CaseDetails caseDetails) {

    /** The document a unit belongs to, shared by all its units: a law for a provision, the case itself. */
    public record Parent(String id, String title, String docType, String country, String region, Integer year,
                         String date) {}

    /**
     * Subject tags, {@code mentions} (tag ids the unit only names in passing: searchable, never
     * counted as its subject), the evidence for them, and whether a curator gave some of them.
     */
    public record Tags(List<String> articles, List<String> crimeTypes, List<String> crossCutting,
                       List<String> mentions, List<TagEvidence> evidence, boolean curated) {}
}
