package org.mycroft.web.coverage;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.mycroft.api.coverage.CoverageMatrix;
import org.mycroft.api.coverage.CoverageService;
import org.mycroft.core.taxonomy.Country;
import org.mycroft.core.taxonomy.CrimeType;
import org.mycroft.core.taxonomy.Instrument;
import org.mycroft.core.taxonomy.Region;
import org.mycroft.core.taxonomy.Taxonomy;
import org.mycroft.web.system.PageRequest;
import org.mycroft.web.system.Workbench;
import org.mycroft.web.system.QueryString;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.servlet.ModelAndView;
import org.mycroft.api.route.Routes;

/**
 * {@code /coverage?instrument=UNTOC&region=…&crime_types=…&states=all}: the gap analysis, States ×
 * articles, each cell the number of provisions linking to the compare view. Twin {@code /api/coverage},
 * CSV at {@code /coverage.csv}; the matrix is one Solr request (see CoverageService).
 */
@Controller
record CoveragePageController(CoverageService coverage, Taxonomy taxonomy) {

    @GetMapping("/coverage")
    ModelAndView coverage(PageRequest request) {
        CoverageService.CoverageRequest parsed = coverage.parse(request.parameters());
        Map<String, List<String>> canonical = new LinkedHashMap<>();
        canonical.put("instrument", List.of(parsed.instrument().id()));
        if (!parsed.regions().isEmpty()) {
            canonical.put("region", parsed.regions().stream().map(Region::id).toList());
        }
        if (!parsed.crimeTypes().isEmpty()) {
            canonical.put("crime_types", parsed.crimeTypes());
        }
        if (!parsed.countries().isEmpty()) {
            canonical.put("country", parsed.countries().stream().map(Country::iso3).toList());
        }
        if (parsed.allStates()) {
            canonical.put("states", List.of("all"));
        }
        Map<String, List<String>> expected = new LinkedHashMap<>(canonical);
        if (!request.http().getParameterMap().containsKey("instrument")) {
            expected.remove("instrument"); // /coverage alone is canonical enough
        }
        String permalink = request.permalink("/coverage", canonical);
        if (request.needsRedirect(expected)) {
            return new ModelAndView("redirect:" + permalink);
        }
        String query = QueryString.of(canonical);
        CoverageMatrix matrix = coverage.matrix(parsed);
        String json = request.context().api("/api/coverage" + query);
        return request.page("coverage/coverage", json, "coverage", page(parsed, matrix, request, permalink, query, json));
    }

    private CoveragePage page(CoverageService.CoverageRequest request, CoverageMatrix matrix, PageRequest http,
            String permalink, String query, String json) {
        Workbench.Context ctx = http.context();
        String lang = ctx.uiLang();
        List<CoveragePage.Option> instruments = new ArrayList<>();
        for (Instrument i : taxonomy.instruments()) {
            instruments.add(new CoveragePage.Option(i.id(), i.shortName(lang), i.id().equals(matrix.instrument())));
        }
        List<CoveragePage.Option> regions = new ArrayList<>();
        for (Region r : taxonomy.regions()) {
            regions.add(new CoveragePage.Option(r.id(), r.label(lang), request.regions().contains(r)));
        }
        List<CoveragePage.Option> crimes = new ArrayList<>();
        for (CrimeType c : taxonomy.crimeTypes()) {
            String label = c.parent() == null ? c.label(lang) : "— " + c.label(lang);
            crimes.add(new CoveragePage.Option(c.id(), label, request.crimeTypes().contains(c.id())));
        }
        List<CoveragePage.Hidden> hidden = new ArrayList<>();
        request.countries().forEach(c -> hidden.add(new CoveragePage.Hidden("country", c.iso3())));
        // A second region or crime type (URL only; the selects hold one) is kept too.
        request.regions().stream().skip(1).forEach(r -> hidden.add(new CoveragePage.Hidden("region", r.id())));
        request.crimeTypes().stream().skip(1).forEach(c -> hidden.add(new CoveragePage.Hidden("crime_types", c)));

        List<CoveragePage.Header> headers = new ArrayList<>();
        for (CoverageMatrix.ArticleColumn a : matrix.articles()) {
            headers.add(new CoveragePage.Header(a.id(), a.number(), a.label(), ctx.href(a.url()), "h-" + a.id(),
                    a.stateCount(), a.gapCount()));
        }
        List<CoveragePage.Row> rows = new ArrayList<>();
        for (CoverageMatrix.StateRow r : matrix.rows()) {
            List<CoveragePage.Cell> cells = new ArrayList<>();
            String rowHeader = "r-" + r.country();
            for (CoverageMatrix.ArticleColumn a : matrix.articles()) {
                long n = r.counts().get(a.id());
                cells.add(new CoveragePage.Cell(a.id(), n, n == 0 ? "0" : n == 1 ? "1" : n <= 3 ? "2" : "3",
                        n == 0 ? null : ctx.href(Routes.compare(a.id(), List.of(r.country()), null))));
            }
            rows.add(new CoveragePage.Row(r.country(), r.name(), rowHeader, ctx.href(r.countryUrl()), r.legislationCount(),
                    r.articlesCovered(), List.copyOf(cells)));
        }
        List<String> summary = new ArrayList<>();
        request.regions().forEach(r -> summary.add(r.label(lang)));
        request.crimeTypes().forEach(c -> summary.add(taxonomy.crimeType(c).orElseThrow().label(lang)));
        request.countries().forEach(c -> summary.add(c.name(lang)));
        String filterSummary = summary.isEmpty() ? http.message("coverage.filters.none")
                : String.join(", ", summary);
        Instrument instrument = request.instrument();
        List<CoveragePage.Option> scopes = List.of(
                new CoveragePage.Option("indexed", http.message("coverage.states.indexed"), !request.allStates()),
                new CoveragePage.Option("all", http.message("coverage.states.all"), request.allStates()));
        return new CoveragePage(instrument.id(), instrument.name(lang), instrument.shortName(lang), instruments, regions,
                crimes, scopes, List.copyOf(hidden), List.copyOf(headers), List.copyOf(rows),
                ctx.api("/coverage.csv" + query), json, permalink, filterSummary);
    }
}
