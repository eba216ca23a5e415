package org.mycroft.api.document;

import io.swagger.v3.oas.annotations.Operation;
import org.mycroft.api.system.NotFoundException;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/documents/{id}}: one unit as JSON, the twin of {@code /documents/{id}}. */
@RestController
record DocumentController(DocumentService documents) {

    @Operation(operationId = "document", summary = "One provision or case with its text, tags and the evidence behind each, source and licence",
            description = "A case also lists similar published cases (similar_cases) with the tags they share; a provision "
                    + "lists the cases applying it (citing_cases) or, when none is linked, similar cases.")
    @GetMapping(value = "/api/documents/{id}", produces = MediaType.APPLICATION_JSON_VALUE)
    UnitDocument document(@PathVariable String id) {
        return documents.find(id).orElseThrow(() -> new NotFoundException("No document with id '" + id + "'."));
    }
}
