package org.mycroft.web.directory;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.mycroft.core.taxonomy.DirectoryVocabulary;
import org.mycroft.curation.directory.DirectoryField;
import org.mycroft.web.system.Workbench;

/** View models of the directory pages, built from the JSON records so page and twin show the same data. */
final class DirectoryViews {

    private DirectoryViews() {}

    /** One line of a field: its text, and a link when the value is an address, a number or a document of the index. */
    record Line(String text, String href, String note) {}

    /** A field with its label key; {@code restricted} marks a field only authorised readers see. */
    record Row(String id, String labelKey, List<Line> lines, boolean restricted) {}

    record EntryView(DirectoryJson.Entry entry, String href, String stateHref, List<Row> contact, List<Row> optional,
            List<DirectoryJson.Link> references, boolean restrictedFields) {}

    static EntryView entry(DirectoryJson.Entry e, Workbench.Context ctx) {
        List<Row> contact = new ArrayList<>();
        List<Row> optional = new ArrayList<>();
        for (DirectoryField f : DirectoryField.values()) {
            String value = e.fields().get(f.id());
            if (value == null) {
                continue;
            }
            List<Line> lines = f == DirectoryField.NATIONAL_LAWS && !e.nationalLaws().isEmpty()
                    ? e.nationalLaws().stream().map(l -> new Line(l.label(), l.url() == null ? null : linkOrPage(l.url(), ctx), null)).toList()
                    : lines(f, value, e.fields().get(f.e164Id()), ctx.uiLang());
            Row row = new Row(f.id(), "directory.field." + f.id(), lines, e.restrictedFields().contains(f.id()));
            (f.optionalBlock() ? optional : contact).add(row);
        }
        return new EntryView(e, ctx.href(e.url()), ctx.href(org.mycroft.api.route.Page.COUNTRY.of(e.state())), contact, optional,
                e.references().stream().map(r -> new DirectoryJson.Link(r.label(), ctx.href(r.url()))).toList(),
                !e.restrictedFields().isEmpty());
    }

    private static String linkOrPage(String url, Workbench.Context ctx) {
        return url.startsWith("/") ? ctx.href(url) : url;
    }

    private static List<Line> lines(DirectoryField f, String value, String e164, String lang) {
        return switch (f.kind()) {
            case EMAIL -> List.of(new Line(value, "mailto:" + value, null));
            case URL -> List.of(new Line(value, value, null));
            case PHONE -> List.of(new Line(value, e164 == null ? null : "tel:" + e164, e164));
            case LANGUAGES -> Arrays.stream(value.split(" "))
                    .map(code -> new Line(Locale.forLanguageTag(code).getDisplayLanguage(Locale.forLanguageTag(lang)), null, null)).toList();
            case CHANNELS -> Arrays.stream(value.split(" "))
                    .map(c -> new Line(DirectoryVocabulary.get().label(DirectoryVocabulary.CHANNEL, c, lang).orElse(c), null, null)).toList();
            default -> Arrays.stream(value.split("\n")).map(l -> {
                int bar = l.lastIndexOf('|');
                return bar >= 0 ? new Line(l.substring(0, bar).strip(), l.substring(bar + 1).strip(), null) : new Line(l, null, null);
            }).toList();
        };
    }
}
