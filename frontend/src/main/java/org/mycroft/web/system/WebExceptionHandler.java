package org.mycroft.web.system;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.apache.solr.common.SolrException;
import org.mycroft.api.system.InvalidParameterException;
import org.mycroft.api.system.BackendUnavailable;
import org.mycroft.api.system.NotFoundException;
import org.mycroft.api.system.SearchBackendException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.web.ErrorResponse;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

/**
 * HTML errors of the pages (the JSON API has its own advice): 400 naming the parameter, 404 for
 * an unknown document, 503 when Solr fails, and a bare 500 for anything else. No exception
 * message other than a parameter explanation ever reaches the page.
 */
@ControllerAdvice(basePackages = "org.mycroft.web")
record WebExceptionHandler(ErrorPages pages) {

    private static final Logger LOG = LoggerFactory.getLogger(WebExceptionHandler.class);

    @ExceptionHandler(InvalidParameterException.class)
    ModelAndView invalid(InvalidParameterException e, HttpServletRequest request) {
        return pages.badParameter(request, e);
    }

    @ExceptionHandler(NotFoundException.class)
    ModelAndView notFound(HttpServletRequest request) {
        return pages.page(request, HttpStatus.NOT_FOUND);
    }

    @ExceptionHandler({SearchBackendException.class, SolrException.class})
    ModelAndView backend(RuntimeException e, HttpServletRequest request, HttpServletResponse response) {
        return unavailable(e, request, response);
    }

    @ExceptionHandler(Exception.class)
    ModelAndView unexpected(Exception e, HttpServletRequest request, HttpServletResponse response) {
        if (BackendUnavailable.isCause(e)) {
            return unavailable(e, request, response);
        }
        if (e instanceof ErrorResponse web && !web.getStatusCode().is5xxServerError()) {
            // Spring's own request errors (type mismatch, unsupported method…) keep their status.
            return pages.page(request, web.getStatusCode());
        }
        LOG.error("Unexpected failure on {}", request.getRequestURI(), e);
        return pages.page(request, HttpStatus.INTERNAL_SERVER_ERROR);
    }

    /** The friendly 503 page in the user's language; one log line, not a trace per request while Solr is down. */
    private ModelAndView unavailable(Exception e, HttpServletRequest request, HttpServletResponse response) {
        LOG.warn("Search backend unavailable on {}: {}", request.getRequestURI(), e.getMessage());
        response.setHeader(HttpHeaders.RETRY_AFTER, BackendUnavailable.RETRY_AFTER);
        return pages.page(request, HttpStatus.SERVICE_UNAVAILABLE);
    }
}
