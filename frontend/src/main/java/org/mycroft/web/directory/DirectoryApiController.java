package org.mycroft.web.directory;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.enums.ParameterIn;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Set;
import org.mycroft.api.system.ApiError;
import org.mycroft.api.system.InvalidParameterException;
import org.mycroft.api.system.NotFoundException;
import org.mycroft.api.system.RequestParameters;
import org.mycroft.core.taxonomy.Taxonomy;
import org.mycroft.curation.directory.Access;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/directory} and {@code /api/directory/{id}}: the JSON twins of the directory
 * pages, with the same filters and the same visibility rules (a restricted entry answers exactly
 * like an unknown id for the public). Errors keep the API's JSON shape.
 */
@RestController
record DirectoryApiController(DirectoryService directory, ReaderAccess readers, Taxonomy taxonomy) {

    @Operation(operationId = "directory", summary = "Competent national authorities, filtered (public entries and fields only, unless signed in with a role that may read restricted ones)")
    @Parameter(name = "state", in = ParameterIn.QUERY, description = "ISO 3166-1 alpha-3 code of a State (repeatable)")
    @Parameter(name = "region", in = ParameterIn.QUERY, description = "Regional group id, e.g. african (repeatable)")
    @Parameter(name = "type", in = ParameterIn.QUERY, description = "Authority type id from the taxonomy (repeatable)")
    @Parameter(name = "instrument", in = ParameterIn.QUERY, description = "UNTOC, TIP, SOM or FP (repeatable)")
    @Parameter(name = "q", in = ParameterIn.QUERY, description = "Words in the names and guidance")
    @Parameter(name = "lang", in = ParameterIn.QUERY, description = "Language of the labels: ar, zh, en, fr, ru or es")
    @GetMapping(value = DirectoryService.API, produces = MediaType.APPLICATION_JSON_VALUE)
    DirectoryJson.Listing list(HttpServletRequest request, HttpServletResponse response) {
        Access access = readers.of(request);
        PrivateAnswers.mark(response, access);
        return directory.search(DirectoryParameters.parse(request.getParameterMap(), taxonomy), access);
    }

    @Operation(operationId = "directoryEntry", summary = "One authority's entry; a restricted entry answers like an unknown id for the public")
    @Parameter(name = "lang", in = ParameterIn.QUERY, description = "Language of the labels: ar, zh, en, fr, ru or es")
    @GetMapping(value = DirectoryService.API + "/{id}", produces = MediaType.APPLICATION_JSON_VALUE)
    DirectoryJson.Entry entry(@PathVariable String id, HttpServletRequest request, HttpServletResponse response) {
        Access access = readers.of(request);
        PrivateAnswers.mark(response, access);
        String lang = RequestParameters.of(request.getParameterMap(), Set.of("lang")).lang();
        return directory.entry(id, lang, access);
    }

    @ExceptionHandler(InvalidParameterException.class)
    ResponseEntity<ApiError> invalid(InvalidParameterException e) {
        return ApiError.response(HttpStatus.BAD_REQUEST, e.getMessage(), e.parameter());
    }

    @ExceptionHandler(NotFoundException.class)
    ResponseEntity<ApiError> notFound(NotFoundException e) {
        return ApiError.response(HttpStatus.NOT_FOUND, e.getMessage(), null);
    }
}
