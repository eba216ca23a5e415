package org.mycroft.curation.cases;

import java.time.LocalDate;
import java.util.List;

/**
 * Where a case comes from: a State's submission, a court decision or a Conference document (with
 * its symbol, e.g. CTOC/COP/2008/CRP.2), who submitted it and when it was received.
 */
public record Provenance(String sourceKind, String sourceReference, String sourceUrl, String submittedBy, LocalDate receivedOn) {

    public static final List<String> SOURCE_KINDS = List.of("state-submission", "court-decision", "conference-document", "other");
    public static final Provenance NONE = new Provenance(null, null, null, null, null);
}
