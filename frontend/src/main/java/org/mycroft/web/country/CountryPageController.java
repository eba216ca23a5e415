package org.mycroft.web.country;

import jakarta.servlet.http.HttpServletResponse;
import java.util.ArrayList;
import java.util.List;
import org.mycroft.api.country.CountryProfile;
import org.mycroft.api.country.CountryService;
import org.mycroft.web.directory.CountryAuthorities;
import org.mycroft.web.system.PageRequest;
import org.mycroft.web.system.Workbench;
import org.mycroft.web.unit.ProvisionGroup;
import org.mycroft.web.unit.UnitItems;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.servlet.ModelAndView;
import org.mycroft.api.route.Page;
import org.mycroft.api.route.Routes;
import org.mycroft.core.taxonomy.DocType;

/** {@code /countries/{iso3}}: a State's profile, twin {@code /api/countries/{iso3}}. */
@Controller
record CountryPageController(CountryService countries, UnitItems items, CountryAuthorities authorities) {

    @GetMapping("/countries/{iso3}")
    ModelAndView profile(@PathVariable String iso3, PageRequest request, HttpServletResponse response) {
        Workbench.Context ctx = request.context();
        CountryProfile p = countries.profile(iso3, request.parameters());
        List<ProvisionGroup> groups = p.articles().stream().map(g -> items.group(g.id(), g.label(), "art-" + g.id(),
                g.provisions(), g.provisionCount(), Routes.search().with("doc_type", DocType.LEGISLATION.id())
                        .with("country", p.country()).with("articles", g.id()), g.articleUrl(), g.compareUrl(), ctx)).toList();
        List<CountryPage.Law> laws = p.laws().stream().map(l -> new CountryPage.Law(l.title(), ctx.href(l.url()), l.year(),
                l.provisionCount(), l.language() != null && !l.language().equals(ctx.uiLang()) ? l.language() : null)).toList();
        CountryPage page = new CountryPage(p.country(), p.name(), p.regionName(),
                ctx.href(Routes.coverage().with("region", p.region()).toString()), p.legislationCount(), p.lawCount(), p.caseCount(),
                p.lastIngestedAt() == null ? null : p.lastIngestedAt().substring(0, 10), p.latestDate(), p.latestYear(),
                groups, laws, p.cases().stream().map(c -> items.caseItem(c, ctx)).toList(),
                ctx.href(p.coverageUrl()), ctx.href(Routes.search().with("country", p.country()).toString()));
        ModelAndView view = request.view("country/country", ctx.api(Page.COUNTRY.api(p.country())), "country");
        view.addObject("page", page);
        CountryAuthorities.Section directory = authorities.of(p.country(), ctx, request.http(), response);
        view.addObject("directory", directory);
        view.addObject("latestUpdate", directory.laterOf(page.lastIngested()));
        return view;
    }
}
