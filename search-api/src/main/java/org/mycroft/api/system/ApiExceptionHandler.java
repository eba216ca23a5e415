package org.mycroft.api.system;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.apache.solr.common.SolrException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.ErrorResponse;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/**
 * JSON errors for the {@code /api} controllers: bad input is a 400 naming the parameter, an
 * unknown id a 404, a Solr failure a 503; no stack trace or Solr message ever reaches the client.
 */
@RestControllerAdvice(basePackages = "org.mycroft.api")
class ApiExceptionHandler {

    private static final Logger LOG = LoggerFactory.getLogger(ApiExceptionHandler.class);

    @ExceptionHandler(InvalidParameterException.class)
    ResponseEntity<ApiError> invalid(InvalidParameterException e) {
        return error(HttpStatus.BAD_REQUEST, e.getMessage(), e.parameter());
    }

    @ExceptionHandler(MissingServletRequestParameterException.class)
    ResponseEntity<ApiError> missing(MissingServletRequestParameterException e) {
        return error(HttpStatus.BAD_REQUEST, "Missing parameter '" + e.getParameterName() + "'.", e.getParameterName());
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<ApiError> mismatch(MethodArgumentTypeMismatchException e) {
        return error(HttpStatus.BAD_REQUEST, "Invalid value for '" + e.getName() + "'.", e.getName());
    }

    @ExceptionHandler(NotFoundException.class)
    ResponseEntity<ApiError> notFound(NotFoundException e) {
        return error(HttpStatus.NOT_FOUND, e.getMessage(), null);
    }

    @ExceptionHandler({SearchBackendException.class, SolrException.class})
    ResponseEntity<ApiError> backend(RuntimeException e) {
        return unavailable(e);
    }

    /** Anything else: a 503 when the index is behind it, else a 500; either way the JSON shape, no trace. */
    @ExceptionHandler(RuntimeException.class)
    ResponseEntity<ApiError> unexpected(RuntimeException e) {
        if (BackendUnavailable.isCause(e)) {
            return unavailable(e);
        }
        if (e instanceof ErrorResponse web) {
            HttpStatus status = HttpStatus.valueOf(web.getStatusCode().value());
            return error(status, status.getReasonPhrase() + ".", null);
        }
        LOG.error("Unexpected failure", e);
        return error(HttpStatus.INTERNAL_SERVER_ERROR, "Internal error.", null);
    }

    private static ResponseEntity<ApiError> unavailable(RuntimeException e) {
        // One line, not a trace per request: while Solr is down every request fails the same way.
        LOG.warn("Search backend unavailable: {}", rootMessage(e));
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).contentType(MediaType.APPLICATION_JSON)
                .header(HttpHeaders.RETRY_AFTER, BackendUnavailable.RETRY_AFTER)
                .body(new ApiError(503, HttpStatus.SERVICE_UNAVAILABLE.getReasonPhrase(),
                        "The search service is unavailable; please try again later.", null));
    }

    static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName() + ": " + root.getMessage();
    }

    private static ResponseEntity<ApiError> error(HttpStatus status, String message, String parameter) {
        return ApiError.response(status, message, parameter);
    }
}
