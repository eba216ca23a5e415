package org.mycroft.web.system;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import org.mycroft.core.taxonomy.UiLanguages;
import org.springframework.web.servlet.LocaleResolver;

/**
 * The UI language of a request: the {@code lang} parameter when it names a UI language, else
 * the first supported language of Accept-Language, else English. Stateless (no cookie, no
 * session) so a URL always renders the same way for everyone.
 */
public final class UiLocaleResolver implements LocaleResolver {

    /** The UI languages, in the order the language switch shows them (languages.tsv). */
    public static final List<String> LANGUAGES = UiLanguages.codes();
    public static final String DEFAULT = UiLanguages.DEFAULT;
    public static final String PARAMETER = "lang";

    @Override
    public Locale resolveLocale(HttpServletRequest request) {
        return Locale.of(resolveLanguage(request));
    }

    public static String resolveLanguage(HttpServletRequest request) {
        String explicit = explicitLanguage(request);
        if (explicit != null) {
            return explicit;
        }
        if (request.getHeader("Accept-Language") != null) {
            for (Locale locale : Collections.list(request.getLocales())) {
                if (LANGUAGES.contains(locale.getLanguage())) {
                    return locale.getLanguage();
                }
            }
        }
        return DEFAULT;
    }

    /** The {@code lang} parameter if it is a UI language, else null. */
    public static String explicitLanguage(HttpServletRequest request) {
        String[] values = request.getParameterValues(PARAMETER);
        if (values == null || values.length != 1) {
            return null;
        }
        String lang = values[0].strip();
        return LANGUAGES.contains(lang) ? lang : null;
    }

    @Override
    public void setLocale(HttpServletRequest request, HttpServletResponse response, Locale locale) {
        throw new UnsupportedOperationException("The UI language is chosen with the 'lang' parameter");
    }
}
