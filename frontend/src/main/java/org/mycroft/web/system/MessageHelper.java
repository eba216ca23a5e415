package org.mycroft.web.system;

import com.github.jknack.handlebars.Helper;
import com.github.jknack.handlebars.Options;
import java.util.Locale;
import org.mycroft.core.taxonomy.UiLanguages;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;

/**
 * {@code {{t "search.results" total}}}: the message of that key in the request's UI language,
 * with the helper's other parameters as {0}, {1}… Returned as plain text, so Handlebars escapes
 * it like any other value. A missing key fails loudly (I18nMessagesTest guards every template).
 * In a right-to-left language each text argument (a query, a State, an article id, a Latin law
 * title) is wrapped in Unicode first-strong isolates, so it keeps its own direction inside the
 * Arabic sentence instead of reordering the words around it.
 */
record MessageHelper(MessageSource messages) implements Helper<String> {

    static final String NAME = "t";

    /** FIRST STRONG ISOLATE and POP DIRECTIONAL ISOLATE (Unicode bidi isolates). */
    static final char FSI = '\u2068';
    static final char PDI = '\u2069';

    @Override
    public Object apply(String key, Options options) {
        Locale locale = LocaleContextHolder.getLocale();
        Object[] args = options.params.length == 0 ? null : options.params.clone();
        if (args != null && UiLanguages.rightToLeft(locale.getLanguage())) {
            for (int i = 0; i < args.length; i++) {
                if (args[i] instanceof CharSequence text) {
                    args[i] = FSI + text.toString() + PDI;
                }
            }
        }
        return messages.getMessage(key, args, locale);
    }
}
