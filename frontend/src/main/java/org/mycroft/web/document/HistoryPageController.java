package org.mycroft.web.document;

import java.util.List;
import java.util.Map;
import org.mycroft.api.document.DocumentService;
import org.mycroft.api.document.UnitDocument;
import org.mycroft.api.history.ProvisionHistory;
import org.mycroft.api.history.ProvisionHistoryService;
import org.mycroft.api.route.Page;
import org.mycroft.api.system.RequestParameters;
import org.mycroft.curation.versions.ProvisionVersion;
import org.mycroft.web.system.QueryString;
import org.mycroft.web.system.PageRequest;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.servlet.ModelAndView;

/** {@code /documents/{id}/history?from=&to=}: a provision's versions and a word-level diff of two; twin of the API's history. */
@Controller
record HistoryPageController(ProvisionHistoryService history, DocumentService documents) {

    private static final java.util.Set<String> PARAMETERS = java.util.Set.of("from", "to", "lang");

    @GetMapping("/documents/{id}/history")
    ModelAndView history(@PathVariable String id, PageRequest request) {
        RequestParameters params = RequestParameters.of(request.http().getParameterMap(), PARAMETERS);
        ProvisionHistory h = history.history(id, params.single("from", ""), params.single("to", ""));
        String explicit = request.context().explicitLang();
        String langQuery = explicit == null ? "" : QueryString.of(Map.of("lang", List.of(explicit)));
        // Titles come from the index: the text in force, or the last text of a provision the law lost.
        ProvisionHistory.Version last = h.versions().getLast();
        UnitDocument doc = documents.find(h.current() != null ? h.unitId() : ProvisionVersion.indexId(h.unitId(), last.version()))
                .orElse(null);
        List<HistoryPage.Row> rows = HistoryPage.rows(h, langQuery);
        List<HistoryPage.Option> options = h.versions().stream().map(v -> new HistoryPage.Option(v.version(),
                v.version() == h.comparison().from(), v.version() == h.comparison().to())).toList();
        List<HistoryPage.Segment> segments = HistoryPage.segments(h);
        String title = doc == null ? h.unitId() : doc.title();
        HistoryPage page = new HistoryPage(title, doc == null ? null : doc.parentTitle(), doc == null ? null : doc.language(),
                h.current() == null ? null : Page.DOCUMENT.of(h.unitId()) + langQuery, rows, options, h.comparison().from(),
                h.comparison().to(), segments, ProvisionHistoryService.historyUrl(h.unitId()),
                Page.DOCUMENT.api(h.unitId()) + "/history?from=" + h.comparison().from() + "&to=" + h.comparison().to());
        return request.page("document/history", page.jsonHref(), null, page);
    }
}
