package org.mycroft.curation.cases;

import java.time.Instant;

/** A stored case: its public fields, where it is in the workflow, and the version that guards concurrent edits. */
public record CaseRecord(
        String id,
        int version,
        CaseStatus status,
        CaseFields fields,
        String createdBy,
        Instant createdAt,
        String updatedBy,
        Instant updatedAt,
        Instant publishedAt,
        String reviewComment) implements CuratedWorkflow.Record {}
