package org.mycroft.api.history;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Set;
import org.mycroft.api.system.RequestParameters;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** {@code /api/documents/{id}/history?from=&to=}: the JSON twin of a provision's history page. */
@RestController
class ProvisionHistoryController {

    /** The parameters the history accepts; anything else is a 400 like on every API route. */
    static final Set<String> PARAMETERS = Set.of("from", "to", "lang");

    private final ProvisionHistoryService history;

    ProvisionHistoryController(ProvisionHistoryService history) {
        this.history = history;
    }

    @GetMapping(value = "/api/documents/{id}/history", produces = "application/json")
    ProvisionHistory history(@PathVariable String id, HttpServletRequest request) {
        RequestParameters params = RequestParameters.of(request.getParameterMap(), PARAMETERS);
        return history.history(id, params.single("from", ""), params.single("to", ""));
    }
}
