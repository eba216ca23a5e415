package org.mycroft.web.document;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Map;
import org.mycroft.api.document.DocumentService;
import org.mycroft.api.document.UnitDocument;
import org.mycroft.api.history.ProvisionHistory;
import org.mycroft.api.history.ProvisionHistoryService;
import org.mycroft.api.route.Page;
import org.mycroft.api.system.RequestParameters;
import org.mycroft.curation.versions.ProvisionDiff;
import org.mycroft.curation.versions.ProvisionVersion;
import org.mycroft.web.system.LayoutFactory;
import org.mycroft.web.system.QueryString;
import org.mycroft.web.system.UiLocaleResolver;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.servlet.ModelAndView;

/** {@code /documents/{id}/history?from=&to=}: a provision's versions and a word-level diff of two; twin of the API's history. */
@Controller
class HistoryPageController {

    private static final java.util.Set<String> PARAMETERS = java.util.Set.of("from", "to", "lang");

    private final ProvisionHistoryService history;
    private final DocumentService documents;
    private final LayoutFactory layouts;

    HistoryPageController(ProvisionHistoryService history, DocumentService documents, LayoutFactory layouts) {
        this.history = history;
        this.documents = documents;
        this.layouts = layouts;
    }

    @GetMapping("/documents/{id}/history")
    ModelAndView history(@PathVariable String id, HttpServletRequest request) {
        RequestParameters params = RequestParameters.of(request.getParameterMap(), PARAMETERS);
        ProvisionHistory h = history.history(id, params.single("from", ""), params.single("to", ""));
        String explicit = UiLocaleResolver.explicitLanguage(request);
        String langQuery = explicit == null ? "" : QueryString.of(Map.of("lang", List.of(explicit)));
        // Titles come from the index: the text in force, or the last text of a provision the law lost.
        ProvisionHistory.Version last = h.versions().getLast();
        UnitDocument doc = documents.find(h.current() != null ? h.unitId() : ProvisionVersion.indexId(h.unitId(), last.version()))
                .orElse(null);
        List<HistoryPage.Row> rows = h.versions().stream().map(v -> new HistoryPage.Row(v.version(), v.inForce(), v.firstSeen(),
                v.supersededOn(), "removed".equals(v.change()), v.amendedBy(), v.url() + langQuery)).toList();
        List<HistoryPage.Option> options = h.versions().stream().map(v -> new HistoryPage.Option(v.version(),
                v.version() == h.comparison().from(), v.version() == h.comparison().to())).toList();
        List<HistoryPage.Segment> segments = h.comparison().segments().stream().map(s -> new HistoryPage.Segment(s.text(),
                s.kind() == ProvisionDiff.Kind.EQUAL, s.kind() == ProvisionDiff.Kind.DELETE, s.kind() == ProvisionDiff.Kind.INSERT)).toList();
        String title = doc == null ? h.unitId() : doc.title();
        HistoryPage page = new HistoryPage(title, doc == null ? null : doc.parentTitle(), doc == null ? null : doc.language(),
                h.current() == null ? null : Page.DOCUMENT.of(h.unitId()) + langQuery, rows, options, h.comparison().from(),
                h.comparison().to(), segments, ProvisionHistoryService.historyUrl(h.unitId()),
                Page.DOCUMENT.api(h.unitId()) + "/history?from=" + h.comparison().from() + "&to=" + h.comparison().to());
        ModelAndView view = new ModelAndView("document/history");
        view.addObject("ui", layouts.create(request).withJson(page.jsonHref()));
        view.addObject("page", page);
        return view;
    }
}
