package org.mycroft.api.article;

import io.swagger.v3.oas.annotations.Operation;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/articles} and {@code GET /api/articles/{id}}: the JSON twins of {@code /articles} pages. */
@RestController
record ArticleController(ArticleService articles) {

    @Operation(operationId = "articles", summary = "The articles of the Convention and its Protocols, with how many units each is tagged on")
    @GetMapping(value = "/api/articles", produces = MediaType.APPLICATION_JSON_VALUE)
    ArticleOverview list(HttpServletRequest request) {
        return articles.overview(articles.parseList(request.getParameterMap()));
    }

    @Operation(operationId = "article", summary = "One article: the States' provisions and the cases tagged with it")
    @GetMapping(value = "/api/articles/{id}", produces = MediaType.APPLICATION_JSON_VALUE)
    ArticleDetail detail(@PathVariable String id, HttpServletRequest request) {
        return articles.detail(id, request.getParameterMap());
    }
}
