package org.mycroft.api.search;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/search}: the JSON twin of the search page, with the same parameters. */
@RestController
class SearchController {

    private final SearchParameters parameters;
    private final SearchService search;

    SearchController(SearchParameters parameters, SearchService search) {
        this.parameters = parameters;
        this.search = search;
    }

    @GetMapping(value = "/api/search", produces = MediaType.APPLICATION_JSON_VALUE)
    SearchResponse search(HttpServletRequest request) {
        return search.search(parameters.parse(request.getParameterMap()));
    }
}
