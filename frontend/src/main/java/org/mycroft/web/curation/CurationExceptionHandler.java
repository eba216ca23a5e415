package org.mycroft.web.curation;

import jakarta.servlet.http.HttpServletRequest;
import org.mycroft.curation.CurationAccessDeniedException;
import org.mycroft.curation.cases.CaseNotFoundException;
import org.mycroft.curation.directory.EntryNotFoundException;
import org.mycroft.curation.cases.WorkflowException;
import org.mycroft.web.system.ErrorPages;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

/** A write the role does not allow is a 403, an unknown case a 404, a transition the status does not allow a 409. */
@ControllerAdvice(basePackageClasses = CurationExceptionHandler.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
record CurationExceptionHandler(ErrorPages pages) {

    @ExceptionHandler(CurationAccessDeniedException.class)
    ModelAndView denied(HttpServletRequest request) {
        return pages.page(request, HttpStatus.FORBIDDEN);
    }

    @ExceptionHandler({CaseNotFoundException.class, EntryNotFoundException.class})
    ModelAndView notFound(HttpServletRequest request) {
        return pages.page(request, HttpStatus.NOT_FOUND);
    }

    @ExceptionHandler(WorkflowException.class)
    ModelAndView workflow(HttpServletRequest request) {
        return pages.page(request, HttpStatus.CONFLICT);
    }
}
