package org.mycroft.web.article;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Locale;
import java.util.Set;
import org.mycroft.api.article.UnknownParameterException;
import org.mycroft.api.search.InvalidParameterException;
import org.mycroft.web.system.ErrorPage;
import org.mycroft.web.system.LayoutFactory;
import org.mycroft.web.system.UiLocaleResolver;
import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

/**
 * The 400 page of the workbench pages: like the search page's, but knowing their own parameters
 * (article, instrument, states…) so a bad value is explained with a hint instead of being called
 * an unknown parameter. Other errors (404, 503, 500) fall through to the portal's handler.
 */
@ControllerAdvice(basePackages = {"org.mycroft.web.article", "org.mycroft.web.compare", "org.mycroft.web.coverage",
        "org.mycroft.web.country"})
@Order(Ordered.HIGHEST_PRECEDENCE)
class WorkbenchErrorAdvice {

    /** Every parameter some workbench page accepts; each has an {@code error.hint.*} message. */
    static final Set<String> PARAMETERS = Set.of("article", "country", "region", "lang", "instrument", "crime_types", "states");

    private final LayoutFactory layouts;
    private final MessageSource messages;

    WorkbenchErrorAdvice(LayoutFactory layouts, MessageSource messages) {
        this.layouts = layouts;
        this.messages = messages;
    }

    @ExceptionHandler(InvalidParameterException.class)
    ModelAndView invalid(InvalidParameterException e, HttpServletRequest request) {
        boolean known = !(e instanceof UnknownParameterException) && PARAMETERS.contains(e.parameter());
        String hint = known ? messages.getMessage("error.hint." + e.parameter(), null,
                Locale.of(UiLocaleResolver.resolveLanguage(request))) : null;
        ModelAndView view = new ModelAndView("error/error");
        view.setStatus(HttpStatus.BAD_REQUEST);
        view.addObject("ui", layouts.create(request));
        view.addObject("error", new ErrorPage(400, e.parameter(), hint, e.getMessage(), !known));
        return view;
    }
}
