package org.mycroft.web.curation;

import java.util.List;

/** View model of {@code curation/case.hbs}: one case as curators see it, with what the viewer may do next. */
record CaseView(
        String id,
        int version,
        String title,
        String status,
        String statusLabel,
        String reviewComment,
        String updated,
        String publicHref,
        List<Row> fields,
        List<Row> restricted,
        List<TagRow> tags,
        List<Link> provisions,
        List<Link> provisionResults,
        String provisionQuery,
        List<AuditRow> audit,
        Actions actions) {

    record Row(String label, String value) {}

    /** A tag of the case; {@code status} is suggested, confirmed or rejected. */
    record TagRow(String tag, String label, String status, String statusLabel, boolean canDecide) {}

    record Link(String id, String title, String href) {}

    record AuditRow(String at, String actor, String action, String field, String oldValue, String newValue, String note) {}

    record Actions(boolean edit, boolean submit, boolean publish, boolean returnToDraft, boolean archive, boolean decideTags,
            boolean link) {}
}
