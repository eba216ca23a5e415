package org.mycroft.web.document;

import java.util.List;
import org.mycroft.api.document.DocumentService;
import org.mycroft.api.document.UnitDocument;
import org.mycroft.api.history.ProvisionHistory;
import org.mycroft.api.history.ProvisionHistoryService;
import org.mycroft.api.route.Page;
import org.mycroft.curation.versions.ProvisionVersion;
import org.mycroft.api.system.NotFoundException;
import org.mycroft.web.system.PageRequest;
import org.mycroft.web.system.Workbench;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.servlet.ModelAndView;

/** {@code /documents/{id}}: one provision or case, the twin of {@code /api/documents/{id}}. */
@Controller
record DocumentPageController(DocumentService documents, DocumentPageAssembler assembler,
        ProvisionHistoryService history) {

    @GetMapping("/documents/{id}")
    ModelAndView document(@PathVariable String id, PageRequest request) {
        var doc = documents.find(id).orElseThrow(() -> new NotFoundException("No document with id '" + id + "'."));
        Workbench.Context ctx = request.context();
        DocumentPage page = assembler.assemble(doc, ctx.uiLang(), ctx.explicitLang());
        ModelAndView view = request.view("document/document", page.jsonHref(), null);
        view.addObject("doc", page);
        view.addObject("version", versionNote(doc, ctx.explicitLang()));
        return view;
    }

    /** In force or superseded, from the curation database's versions; null for a unit with no recorded version (a case). */
    private VersionNote versionNote(UnitDocument doc, String explicitLang) {
        UnitDocument.Version v = doc.version();
        String unitId = v.inForce() ? doc.id() : v.versionOf();
        var versions = unitId == null ? java.util.Optional.<java.util.List<ProvisionVersion>>empty() : history.versionsOf(unitId);
        if (versions.isEmpty()) {
            return null;
        }
        String langQuery = explicitLang == null ? "" : "?lang=" + explicitLang;
        ProvisionVersion last = versions.get().getLast();
        String historyHref = ProvisionHistoryService.historyUrl(unitId) + langQuery;
        // The page itself shows the history and the last change; the history page compares any two versions.
        ProvisionHistory h = history.history(unitId, null, null);
        List<HistoryPage.Row> rows = HistoryPage.rows(h, langQuery);
        List<HistoryPage.Segment> segments = HistoryPage.segments(h);
        int from = h.comparison().from();
        int to = h.comparison().to();
        if (!v.inForce()) {
            return new VersionNote(false, v.versionNumber() == null ? 0 : v.versionNumber(), versions.get().size(), null,
                    v.supersededOn(), v.amendedBy(), last.inForce() ? Page.DOCUMENT.of(unitId) + langQuery : null, historyHref,
                    rows, from, to, segments);
        }
        return new VersionNote(true, last.version(), versions.get().size(), ProvisionHistoryService.day(last.firstSeen()), null, null,
                null, historyHref, rows, from, to, segments);
    }
}
