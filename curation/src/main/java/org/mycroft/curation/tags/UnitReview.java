package org.mycroft.curation.tags;

import java.time.Clock;
import java.time.Instant;
import org.mycroft.curation.Curator;
import org.mycroft.curation.Role;
import org.mycroft.curation.audit.AuditLog;
import org.mycroft.curation.cases.CaseNotFoundException;
import org.mycroft.curation.cases.CaseValidator;
import org.mycroft.curation.cases.WorkflowException;

/** A reviewer's decision on a tag of an ingested unit (a provision of a law): stored, audited, applied to the index at once. */
public record UnitReview(TagDecisionRepository decisions, UnitTagApplier applier, AuditLog audit,
        CaseValidator validator, Clock clock) {

    public void decide(String unitId, String tag, TagDecision.Decision decision, Curator curator) {
        curator.require(Role.REVIEWER);
        var stored = applier.stored(unitId);
        if (stored == null) {
            throw new CaseNotFoundException(unitId);
        }
        if (stored.getFieldValue(org.mycroft.core.index.IndexFields.SOURCE_KIND) != null) {
            throw new WorkflowException("curation.error.curated-case", "Decide the tags of a curated case on its case page");
        }
        if (!validator.isKnownTag(tag)) {
            throw new WorkflowException("curation.error.unknown", "Unknown tag " + tag);
        }
        Instant now = clock.instant();
        String before = decisions.decide(unitId, tag, decision, curator.username(), now)
                .map(d -> d.decision().name().toLowerCase()).orElse("suggested");
        audit.record(AuditLog.UNIT_TAGS, unitId, curator.username(), now, "tag", tag, before, decision.name().toLowerCase(), null);
        applier.apply(unitId);
    }
}
