package org.mycroft.api.history;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.enums.ParameterIn;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Set;
import org.mycroft.api.system.RequestParameters;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** {@code /api/documents/{id}/history?from=&to=}: the JSON twin of a provision's history page. */
@RestController
record ProvisionHistoryController(ProvisionHistoryService history) {

    /** The parameters the history accepts; anything else is a 400 like on every API route. */
    static final Set<String> PARAMETERS = Set.of("from", "to", "lang");

    @Operation(operationId = "documentHistory", summary = "Every version of a provision, with a word-level diff between two of them")
    @Parameter(name = "from", in = ParameterIn.QUERY, description = "The older version of the diff (empty: the default pair).", example = "1")
    @Parameter(name = "to", in = ParameterIn.QUERY, description = "The newer version of the diff (empty: the default pair).", example = "2")
    @Parameter(name = "lang", in = ParameterIn.QUERY, description = "Language of labels in the answer.")
    @GetMapping(value = "/api/documents/{id}/history", produces = "application/json")
    ProvisionHistory history(@PathVariable String id, HttpServletRequest request) {
        RequestParameters params = RequestParameters.of(request.getParameterMap(), PARAMETERS);
        return history.history(id, params.single("from", ""), params.single("to", ""));
    }
}
