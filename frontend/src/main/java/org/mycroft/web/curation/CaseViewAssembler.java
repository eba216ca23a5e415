package org.mycroft.web.curation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.mycroft.api.document.DocumentService;
import org.mycroft.api.route.Page;
import org.mycroft.api.search.SearchParameters;
import org.mycroft.api.search.SearchService;
import org.mycroft.core.taxonomy.Taxonomy;
import org.mycroft.curation.Curator;
import org.mycroft.curation.Role;
import org.mycroft.curation.audit.AuditLog;
import org.mycroft.curation.cases.CaseRecord;
import org.mycroft.curation.cases.CaseRepository;
import org.mycroft.curation.cases.CaseStatus;
import org.mycroft.curation.cases.CaseWorkflow;
import org.mycroft.curation.links.CaseProvisionLinks;
import org.mycroft.curation.tags.TagDecision;
import org.mycroft.curation.tags.TagDecisionRepository;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** Builds the curators' case page and the conflict page from the database (and the index for provision titles). */
@Component
record CaseViewAssembler(CaseRepository cases, TagDecisionRepository tags, CaseProvisionLinks links, AuditLog audit,
        DocumentService documents, SearchService search, SearchParameters searchParameters, Taxonomy taxonomy,
        MessageSource messages) {

    private static final List<String> VOCABULARY = List.of("cooperation_form", "legal_basis", "outcome");

    CaseView assemble(CaseRecord record, Curator viewer, String provisionQuery, String lang) {
        Locale locale = Locale.of(lang);
        boolean reviewer = viewer.role().includes(Role.REVIEWER);
        CaseStatus status = record.status();
        List<CaseView.Row> fields = new ArrayList<>();
        CaseWorkflow.flat(record.fields()).forEach((name, value) -> {
            if (value != null) {
                fields.add(new CaseView.Row(msg("curation.field." + name, locale), display(name, value, lang, locale)));
            }
        });
        List<CaseView.Row> restricted = cases.restricted(record.id()).entrySet().stream()
                .map(e -> new CaseView.Row(messages.getMessage("curation.restricted." + e.getKey(), null, e.getKey(), locale),
                        e.getValue())).toList();
        Map<String, String> tagStatus = new LinkedHashMap<>();
        record.fields().tags().forEach(t -> tagStatus.put(t, "suggested"));
        for (TagDecision d : tags.forUnit(record.id())) {
            if (d.decision() == TagDecision.Decision.ADDED || tagStatus.containsKey(d.tag())) {
                tagStatus.put(d.tag(), d.decision() == TagDecision.Decision.REJECTED ? "rejected" : "confirmed");
            }
        }
        List<CaseView.TagRow> tagRows = new ArrayList<>();
        tagStatus.forEach((tag, s) -> tagRows.add(new CaseView.TagRow(tag, taxonomy.tagLabel(tag, lang), s,
                msg("curation.tag-status." + s, locale), reviewer)));
        List<CaseView.Link> provisions = links.provisionsOf(record.id()).stream()
                .map(id -> new CaseView.Link(id, documents.find(id).map(d -> d.title()).orElse(id), Page.DOCUMENT.of(id))).toList();
        List<CaseView.Link> results = List.of();
        if (provisionQuery != null && !provisionQuery.isBlank()) {
            var request = searchParameters.parse(Map.of("q", new String[] {provisionQuery.strip()},
                    "doc_type", new String[] {"legislation"}, "size", new String[] {"10"}, "lang", new String[] {lang}));
            results = search.search(request).results().stream()
                    .map(h -> new CaseView.Link(h.id(), h.title(), Page.DOCUMENT.of(h.id()))).toList();
        }
        List<CaseView.AuditRow> auditRows = audit.forRecord(AuditLog.CASE, record.id()).stream()
                .map(e -> new CaseView.AuditRow(e.at().toString().substring(0, 19).replace('T', ' '), e.actor(), e.action(),
                        e.field(), e.oldValue(), e.newValue(), e.note())).toList();
        CaseView.Actions actions = new CaseView.Actions(
                status == CaseStatus.DRAFT || (status == CaseStatus.IN_REVIEW && reviewer),
                status == CaseStatus.DRAFT,
                status == CaseStatus.IN_REVIEW && reviewer,
                status != CaseStatus.DRAFT && reviewer,
                status != CaseStatus.ARCHIVED && reviewer,
                reviewer,
                true);
        return new CaseView(record.id(), record.version(), record.fields().title(), status.id(),
                msg("curation.status." + status.id(), locale), record.reviewComment(),
                record.updatedAt().toString().substring(0, 10) + " (" + record.updatedBy() + ")",
                status == CaseStatus.PUBLISHED ? Page.DOCUMENT.of(record.id()) : null,
                fields, restricted, tagRows, provisions, results, provisionQuery == null ? "" : provisionQuery, auditRows, actions);
    }

    /** The two versions side by side after a concurrent edit. */
    ConflictView conflict(CaseForm mine, CaseRecord current, String lang) {
        Locale locale = Locale.of(lang);
        Map<String, String> theirs = CaseWorkflow.flat(current.fields());
        Map<String, String> ours = CaseWorkflow.flat(mine.toFields());
        List<ConflictView.Row> rows = new ArrayList<>();
        theirs.forEach((name, value) -> {
            String own = ours.get(name);
            rows.add(new ConflictView.Row(msg("curation.field." + name, locale), own == null ? "" : own,
                    value == null ? "" : value, !Objects.equals(own, value)));
        });
        return new ConflictView(current.updatedBy(), current.updatedAt().toString().substring(0, 19).replace('T', ' '),
                current.version(), rows);
    }

    record ConflictView(String savedBy, String savedAt, int savedVersion, List<Row> rows) {
        record Row(String label, String mine, String saved, boolean differs) {}
    }

    private String display(String field, String value, String lang, Locale locale) {
        if (VOCABULARY.contains(field)) {
            return messages.getMessage("value." + field + "." + value, null, value, locale);
        }
        if (field.endsWith("_state")) {
            return taxonomy.label("country", value, lang) + " (" + value + ")";
        }
        if (field.equals("source_kind")) {
            return msg("curation.source-kind." + value, locale);
        }
        return value;
    }

    private String msg(String key, Locale locale) {
        return messages.getMessage(key, null, key, locale);
    }
}
