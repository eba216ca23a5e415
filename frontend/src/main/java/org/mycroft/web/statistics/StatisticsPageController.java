package org.mycroft.web.statistics;

import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.mycroft.api.search.SearchParameters;
import org.mycroft.api.statistics.CaseStatistics;
import org.mycroft.api.statistics.StatisticsService;
import org.mycroft.web.system.QueryString;
import org.mycroft.web.system.PageRequest;
import org.mycroft.web.system.Workbench;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.servlet.ModelAndView;

/** {@code /statistics}: case counts as server-drawn SVG bar charts with tables; twin {@code /api/statistics}. */
@Controller
record StatisticsPageController(SearchParameters parameters, StatisticsService statistics) {

    @GetMapping("/statistics")
    ModelAndView statistics(PageRequest request) {
        Workbench.Context ctx = request.context();
        CaseStatistics stats = statistics.cases(parameters.parse(request.parameters()));
        String query = request.http().getQueryString();
        List<StatisticsPage.Chart> charts = new ArrayList<>();
        for (CaseStatistics.Group group : stats.groups()) {
            charts.add(StatisticsPage.chart(group, request.message("facet." + group.field()),
                    value -> ctx.href("/search" + QueryString.of(searchParams(request.http(), group.field(), value)))));
        }
        return request.page("statistics/statistics", ctx.api("/api/statistics" + (query == null ? "" : "?" + query)),
                "statistics", new StatisticsPage(stats.total(), List.copyOf(charts), stats.conventionReliance()));
    }

    /** The case search behind one bar: this page's filters, doc_type=case and the bar's value. */
    private static Map<String, List<String>> searchParams(HttpServletRequest request, String field, String value) {
        Map<String, List<String>> params = new java.util.LinkedHashMap<>();
        request.getParameterMap().forEach((k, v) -> {
            if (!k.equals("lang")) {
                params.put(k, new ArrayList<>(List.of(v)));
            }
        });
        params.put("doc_type", List.of("case"));
        params.put(field, List.of(value)); // facets ignore their own filter: the bar's count is for this value alone
        return params;
    }
}
