package org.mycroft.web.article;

import java.util.List;
import org.mycroft.api.article.ArticleDetail;
import org.mycroft.api.article.ArticleOverview;
import org.mycroft.api.article.ArticleService;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.servlet.ModelAndView;
import org.mycroft.web.system.PageRequest;
import org.mycroft.api.route.Page;

/**
 * {@code /articles} (the Convention and its Protocols article by article, twin {@code /api/articles})
 * and {@code /articles/{id}} (one article, twin {@code /api/articles/{id}}); same parameters as the twins.
 */
@Controller
record ArticlePageController(ArticleService articles, ArticlePages pages) {

    @GetMapping("/articles")
    ModelAndView list(PageRequest request) {
        ArticleService.ListRequest list = articles.parseList(request.parameters());
        List<String> instruments = list.instruments();
        ArticleOverview overview = articles.overview(list);
        String query = instruments.isEmpty() ? "/api/articles" : "/api/articles?instrument=" + String.join("&instrument=", instruments);
        return request.page("article/articles", request.context().api(query), "articles", pages.list(overview, request.context()));
    }

    @GetMapping("/articles/{id}")
    ModelAndView detail(@PathVariable String id, PageRequest request) {
        ArticleDetail detail = articles.detail(id, request.parameters());
        return request.page("article/article", request.context().api(Page.ARTICLE.api(detail.id())), "articles",
                pages.detail(detail, request.context()));
    }
}
