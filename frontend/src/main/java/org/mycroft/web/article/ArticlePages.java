package org.mycroft.web.article;

import java.util.ArrayList;
import java.util.List;
import org.mycroft.api.article.ArticleDetail;
import org.mycroft.api.article.ArticleOverview;
import org.springframework.stereotype.Component;
import org.mycroft.web.system.Workbench;
import org.mycroft.web.unit.ProvisionGroup;
import org.mycroft.web.unit.UnitItems;
import org.mycroft.api.route.Routes;
import org.mycroft.core.taxonomy.DocType;

/** Builds the view models of the articles pages. */
@Component
record ArticlePages(UnitItems items) {

    ArticlesPage list(ArticleOverview overview, Workbench.Context ctx) {
        List<ArticlesPage.Section> sections = new ArrayList<>();
        for (ArticleOverview.InstrumentArticles instrument : overview.instruments()) {
            List<ArticlesPage.Row> rows = new ArrayList<>();
            for (ArticleOverview.ArticleCounts a : instrument.articles()) {
                rows.add(new ArticlesPage.Row(a.id(), a.number(), a.title(), ctx.href(a.url()), a.provisionCount(),
                        a.stateCount(), a.caseCount(),
                        a.provisionCount() == 0 ? null : ctx.href(Routes.search().with("doc_type", DocType.LEGISLATION.id()).with("articles", a.id()).toString()),
                        a.caseCount() == 0 ? null : ctx.href(Routes.search().with("doc_type", DocType.CASE.id()).with("articles", a.id()).toString()),
                        ctx.href(Routes.compare(a.id(), List.of(), null))));
            }
            sections.add(new ArticlesPage.Section(instrument.id(), instrument.name(), instrument.shortName(),
                    "instrument-" + instrument.id(), List.copyOf(rows),
                    ctx.href(Routes.coverage().with("instrument", instrument.id()).toString())));
        }
        return new ArticlesPage(List.copyOf(sections));
    }

    ArticlePage detail(ArticleDetail d, Workbench.Context ctx) {
        List<ProvisionGroup> states = d.states().stream().map(s -> items.group(s.country(), s.name(), "state-" + s.country(),
                s.provisions(), s.provisionCount(), Routes.search().with("doc_type", DocType.LEGISLATION.id())
                        .with("articles", d.id()).with("country", s.country()), s.countryUrl(), s.compareUrl(), ctx)).toList();
        List<ArticlePage.Link> regions = d.compareByRegion().stream()
                .map(r -> new ArticlePage.Link(r.name(), ctx.href(r.url()), r.stateCount())).toList();
        return new ArticlePage(d.id(), d.label(), d.title(), d.instrumentName(), d.provisionCount(), d.stateCount(),
                d.caseCount(), states, d.cases().stream().map(c -> items.caseItem(c, ctx)).toList(),
                ctx.href(d.compareUrl()), regions, ctx.href(d.coverageUrl()), ctx.href("/articles"),
                ctx.href(Routes.search().with("articles", d.id()).toString()));
    }
}
