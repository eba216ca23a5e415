package org.mycroft.web.system;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.mycroft.core.taxonomy.UiLanguages;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** Builds the {@link Layout} of a request, including on error pages (where the path is the failed one). */
@Component
public record LayoutFactory(MessageSource messages) {

    /** Paths echoed back into links: plain, same-site, no "//host" trick. */
    private static final Pattern SAFE_PATH = Pattern.compile("/(?!/)[A-Za-z0-9._~\\-/]*");

    public Layout create(HttpServletRequest request) {
        String lang = UiLocaleResolver.resolveLanguage(request);
        String explicit = UiLocaleResolver.explicitLanguage(request);
        String path = originalPath(request);
        List<Layout.LanguageLink> links = new ArrayList<>();
        for (String code : UiLocaleResolver.LANGUAGES) {
            Map<String, List<String>> params = parametersWithout(request, UiLocaleResolver.PARAMETER);
            params.put(UiLocaleResolver.PARAMETER, List.of(code));
            links.add(new Layout.LanguageLink(code, direction(code), messages.getMessage("lang.self", null, Locale.of(code)),
                    path + QueryString.of(params), code.equals(lang)));
        }
        String home = explicit == null ? "/" : "/" + QueryString.of(Map.of(UiLocaleResolver.PARAMETER, List.of(explicit)));
        return new Layout(lang, direction(lang), List.copyOf(links), home, null);
    }

    private static String direction(String lang) {
        return UiLanguages.rightToLeft(lang) ? "rtl" : "ltr";
    }

    private static String originalPath(HttpServletRequest request) {
        Object failed = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        String path = failed instanceof String s ? s : request.getRequestURI();
        String context = request.getContextPath();
        if (path != null && !context.isEmpty() && path.startsWith(context)) {
            path = path.substring(context.length());
        }
        return path != null && SAFE_PATH.matcher(path).matches() ? context + path : context + "/";
    }

    private static Map<String, List<String>> parametersWithout(HttpServletRequest request, String name) {
        Map<String, List<String>> params = new LinkedHashMap<>();
        request.getParameterMap().forEach((key, values) -> {
            if (!key.equals(name)) {
                params.put(key, Arrays.asList(values));
            }
        });
        return params;
    }
}
