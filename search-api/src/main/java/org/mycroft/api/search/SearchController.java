package org.mycroft.api.search;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.enums.ParameterIn;
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

    @Operation(summary = "Search legislation provisions and cases",
            description = "Filters repeat: OR within one facet, AND across facets. An empty q lists everything, newest first. "
                    + "User text is searched as text; Solr syntax is escaped.")
    @Parameter(name = "q", in = ParameterIn.QUERY, description = "Words or \"quoted phrases\"")
    @Parameter(name = "page", in = ParameterIn.QUERY, description = "1-based page (1..500; page x size at most 10000, deeper through /api/search/cursor)")
    @Parameter(name = "size", in = ParameterIn.QUERY, description = "Results per page (1..100, default 20)")
    @Parameter(name = "sort", in = ParameterIn.QUERY, description = "relevance | newest | oldest")
    @Parameter(name = "lang", in = ParameterIn.QUERY, description = "Label language: ar | zh | en | fr | ru | es")
    @Parameter(name = "more", in = ParameterIn.QUERY, description = "Facet to list with all its values, e.g. country; "
            + "the others list their " + SearchQueryBuilder.FACET_VALUES + " most frequent (truncated_facets names those that have more)")
    @Parameter(name = "doc_type", in = ParameterIn.QUERY, description = "legislation | case | authority | reference")
    @Parameter(name = "country", in = ParameterIn.QUERY, description = "ISO 3166-1 alpha-3, e.g. CAN")
    @Parameter(name = "region", in = ParameterIn.QUERY, description = "UN regional group, e.g. african")
    @Parameter(name = "year", in = ParameterIn.QUERY, description = "Four-digit year")
    @Parameter(name = "language", in = ParameterIn.QUERY, description = "ISO 639-1 code of the text")
    @Parameter(name = "crime_types", in = ParameterIn.QUERY, description = "Crime type id; a parent finds its children")
    @Parameter(name = "articles", in = ParameterIn.QUERY, description = "Article id, e.g. UNTOC-18; also finds UNTOC-18.13")
    @Parameter(name = "cross_cutting", in = ParameterIn.QUERY, description = "Cross-cutting issue id, e.g. extradition")
    @Parameter(name = "cooperation_form", in = ParameterIn.QUERY, description = "Form of cooperation of a case, e.g. extradition")
    @Parameter(name = "requesting_state", in = ParameterIn.QUERY, description = "Requesting State, ISO 3166-1 alpha-3")
    @Parameter(name = "requested_state", in = ParameterIn.QUERY, description = "Requested State, ISO 3166-1 alpha-3")
    @Parameter(name = "either_state", in = ParameterIn.QUERY, description = "Requesting or requested State, ISO 3166-1 alpha-3")
    @Parameter(name = "legal_basis", in = ParameterIn.QUERY, description = "Legal basis of a case; UNTOC = the Convention")
    @Parameter(name = "legal_basis_article", in = ParameterIn.QUERY, description = "Article relied on as legal basis, e.g. UNTOC-16")
    @Parameter(name = "outcome", in = ParameterIn.QUERY, description = "granted | partly-granted | refused | pending | withdrawn")
    @Parameter(name = "court_level", in = ParameterIn.QUERY, description = "first-instance | appeal | supreme | international")
    @Parameter(name = "confiscation_type", in = ParameterIn.QUERY, description = "conviction-based | non-conviction-based | value-based | other")
    @Parameter(name = "year_from", in = ParameterIn.QUERY, description = "First year of a range (inclusive)")
    @Parameter(name = "year_to", in = ParameterIn.QUERY, description = "Last year of a range (inclusive)")
    @GetMapping(value = "/api/search", produces = MediaType.APPLICATION_JSON_VALUE)
    SearchResponse search(HttpServletRequest request) {
        return search.search(parameters.parse(request.getParameterMap()));
    }
}
