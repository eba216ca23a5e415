package org.mycroft.web.system;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Map;
import org.springframework.boot.webmvc.autoconfigure.error.ErrorViewResolver;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.ModelAndView;

/**
 * Spring Boot's {@code /error} page for browsers (unknown URLs, failures outside the pages'
 * controllers): the same localized template as the pages' own errors, never the whitelabel page
 * and never a stack trace. JSON clients still get Spring Boot's JSON error body.
 */
@Component
record PortalErrorViewResolver(ErrorPages pages) implements ErrorViewResolver {

    @Override
    public ModelAndView resolveErrorView(HttpServletRequest request, HttpStatus status, Map<String, Object> model) {
        return pages.page(request, status);
    }
}
