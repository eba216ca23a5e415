package org.mycroft.web.directory;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.mycroft.api.country.CountryDirectory;
import org.mycroft.api.country.CountryProfile;
import org.mycroft.curation.directory.Access;
import org.mycroft.curation.directory.DirectoryField;
import org.mycroft.web.system.Workbench;
import org.springframework.stereotype.Component;

/**
 * The directory's part of a country page: the State's authorities, its treaties and arrangements,
 * and when its entries were last updated, all as this reader may see them (so the date of a
 * restricted entry's change never shows to the public either). It is also the profile's JSON
 * twin's {@link CountryDirectory}, so the page and {@code /api/countries/{iso3}} list the same.
 */
@Component
public record CountryAuthorities(DirectoryService directory, ReaderAccess readers) implements CountryDirectory {

    public record Item(String href, String name, String nameLocal, String typeLabel, boolean restrictedFields) {}

    public record Section(List<Item> authorities, List<String> treaties, String lastUpdated) {

        /** The later of this date and {@code other} (ISO dates compare as text), either may be null. */
        public String laterOf(String other) {
            if (other == null) {
                return lastUpdated;
            }
            return lastUpdated == null || other.compareTo(lastUpdated) > 0 ? other : lastUpdated;
        }
    }

    /** The JSON twin's part ({@code /api/countries/{iso3}}), and the source of the page's section, so both list the same. */
    @Override
    public CountryProfile.Directory of(String iso3, String lang, HttpServletRequest request, HttpServletResponse response) {
        Access access = readers.of(request);
        PrivateAnswers.mark(response, access);
        List<DirectoryJson.Entry> entries = directory.ofState(iso3, lang, access);
        Set<String> treaties = new LinkedHashSet<>();
        String last = null;
        for (DirectoryJson.Entry e : entries) {
            for (DirectoryField f : List.of(DirectoryField.TREATIES, DirectoryField.ARRANGEMENTS)) {
                String value = e.fields().get(f.id());
                if (value != null) {
                    for (String line : value.split("\n")) {
                        int bar = line.lastIndexOf('|');
                        treaties.add((bar >= 0 ? line.substring(0, bar) : line).strip());
                    }
                }
            }
            last = last == null || e.lastUpdated().compareTo(last) > 0 ? e.lastUpdated() : last;
        }
        List<CountryProfile.Authority> authorities = entries.stream().map(e -> new CountryProfile.Authority(e.id(), e.url(),
                e.apiUrl(), e.authorityType(), e.authorityTypeLabel(), e.nameEn(), e.nameLocal(), e.lastUpdated(),
                e.restrictedFields())).toList();
        return new CountryProfile.Directory(authorities, List.copyOf(treaties), last);
    }

    public Section of(String iso3, Workbench.Context ctx, HttpServletRequest request, HttpServletResponse response) {
        CountryProfile.Directory d = of(iso3, ctx.uiLang(), request, response);
        List<Item> items = d.authorities().stream().map(a -> new Item(ctx.href(a.url()), a.nameEn(), a.nameLocal(),
                a.authorityTypeLabel(), !a.restrictedFields().isEmpty())).toList();
        return new Section(items, d.treaties(), d.lastUpdated());
    }
}
