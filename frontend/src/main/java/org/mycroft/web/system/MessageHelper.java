package org.mycroft.web.system;

import com.github.jknack.handlebars.Helper;
import com.github.jknack.handlebars.Options;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;

/**
 * {@code {{t "search.results" total}}}: the message of that key in the request's UI language,
 * with the helper's other parameters as {0}, {1}… Returned as plain text, so Handlebars escapes
 * it like any other value. A missing key fails loudly (I18nMessagesTest guards every template).
 */
final class MessageHelper implements Helper<String> {

    static final String NAME = "t";

    private final MessageSource messages;

    MessageHelper(MessageSource messages) {
        this.messages = messages;
    }

    @Override
    public Object apply(String key, Options options) {
        Object[] args = options.params.length == 0 ? null : options.params;
        return messages.getMessage(key, args, LocaleContextHolder.getLocale());
    }
}
