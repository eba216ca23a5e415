package org.mycroft.curation.audit;

import java.time.Instant;

/** One recorded change: a field's old and new value, or a workflow transition (field null, note = comment). */
public record AuditEntry(long id, String recordType, String recordId, String actor, Instant at, String action, String field,
        String oldValue, String newValue, String note) {}
