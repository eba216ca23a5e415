package org.mycroft.web.curation;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Map;
import org.mycroft.curation.cases.CuratedConflictException;
import org.mycroft.curation.directory.EntryConflictException;
import org.mycroft.web.system.ErrorPages;
import org.mycroft.web.system.LayoutFactory;
import org.springframework.http.HttpStatus;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.ModelAndView;

/** What every curation page has: the layout, the CSRF token for its forms, the signed-in curator, no caching. */
@Component
record CurationPages(LayoutFactory layouts, ErrorPages errors) {

    ModelAndView view(String name, HttpServletRequest request, HttpServletResponse response) {
        // Pages with personal data or a CSRF token must not stay in a shared cache or the back-forward history.
        response.setHeader("Cache-Control", "no-store");
        ModelAndView view = new ModelAndView(name);
        view.addObject("ui", layouts.create(request));
        view.addObject("current", Map.of("curation", true));
        if (request.getAttribute(CsrfToken.class.getName()) instanceof CsrfToken token) {
            view.addObject("csrf", new Csrf(token.getParameterName(), token.getToken()));
        }
        if (request.getUserPrincipal() != null) {
            view.addObject("user", request.getUserPrincipal().getName());
        }
        return view;
    }

    /**
     * Runs a workflow step on the record whose page is {@code recordHref} and goes back to that page;
     * when someone else saved the record first, the stale page (409) links to its newer version instead.
     */
    ModelAndView step(String recordHref, Runnable step, HttpServletRequest request, HttpServletResponse response) {
        try {
            step.run();
        } catch (CuratedConflictException e) {
            ModelAndView view = view("curation/stale", request, response);
            view.addObject("caseHref", recordHref);
            // The page names the kind of record that changed: a directory entry is not a case.
            boolean entry = e instanceof EntryConflictException;
            view.addObject("titleKey", entry ? "curation.conflict.entry-title" : "curation.conflict.title");
            view.addObject("staleKey", entry ? "curation.conflict.entry-stale" : "curation.conflict.stale");
            view.setStatus(HttpStatus.CONFLICT);
            return view;
        }
        return new ModelAndView("redirect:" + recordHref);
    }

    ModelAndView error(HttpServletRequest request, HttpStatus status) {
        return errors.page(request, status);
    }

    /** The hidden field every form carries. */
    record Csrf(String name, String value) {}
}
