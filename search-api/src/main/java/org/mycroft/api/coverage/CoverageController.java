package org.mycroft.api.coverage;

import io.swagger.v3.oas.annotations.Operation;
import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.List;
import org.mycroft.api.system.Csv;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/coverage} (JSON) and {@code GET /api/coverage.csv} (CSV, also at {@code /coverage.csv}):
 * the twins and exports of the {@code /coverage} page, with its parameters.
 */
@RestController
record CoverageController(CoverageService coverage) {

    @Operation(operationId = "coverage", summary = "Which States have legislation on which articles of an instrument")
    @GetMapping(value = "/api/coverage", produces = MediaType.APPLICATION_JSON_VALUE)
    CoverageMatrix json(HttpServletRequest request) {
        return coverage.matrix(coverage.parse(request.getParameterMap()));
    }

    @Operation(operationId = "coverageCsv", summary = "The coverage matrix of an instrument as CSV")
    @GetMapping({"/api/coverage.csv", "/coverage.csv"})
    ResponseEntity<String> csv(HttpServletRequest request) {
        CoverageMatrix matrix = coverage.matrix(coverage.parse(request.getParameterMap()));
        return csv(matrix).response("coverage-" + matrix.instrument() + ".csv");
    }

    /** Header: country, state, region, legislation, then one column per article id; one row per State. */
    static Csv csv(CoverageMatrix matrix) {
        List<Object> header = new ArrayList<>(List.of("country", "state", "region", "legislation_count", "provision_count"));
        matrix.articles().forEach(a -> header.add(a.id()));
        Csv csv = new Csv().row(header);
        for (CoverageMatrix.StateRow row : matrix.rows()) {
            List<Object> cells = new ArrayList<>(List.of(row.country(), row.name(), row.region(), row.legislationCount(),
                    row.provisionCount()));
            matrix.articles().forEach(a -> cells.add(row.counts().get(a.id())));
            csv.row(cells);
        }
        return csv;
    }
}
