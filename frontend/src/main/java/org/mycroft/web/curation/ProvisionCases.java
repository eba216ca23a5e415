package org.mycroft.web.curation;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.mycroft.curation.cases.CaseRecord;
import org.mycroft.curation.cases.CaseRepository;
import org.mycroft.curation.links.CaseProvisionLinks;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The cases side of a provision's curation page: the cases that cite it (any status: curators see
 * drafts too) and the cases a title search finds, to link from the provision rather than from the case.
 */
@Component
record ProvisionCases(CaseProvisionLinks links, CaseRepository cases, MessageSource messages) {

    static final int MAX_FOUND = 20;

    record CaseRow(String id, String href, String title, String status) {}

    List<CaseRow> linked(String unitId, String lang, String langQuery) {
        return links.casesCiting(unitId).stream().flatMap(id -> cases.find(id).stream())
                .map(c -> row(c, lang, langQuery)).toList();
    }

    /** Cases matching {@code query} that do not cite the provision yet; empty for a blank query. */
    List<CaseRow> found(String unitId, String query, String lang, String langQuery) {
        if (query == null || query.isBlank()) {
            return List.of();
        }
        Set<String> linked = Set.copyOf(links.casesCiting(unitId));
        return cases.search(query, MAX_FOUND).stream().filter(c -> !linked.contains(c.id()))
                .map(c -> row(c, lang, langQuery)).toList();
    }

    private CaseRow row(CaseRecord c, String lang, String langQuery) {
        return new CaseRow(c.id(), "/curation/cases/" + c.id() + langQuery, c.fields().title(),
                messages.getMessage("curation.status." + c.status().id(), null, c.status().id(), Locale.of(lang)));
    }
}
