package org.mycroft.web.search;

import org.mycroft.api.search.SearchParameters;
import org.mycroft.api.search.SearchRequest;
import org.mycroft.api.search.SearchResponse;
import org.mycroft.api.search.SearchService;
import org.mycroft.web.system.PageRequest;
import org.mycroft.web.system.Workbench;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.servlet.ModelAndView;

/**
 * {@code /} and {@code /search}: the home page is the search page. Accepts exactly the
 * parameters of {@code /api/search} (the same parser validates both); with no query it lists
 * everything, newest first.
 */
@Controller
record SearchPageController(SearchParameters parameters, SearchService search, SearchPageAssembler assembler) {

    @GetMapping({"/", SearchState.PATH})
    ModelAndView search(PageRequest request) {
        Workbench.Context ctx = request.context();
        // Facet labels in the UI language even when it came from Accept-Language rather than ?lang=.
        SearchRequest searchRequest = parameters.parse(request.parameters());
        SearchResponse response = search.search(searchRequest);
        SearchState state = SearchState.of(searchRequest, request.http().getParameterMap(), ctx.explicitLang());
        ModelAndView view = request.view("search/results", state.apiHref(ctx.uiLang()), "search");
        view.addObject("cases", CaseSearchPanel.of(state, response));
        view.addObject("concepts", ConceptNotice.of(state, response));
        view.addObject("search", assembler.assemble(state, searchRequest.sort().parameter(), response, ctx.uiLang()));
        return view;
    }
}
