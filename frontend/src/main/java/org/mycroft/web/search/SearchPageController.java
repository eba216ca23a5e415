package org.mycroft.web.search;

import jakarta.servlet.http.HttpServletRequest;
import java.util.LinkedHashMap;
import java.util.Map;
import org.mycroft.api.search.SearchParameters;
import org.mycroft.api.search.SearchRequest;
import org.mycroft.api.search.SearchResponse;
import org.mycroft.api.search.SearchService;
import org.mycroft.web.system.LayoutFactory;
import org.mycroft.web.system.UiLocaleResolver;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.servlet.ModelAndView;

/**
 * {@code /} and {@code /search}: the home page is the search page. Accepts exactly the
 * parameters of {@code /api/search} (the same parser validates both); with no query it lists
 * everything, newest first.
 */
@Controller
class SearchPageController {

    private final SearchParameters parameters;
    private final SearchService search;
    private final SearchPageAssembler assembler;
    private final LayoutFactory layouts;

    SearchPageController(SearchParameters parameters, SearchService search, SearchPageAssembler assembler,
            LayoutFactory layouts) {
        this.parameters = parameters;
        this.search = search;
        this.assembler = assembler;
        this.layouts = layouts;
    }

    @GetMapping({"/", SearchState.PATH})
    ModelAndView search(HttpServletRequest request) {
        Map<String, String[]> raw = request.getParameterMap();
        String uiLang = UiLocaleResolver.resolveLanguage(request);
        // Facet labels in the UI language even when it came from Accept-Language rather than ?lang=.
        Map<String, String[]> withLang = new LinkedHashMap<>(raw);
        withLang.putIfAbsent(UiLocaleResolver.PARAMETER, new String[] {uiLang});
        SearchRequest searchRequest = parameters.parse(withLang);
        SearchResponse response = search.search(searchRequest);
        SearchState state = SearchState.of(searchRequest, raw, UiLocaleResolver.explicitLanguage(request));
        ModelAndView view = new ModelAndView("search/results");
        view.addObject("ui", layouts.create(request).withJson(state.apiHref(uiLang)));
        view.addObject("search", assembler.assemble(state, response, uiLang));
        return view;
    }
}
