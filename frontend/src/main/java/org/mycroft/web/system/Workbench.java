package org.mycroft.web.system;

import jakarta.servlet.http.HttpServletRequest;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.mycroft.web.system.LayoutFactory;
import org.mycroft.web.system.QueryString;
import org.mycroft.web.system.UiLocaleResolver;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.ModelAndView;

/**
 * What the workbench pages (articles, compare, coverage, country profiles) share: the UI language,
 * links that keep an explicit {@code ?lang=}, the JSON twin, and the section marked current in
 * the main navigation.
 */
@Component
public record Workbench(LayoutFactory layouts) {

    /** One request's language context. */
    public record Context(String uiLang, String explicitLang) {

        /** {@code href} with the explicit language appended, so a chosen language survives navigation. */
        public String href(String href) {
            if (href == null || explicitLang == null) {
                return href;
            }
            return href + (href.contains("?") ? "&" : "?") + "lang=" + explicitLang;
        }

        /** The JSON twin: same parameters, the UI language made explicit so labels match the page. */
        public String api(String path) {
            return path + (path.contains("?") ? "&" : "?") + "lang=" + uiLang;
        }
    }

    public Context context(HttpServletRequest request) {
        return new Context(UiLocaleResolver.resolveLanguage(request), UiLocaleResolver.explicitLanguage(request));
    }

    /**
     * The raw parameters with {@code lang} set to the UI language when the URL has none, so the
     * API parser labels in the language of the page (Accept-Language included).
     */
    public static Map<String, String[]> withLang(HttpServletRequest request, Context context) {
        Map<String, String[]> raw = new LinkedHashMap<>(request.getParameterMap());
        raw.putIfAbsent(UiLocaleResolver.PARAMETER, new String[] {context.uiLang()});
        return raw;
    }

    /** A page view with the layout, its JSON twin and its navigation section (null: a page outside the navigation). */
    public ModelAndView view(String template, HttpServletRequest request, String jsonHref, String section) {
        ModelAndView view = new ModelAndView(template);
        view.addObject("ui", layouts.create(request).withJson(jsonHref));
        if (section != null) {
            view.addObject("current", Map.of(section, true));
        }
        return view;
    }

    /** A workbench page: {@link #view} with its view model as {@code page}. */
    public ModelAndView page(String template, HttpServletRequest request, String jsonHref, String section, Object page) {
        return view(template, request, jsonHref, section).addObject("page", page);
    }

    /** A query string of parameters in the given order (empty values dropped), with the explicit language. */
    public static String query(String path, Map<String, List<String>> params, Context context) {
        Map<String, List<String>> all = new LinkedHashMap<>(params);
        if (context.explicitLang() != null) {
            all.put(UiLocaleResolver.PARAMETER, List.of(context.explicitLang()));
        }
        return path + QueryString.of(all);
    }

    /**
     * True when the URL should be rewritten to its canonical form (blank fields left by a form,
     * State names instead of codes): the canonical URL is the one to bookmark and share.
     */
    public static boolean needsRedirect(HttpServletRequest request, Map<String, List<String>> canonical) {
        for (Map.Entry<String, String[]> e : request.getParameterMap().entrySet()) {
            if (e.getKey().equals(UiLocaleResolver.PARAMETER)) {
                continue;
            }
            List<String> expected = canonical.getOrDefault(e.getKey(), List.of());
            if (!List.of(e.getValue()).equals(expected)) {
                return true;
            }
        }
        return false;
    }
}
