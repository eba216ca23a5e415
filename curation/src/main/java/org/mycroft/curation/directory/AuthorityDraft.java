package org.mycroft.curation.directory;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import org.mycroft.curation.cases.CuratedTable;
import org.mycroft.curation.cases.Provenance;

/**
 * An entry as a curator or an import gives it: the identifying fields, the entry's visibility, the
 * value of each field as typed, and which of them the State restricted.
 */
public record AuthorityDraft(
        String state,
        String authorityType,
        String nameEn,
        String nameLocal,
        Visibility visibility,
        Map<DirectoryField, String> values,
        Set<DirectoryField> restricted,
        Provenance provenance) implements CuratedTable.Written {

    public AuthorityDraft {
        Map<DirectoryField, String> copy = new EnumMap<>(DirectoryField.class);
        if (values != null) {
            values.forEach((field, value) -> {
                if (value != null && !value.isBlank()) {
                    copy.put(field, value.strip());
                }
            });
        }
        // in the fields' order, so every report lists problems the same way
        values = java.util.Collections.unmodifiableMap(copy);
        restricted = restricted == null || restricted.isEmpty() ? Set.of() : java.util.Collections.unmodifiableSet(EnumSet.copyOf(restricted));
        visibility = visibility == null ? Visibility.PUBLIC : visibility;
        provenance = provenance == null ? Provenance.NONE : provenance;
    }

    public String value(DirectoryField field) {
        return values.get(field);
    }
}
