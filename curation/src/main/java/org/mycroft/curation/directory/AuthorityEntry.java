package org.mycroft.curation.directory;

import java.time.Instant;
import java.util.Map;
import org.mycroft.curation.cases.CaseStatus;
import org.mycroft.curation.cases.CuratedWorkflow;
import org.mycroft.curation.cases.Provenance;

/**
 * A stored directory entry with its PUBLIC fields only (by stored name: {@code phone},
 * {@code phone_e164}...). Restricted fields are read apart, for authorised readers only.
 */
public record AuthorityEntry(
        String id,
        int version,
        CaseStatus status,
        Visibility visibility,
        String state,
        String authorityType,
        String nameEn,
        String nameLocal,
        Map<String, String> fields,
        Provenance provenance,
        String createdBy,
        Instant createdAt,
        String updatedBy,
        Instant updatedAt,
        Instant publishedAt,
        String reviewComment) implements CuratedWorkflow.Record {

    public AuthorityEntry {
        fields = Map.copyOf(fields);
    }

    public boolean isPublic() {
        return status == CaseStatus.PUBLISHED && visibility == Visibility.PUBLIC;
    }

    /** Restricted as a whole: only authorised readers see it. */
    public boolean isRestricted() {
        return visibility == Visibility.RESTRICTED;
    }

    AuthorityEntry withFields(Map<String, String> newFields) {
        return new AuthorityEntry(id, version, status, visibility, state, authorityType, nameEn, nameLocal, newFields,
                provenance, createdBy, createdAt, updatedBy, updatedAt, publishedAt, reviewComment);
    }
}
