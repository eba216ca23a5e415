package org.mycroft.web.system;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.core.MethodParameter;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;
import org.springframework.web.servlet.ModelAndView;

/**
 * One page request as a page controller needs it: the language context, the parameters with the UI
 * language filled in, messages in that language, the canonical URL and the page view with its layout.
 * Controllers take it as a handler argument ({@link Resolver}), so each injects only the services of
 * its feature and none repeats the language preamble.
 */
public final class PageRequest {

    private final HttpServletRequest http;
    private final Workbench workbench;
    private final MessageSource messages;
    private final Workbench.Context context;

    PageRequest(HttpServletRequest http, Workbench workbench, MessageSource messages) {
        this.http = http;
        this.workbench = workbench;
        this.messages = messages;
        this.context = workbench.context(http);
    }

    public Workbench.Context context() {
        return context;
    }

    public HttpServletRequest http() {
        return http;
    }

    /** The raw parameters with the UI language as {@code lang} when the URL has none (see {@link Workbench#withLang}). */
    public Map<String, String[]> parameters() {
        return Workbench.withLang(http, context);
    }

    /** A message of the bundle in the page's language. */
    public String message(String key) {
        return messages.getMessage(key, null, Locale.of(context.uiLang()));
    }

    /** The page's canonical URL: {@code path} with the parameters in order and the explicit language. */
    public String permalink(String path, Map<String, List<String>> canonical) {
        return Workbench.query(path, canonical, context);
    }

    /** True when the URL differs from {@code expected} (see {@link Workbench#needsRedirect}). */
    public boolean needsRedirect(Map<String, List<String>> expected) {
        return Workbench.needsRedirect(http, expected);
    }

    /** A page view with the layout, its JSON twin and its navigation section (see {@link Workbench#view}). */
    public ModelAndView view(String template, String jsonHref, String section) {
        return workbench.view(template, http, jsonHref, section);
    }

    /** {@link #view} with the page's view model as {@code page}. */
    public ModelAndView page(String template, String jsonHref, String section, Object page) {
        return workbench.page(template, http, jsonHref, section, page);
    }

    /** Builds a {@link PageRequest} for each handler that declares one. */
    static final class Resolver implements HandlerMethodArgumentResolver {

        private final Workbench workbench;
        private final MessageSource messages;

        Resolver(Workbench workbench, MessageSource messages) {
            this.workbench = workbench;
            this.messages = messages;
        }

        @Override
        public boolean supportsParameter(MethodParameter parameter) {
            return parameter.getParameterType() == PageRequest.class;
        }

        @Override
        public PageRequest resolveArgument(MethodParameter parameter, ModelAndViewContainer container, NativeWebRequest request,
                WebDataBinderFactory binders) {
            return new PageRequest(request.getNativeRequest(HttpServletRequest.class), workbench, messages);
        }
    }
}
