package org.mycroft.web.compare;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.mycroft.api.compare.CompareResult;
import org.mycroft.api.compare.CompareService;
import org.mycroft.api.compare.Highlights;
import org.mycroft.core.taxonomy.Article;
import org.mycroft.core.taxonomy.Country;
import org.mycroft.core.taxonomy.Instrument;
import org.mycroft.core.taxonomy.Region;
import org.mycroft.core.taxonomy.Taxonomy;
import org.mycroft.web.system.PageRequest;
import org.mycroft.web.system.Workbench;
import org.mycroft.web.system.QueryString;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.servlet.ModelAndView;
import org.mycroft.api.route.Page;
import org.mycroft.api.system.NameOrder;

/**
 * {@code /compare?article=UNTOC-5&country=FRA&country=ESP&country=CAN} (or {@code &region=african}):
 * the implementing provisions of several States side by side, twin {@code /api/compare}, CSV at
 * {@code /compare.csv}. States are chosen by name (a datalist: search-as-you-type without script)
 * and resolved on the server; the page then redirects to the canonical, shareable URL.
 */
@Controller
record ComparePageController(CompareService compare, Taxonomy taxonomy) {

    @GetMapping("/compare")
    ModelAndView compare(PageRequest request) {
        CompareService.CompareRequest parsed = compare.parse(request.parameters(), false);
        Map<String, List<String>> canonical = new LinkedHashMap<>();
        if (parsed.article() != null) {
            canonical.put("article", List.of(parsed.article().id()));
        }
        if (!parsed.countries().isEmpty()) {
            canonical.put("country", parsed.countries().stream().map(Country::iso3).toList());
        }
        if (!parsed.regions().isEmpty()) {
            canonical.put("region", parsed.regions().stream().map(Region::id).toList());
        }
        String permalink = request.permalink("/compare", canonical);
        if (request.needsRedirect(canonical)) {
            return new ModelAndView("redirect:" + permalink);
        }
        String query = QueryString.of(canonical);
        String json = request.context().api("/api/compare" + (query.isEmpty() ? "?article=" : query));
        CompareResult result = parsed.article() != null && parsed.hasStates() ? compare.compare(parsed) : null;
        return request.page("compare/compare", parsed.article() == null ? null : json, "compare",
                page(parsed, result, request, permalink, query, json));
    }

    private ComparePage page(CompareService.CompareRequest request, CompareResult result, PageRequest http,
            String permalink, String query, String json) {
        Workbench.Context ctx = http.context();
        String lang = ctx.uiLang();
        Article article = request.article();
        List<ComparePage.OptionGroup> groups = new ArrayList<>();
        for (Instrument instrument : taxonomy.instruments()) {
            List<ComparePage.Option> options = new ArrayList<>();
            for (Article a : taxonomy.articlesOf(instrument.id())) {
                options.add(new ComparePage.Option(a.id(), taxonomy.label("articles", a.id(), lang),
                        article != null && article.id().equals(a.id())));
            }
            groups.add(new ComparePage.OptionGroup(instrument.shortName(lang), List.copyOf(options)));
        }
        List<ComparePage.Choice> states = request.countries().stream()
                .map(c -> new ComparePage.Choice(c.iso3(), c.name(lang), "chosen-" + c.iso3())).toList();
        List<ComparePage.Choice> regions = request.regions().stream()
                .map(r -> new ComparePage.Choice(r.id(), r.label(lang), "chosen-" + r.id())).toList();
        List<ComparePage.Option> regionOptions = taxonomy.regions().stream()
                .filter(r -> !request.regions().contains(r))
                .map(r -> new ComparePage.Option(r.id(), r.label(lang), false)).toList();
        List<Country> all = new ArrayList<>(taxonomy.countries().all());
        all.sort(NameOrder.byName(lang, c -> c.name(lang)));
        List<String> names = all.stream().filter(c -> !request.countries().contains(c)).map(c -> c.name(lang)).toList();

        List<ComparePage.Column> columns = new ArrayList<>();
        List<ComparePage.StateLink> without = new ArrayList<>();
        long total = 0;
        if (result != null) {
            total = result.provisionCount();
            for (CompareResult.StateColumn c : result.columns()) {
                List<ComparePage.Provision> provisions = new ArrayList<>();
                for (CompareResult.Provision p : c.provisions()) {
                    String number = "preamble".equals(p.provisionNumber())
                            ? http.message("doc.contents.preamble") : p.provisionNumber();
                    provisions.add(new ComparePage.Provision(p.id(), p.lawTitle(), number,
                            p.heading() == null || p.heading().isBlank() ? null : p.heading(), p.year(),
                            p.language() != null && !p.language().equals(lang) ? p.language() : null,
                            Highlights.segments(p.text(), p.highlights()), !p.highlights().isEmpty(),
                            ctx.href(p.url()), p.sourceUrl()));
                }
                columns.add(new ComparePage.Column(c.country(), c.name(), "col-" + c.country(), c.provisionCount(),
                        List.copyOf(provisions), ctx.href(c.moreUrl()), ctx.href(c.countryUrl())));
            }
            result.withoutProvisions().forEach(s -> without.add(new ComparePage.StateLink(s.name(), ctx.href(s.countryUrl()))));
        }
        return new ComparePage(article == null ? null : article.id(),
                article == null ? null : taxonomy.label("articles", article.id(), lang), List.copyOf(groups), states, regions,
                regionOptions, names, List.copyOf(columns), List.copyOf(without), total, CompareService.PER_STATE,
                article == null ? null : ctx.api("/compare.csv" + query), json, permalink,
                article == null ? null : ctx.href(Page.ARTICLE.of(article.id())));
    }
}
