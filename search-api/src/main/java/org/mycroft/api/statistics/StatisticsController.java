package org.mycroft.api.statistics;

import io.swagger.v3.oas.annotations.Operation;
import jakarta.servlet.http.HttpServletRequest;
import org.mycroft.api.search.SearchParameters;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/statistics}: the JSON twin of {@code /statistics}, with the search's filters. */
@RestController
record StatisticsController(SearchParameters parameters, StatisticsService statistics) {

    @Operation(operationId = "statistics", summary = "Counts of cases by form of cooperation, legal basis, outcome, crime type, States and year",
            description = "Accepts the parameters of /api/search; doc_type=case is always added. Each count equals the "
                    + "total of /api/search for the same filters plus that value.")
    @GetMapping(value = "/api/statistics", produces = MediaType.APPLICATION_JSON_VALUE)
    CaseStatistics statistics(HttpServletRequest request) {
        return statistics.cases(parameters.parse(request.getParameterMap()));
    }
}
