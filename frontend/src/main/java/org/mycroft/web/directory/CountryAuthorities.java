package org.mycroft.web.directory;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.mycroft.curation.directory.Access;
import org.mycroft.curation.directory.DirectoryField;
import org.mycroft.web.system.Workbench;
import org.springframework.stereotype.Component;

/**
 * The directory's part of a country page: the State's authorities, its treaties and arrangements,
 * and when its entries were last updated, all as this reader may see them (so the date of a
 * restricted entry's change never shows to the public either).
 */
@Component
public class CountryAuthorities {

    private final DirectoryService directory;
    private final ReaderAccess readers;

    CountryAuthorities(DirectoryService directory, ReaderAccess readers) {
        this.directory = directory;
        this.readers = readers;
    }

    public record Item(String href, String name, String nameLocal, String typeLabel, boolean restrictedFields) {}

    public record Section(List<Item> authorities, List<String> treaties, String lastUpdated) {
        public boolean hasAuthorities() {
            return !authorities.isEmpty();
        }

        public boolean hasTreaties() {
            return !treaties.isEmpty();
        }

        /** The later of this date and {@code other} (ISO dates compare as text), either may be null. */
        public String laterOf(String other) {
            if (other == null) {
                return lastUpdated;
            }
            return lastUpdated == null || other.compareTo(lastUpdated) > 0 ? other : lastUpdated;
        }
    }

    public Section of(String iso3, Workbench.Context ctx, HttpServletRequest request, HttpServletResponse response) {
        Access access = readers.of(request);
        PrivateAnswers.mark(response, access);
        List<DirectoryJson.Entry> entries = directory.ofState(iso3, ctx.uiLang(), access);
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
        List<Item> items = entries.stream().map(e -> new Item(ctx.href(e.url()), e.nameEn(), e.nameLocal(), e.authorityTypeLabel(),
                !e.restrictedFields().isEmpty())).toList();
        return new Section(items, List.copyOf(treaties), last);
    }
}
