package org.mycroft.web.article;

import jakarta.servlet.http.HttpServletRequest;
import org.mycroft.api.article.ArticleDetail;
import org.mycroft.api.article.ArticleOverview;
import org.mycroft.api.article.ArticleService;
import org.mycroft.api.system.RequestParameters;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.servlet.ModelAndView;
import org.mycroft.web.system.Workbench;
import org.mycroft.api.route.Page;

/**
 * {@code /articles} (the Convention and its Protocols article by article, twin {@code /api/articles})
 * and {@code /articles/{id}} (one article, twin {@code /api/articles/{id}}); same parameters as the twins.
 */
@Controller
class ArticlePageController {

    private final ArticleService articles;
    private final ArticlePages pages;
    private final Workbench workbench;

    ArticlePageController(ArticleService articles, ArticlePages pages, Workbench workbench) {
        this.articles = articles;
        this.pages = pages;
        this.workbench = workbench;
    }

    @GetMapping("/articles")
    ModelAndView list(HttpServletRequest request) {
        Workbench.Context ctx = workbench.context(request);
        RequestParameters params = RequestParameters.of(Workbench.withLang(request, ctx), ArticleService.LIST_PARAMETERS);
        var instruments = articles.instruments(params);
        ArticleOverview overview = articles.overview(instruments, params.lang());
        String query = instruments.isEmpty() ? "/api/articles" : "/api/articles?instrument=" + String.join("&instrument=", instruments);
        return workbench.page("article/articles", request, ctx.api(query), "articles", pages.list(overview, ctx));
    }

    @GetMapping("/articles/{id}")
    ModelAndView detail(@PathVariable String id, HttpServletRequest request) {
        Workbench.Context ctx = workbench.context(request);
        RequestParameters params = RequestParameters.of(Workbench.withLang(request, ctx), ArticleService.DETAIL_PARAMETERS);
        ArticleDetail detail = articles.detail(id, params.lang());
        return workbench.page("article/article", request, ctx.api(Page.ARTICLE.api(detail.id())), "articles",
                pages.detail(detail, ctx));
    }
}
