package org.mycroft.web.system;

import java.util.List;

/**
 * What the layout of every page needs: the UI language (for {@code <html lang>}), the language
 * switch, the home link that keeps an explicit language, and the page's JSON twin if it has one.
 */
public record Layout(String lang, List<LanguageLink> languages, String homeHref, String jsonHref) {

    /** One entry of the language switch: the same page in another language. */
    public record LanguageLink(String code, String name, String href, boolean current) {}

    public Layout withJson(String href) {
        return new Layout(lang, languages, homeHref, href);
    }
}
