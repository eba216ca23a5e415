package org.mycroft.web.system;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Locale;
import org.mycroft.api.search.Facet;
import org.mycroft.api.search.SearchParameters;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatusCode;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.ModelAndView;

/** Builds the error page of a status, in the request's UI language; never shows a stack trace. */
@Component
public class ErrorPages {

    static final String VIEW = "error/error";

    private final LayoutFactory layouts;
    private final MessageSource messages;

    public ErrorPages(LayoutFactory layouts, MessageSource messages) {
        this.layouts = layouts;
        this.messages = messages;
    }

    public ModelAndView page(HttpServletRequest request, HttpStatusCode status) {
        return view(request, status, new ErrorPage(status.value(), null, null, null, false));
    }

    /** A 400 naming the parameter at fault, with what it should look like. */
    public ModelAndView badParameter(HttpServletRequest request, String parameter, String detail) {
        String lang = UiLocaleResolver.resolveLanguage(request);
        boolean known = isKnown(parameter);
        String hint = known ? messages.getMessage("error.hint." + parameter, null, Locale.of(lang)) : null;
        return view(request, HttpStatusCode.valueOf(400), new ErrorPage(400, parameter, hint, detail, !known));
    }

    /** Parameters the pages accept: those of the search API and a document's id. */
    static boolean isKnown(String parameter) {
        return parameter != null && (SearchParameters.GENERAL.contains(parameter) || "id".equals(parameter)
                || Facet.byParameter(parameter).isPresent());
    }

    private ModelAndView view(HttpServletRequest request, HttpStatusCode status, ErrorPage page) {
        ModelAndView view = new ModelAndView(VIEW);
        view.setStatus(status);
        view.addObject("ui", layouts.create(request));
        view.addObject("error", page);
        return view;
    }
}
