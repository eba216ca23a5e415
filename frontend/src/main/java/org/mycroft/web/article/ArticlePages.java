package org.mycroft.web.article;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.mycroft.api.article.ArticleDetail;
import org.mycroft.api.article.ArticleOverview;
import org.mycroft.api.unit.CaseRef;
import org.mycroft.api.unit.ProvisionRef;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.mycroft.web.system.Workbench;
import org.mycroft.api.route.Routes;
import org.mycroft.core.taxonomy.DocType;

/** Builds the view models of the articles pages (and the list items the country page reuses). */
@Component
public class ArticlePages {

    private final MessageSource messages;

    public ArticlePages(MessageSource messages) {
        this.messages = messages;
    }

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
        List<ArticlePage.StateGroup> states = new ArrayList<>();
        for (ArticleDetail.StateProvisions s : d.states()) {
            states.add(new ArticlePage.StateGroup(s.country(), s.name(), "state-" + s.country(), s.provisionCount(),
                    s.provisions().stream().map(p -> provision(p, ctx)).toList(),
                    s.provisionCount() > s.provisions().size()
                            ? ctx.href(Routes.search().with("doc_type", DocType.LEGISLATION.id()).with("articles", d.id()).with("country", s.country()).toString()) : null,
                    ctx.href(s.compareUrl()), ctx.href(s.countryUrl())));
        }
        List<ArticlePage.Link> regions = d.compareByRegion().stream()
                .map(r -> new ArticlePage.Link(r.name(), ctx.href(r.url()), r.stateCount())).toList();
        return new ArticlePage(d.id(), d.label(), d.title(), d.instrumentName(), d.provisionCount(), d.stateCount(),
                d.caseCount(), List.copyOf(states), d.cases().stream().map(c -> caseItem(c, ctx)).toList(),
                ctx.href(d.compareUrl()), regions, ctx.href(d.coverageUrl()), ctx.href("/articles"),
                ctx.href(Routes.search().with("articles", d.id()).toString()));
    }

    public ArticlePage.ProvisionItem provision(ProvisionRef p, Workbench.Context ctx) {
        String number = p.provisionNumber();
        if ("preamble".equals(number)) {
            number = messages.getMessage("doc.contents.preamble", null, Locale.of(ctx.uiLang()));
        }
        return new ArticlePage.ProvisionItem(number, blankToNull(p.heading()), p.lawTitle(), p.year(), ctx.href(p.url()),
                otherLanguage(p.language(), ctx));
    }

    public ArticlePage.CaseItem caseItem(CaseRef c, Workbench.Context ctx) {
        Locale locale = Locale.of(ctx.uiLang());
        String form = c.cooperationForm() == null ? null
                : messages.getMessage("value.cooperation_form." + c.cooperationForm(), null, c.cooperationForm(), locale);
        String roles = c.roles().isEmpty() ? null : String.join(", ", c.roles().stream()
                .map(r -> messages.getMessage("country.role." + r, null, r, locale)).toList());
        return new ArticlePage.CaseItem(c.title(), ctx.href(c.url()), c.countryName(), c.year(), c.date(),
                otherLanguage(c.language(), ctx), form, roles);
    }

    static String otherLanguage(String language, Workbench.Context ctx) {
        return language != null && !language.isBlank() && !language.equals(ctx.uiLang()) ? language : null;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
