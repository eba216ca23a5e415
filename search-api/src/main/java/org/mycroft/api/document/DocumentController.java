package org.mycroft.api.document;

import org.mycroft.api.system.NotFoundException;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/documents/{id}}: one unit as JSON, the twin of {@code /documents/{id}}. */
@RestController
class DocumentController {

    private final DocumentService documents;

    DocumentController(DocumentService documents) {
        this.documents = documents;
    }

    @GetMapping(value = "/api/documents/{id}", produces = MediaType.APPLICATION_JSON_VALUE)
    UnitDocument document(@PathVariable String id) {
        return documents.find(id).orElseThrow(() -> new NotFoundException("No document with id '" + id + "'."));
    }
}
