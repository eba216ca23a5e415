package org.mycroft.web.unit;

import java.util.List;
import java.util.Locale;
import org.mycroft.api.route.Routes;
import org.mycroft.api.unit.CaseRef;
import org.mycroft.api.unit.ProvisionRef;
import org.mycroft.web.system.Workbench;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The list items several pages show (the article page's and the country page's provisions and
 * cases), built in one place from the API's shared {@link ProvisionRef} and {@link CaseRef}.
 */
@Component
public record UnitItems(MessageSource messages) {

    public ProvisionItem provision(ProvisionRef p, Workbench.Context ctx) {
        String number = p.provisionNumber();
        if ("preamble".equals(number)) {
            number = messages.getMessage("doc.contents.preamble", null, Locale.of(ctx.uiLang()));
        }
        return new ProvisionItem(number, blankToNull(p.heading()), p.lawTitle(), p.year(), ctx.href(p.url()),
                otherLanguage(p.language(), ctx));
    }

    /**
     * A group of provisions as the API cut them, under a heading linking to {@code headingUrl}; {@code all}
     * is the search for all {@code total}, offered when the API left some out.
     */
    public ProvisionGroup group(String id, String label, String headingId, List<ProvisionRef> shown, long total,
            Routes.Query all, String headingUrl, String compareUrl, Workbench.Context ctx) {
        return new ProvisionGroup(id, label, headingId, total, shown.stream().map(p -> provision(p, ctx)).toList(),
                total > shown.size() ? ctx.href(all.toString()) : null, ctx.href(headingUrl), ctx.href(compareUrl));
    }

    public CaseItem caseItem(CaseRef c, Workbench.Context ctx) {
        Locale locale = Locale.of(ctx.uiLang());
        String form = c.cooperationForm() == null ? null
                : messages.getMessage("value.cooperation_form." + c.cooperationForm(), null, c.cooperationForm(), locale);
        String roles = c.roles().isEmpty() ? null : String.join(", ", c.roles().stream()
                .map(r -> messages.getMessage("country.role." + r, null, r, locale)).toList());
        return new CaseItem(c.title(), ctx.href(c.url()), c.countryName(), c.year(), c.date(),
                otherLanguage(c.language(), ctx), form, roles);
    }

    /** The language of an item when it is not the UI's (the page marks it up with {@code lang}). */
    public static String otherLanguage(String language, Workbench.Context ctx) {
        return language != null && !language.isBlank() && !language.equals(ctx.uiLang()) ? language : null;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
