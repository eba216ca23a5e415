package org.mycroft.web.system;

import java.util.List;

/**
 * What the layout of every page needs: the UI language and its direction (for {@code <html lang
 * dir>}), the language switch, the home link that keeps an explicit language, and the page's
 * JSON twin if it has one.
 */
public record Layout(String lang, String dir, List<LanguageLink> languages, String homeHref, String jsonHref) {

    /** One entry of the language switch: the same page in another language. */
    public record LanguageLink(String code, String dir, String name, String href, boolean current) {}

    public Layout withJson(String href) {
        return new Layout(lang, dir, languages, homeHref, href);
    }
}
