package org.mycroft.api.compare;

import io.swagger.v3.oas.annotations.Operation;
import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.List;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.mycroft.api.system.Csv;

/**
 * {@code GET /api/compare} (JSON) and {@code GET /api/compare.csv} (CSV, also at {@code /compare.csv}):
 * the twins and exports of the {@code /compare} page, with its parameters.
 */
@RestController
record CompareController(CompareService compare) {

    @Operation(operationId = "compare", summary = "Compare States' provisions on one article, side by side")
    @GetMapping(value = "/api/compare", produces = MediaType.APPLICATION_JSON_VALUE)
    CompareResult json(HttpServletRequest request) {
        return compare.compare(compare.parse(request.getParameterMap(), true));
    }

    @Operation(operationId = "compareCsv", summary = "The comparison of States' provisions on one article as CSV")
    @GetMapping({"/api/compare.csv", "/compare.csv"})
    ResponseEntity<String> csv(HttpServletRequest request) {
        CompareResult result = compare.compare(compare.parse(request.getParameterMap(), true));
        return csv(result).response("compare-" + result.article() + ".csv");
    }

    /** One row per provision on screen; a State without any has one row with count 0 and empty cells. */
    static Csv csv(CompareResult result) {
        Csv csv = new Csv().row(List.of("country", "state", "article", "provision_count", "law", "provision_number",
                "heading", "year", "language", "evidence", "text", "url"));
        List<CompareResult.StateColumn> columns = new ArrayList<>(result.columns());
        result.withoutProvisions().forEach(s -> columns.add(new CompareResult.StateColumn(s.country(), s.name(), null, 0,
                List.of(), null, s.countryUrl())));
        for (CompareResult.StateColumn column : columns) {
            if (column.provisions().isEmpty()) {
                csv.row(java.util.Arrays.asList(column.country(), column.name(), result.article(), column.provisionCount(),
                        null, null, null, null, null, null, null, null));
            }
            for (CompareResult.Provision p : column.provisions()) {
                csv.row(java.util.Arrays.asList(column.country(), column.name(), result.article(), column.provisionCount(),
                        p.lawTitle(), p.provisionNumber(), p.heading(), p.year(), p.language(),
                        String.join(" | ", p.highlights().stream().map(CompareResult.Highlight::passage).distinct().toList()),
                        p.text(), p.url()));
            }
        }
        return csv;
    }
}
