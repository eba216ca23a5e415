package org.mycroft.web.system;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Locale;
import org.mycroft.api.system.InvalidParameterException;
import org.mycroft.api.system.UnknownParameterException;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatusCode;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.ModelAndView;

/** Builds the error page of a status, in the request's UI language; never shows a stack trace. */
@Component
public record ErrorPages(LayoutFactory layouts, MessageSource messages) {

    static final String VIEW = "error/error";

    public ModelAndView page(HttpServletRequest request, HttpStatusCode status) {
        return view(request, status, new ErrorPage(status.value(), null, null, null, false));
    }

    /**
     * A 400 naming the parameter at fault. A bad value of a parameter the page accepts comes with
     * the hint of the message bundles ({@code error.hint.<parameter>}); a parameter no page accepts
     * is said to be unknown.
     */
    public ModelAndView badParameter(HttpServletRequest request, InvalidParameterException e) {
        String parameter = e.parameter();
        String hint = e instanceof UnknownParameterException || parameter == null ? null
                : messages.getMessage("error.hint." + parameter, null, null,
                        Locale.of(UiLocaleResolver.resolveLanguage(request)));
        return view(request, HttpStatusCode.valueOf(400), new ErrorPage(400, parameter, hint, e.getMessage(), hint == null));
    }

    private ModelAndView view(HttpServletRequest request, HttpStatusCode status, ErrorPage page) {
        ModelAndView view = new ModelAndView(VIEW);
        view.setStatus(status);
        view.addObject("ui", layouts.create(request));
        view.addObject("error", page);
        return view;
    }
}
