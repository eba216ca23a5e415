package org.mycroft.web.curation;

import jakarta.servlet.http.HttpServletRequest;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.mycroft.core.taxonomy.DirectoryVocabulary;
import org.mycroft.curation.cases.FieldError;
import org.mycroft.curation.cases.Provenance;
import org.mycroft.curation.directory.AuthorityDraft;
import org.mycroft.curation.directory.AuthorityEntry;
import org.mycroft.curation.directory.DirectoryField;
import org.mycroft.curation.directory.DirectoryValidator;
import org.mycroft.curation.directory.Visibility;

/**
 * The directory-entry form as posted: every value as typed (so a refused save shows it again),
 * each field's "restricted" box, the entry's visibility and the version the edit started from.
 */
record DirectoryEntryForm(int version, String state, String authorityType, String nameEn, String nameLocal, String visibility,
        Map<DirectoryField, String> values, Set<DirectoryField> restricted, Map<String, String> provenance) {

    static final List<String> PROVENANCE = List.of("source_kind", "source_reference", "source_url", "submitted_by", "received_on");

    static DirectoryEntryForm empty() {
        return new DirectoryEntryForm(0, "", "", "", "", Visibility.PUBLIC.id(), Map.of(), Set.of(), Map.of());
    }

    static DirectoryEntryForm from(HttpServletRequest request) {
        Map<DirectoryField, String> values = new EnumMap<>(DirectoryField.class);
        Set<DirectoryField> restricted = EnumSet.noneOf(DirectoryField.class);
        for (DirectoryField f : DirectoryField.values()) {
            values.put(f, text(request, f.id()));
            if (request.getParameter("restrict." + f.id()) != null) {
                restricted.add(f);
            }
        }
        Map<String, String> provenance = new java.util.LinkedHashMap<>();
        PROVENANCE.forEach(p -> provenance.put(p, text(request, p)));
        int version;
        try {
            version = Integer.parseInt(text(request, "version"));
        } catch (NumberFormatException e) {
            version = 0;
        }
        return new DirectoryEntryForm(version, text(request, "state").toUpperCase(Locale.ROOT), text(request, "authority_type"),
                text(request, "name_en"), text(request, "name_local"), text(request, "visibility"), values, restricted, provenance);
    }

    static DirectoryEntryForm of(AuthorityEntry e, Map<String, String> restrictedValues) {
        Map<DirectoryField, String> values = new EnumMap<>(DirectoryField.class);
        Set<DirectoryField> restricted = EnumSet.noneOf(DirectoryField.class);
        for (DirectoryField f : DirectoryField.values()) {
            if (restrictedValues.containsKey(f.id())) {
                values.put(f, restrictedValues.get(f.id()));
                restricted.add(f);
            } else if (e.fields().containsKey(f.id())) {
                values.put(f, e.fields().get(f.id()));
            }
        }
        Provenance p = e.provenance();
        Map<String, String> provenance = new java.util.LinkedHashMap<>();
        provenance.put("source_kind", nullToEmpty(p.sourceKind()));
        provenance.put("source_reference", nullToEmpty(p.sourceReference()));
        provenance.put("source_url", nullToEmpty(p.sourceUrl()));
        provenance.put("submitted_by", nullToEmpty(p.submittedBy()));
        provenance.put("received_on", p.receivedOn() == null ? "" : p.receivedOn().toString());
        return new DirectoryEntryForm(e.version(), e.state(), e.authorityType(), e.nameEn(), nullToEmpty(e.nameLocal()),
                e.visibility().id(), values, restricted, provenance);
    }

    /** Problems the form itself sees (a date that is no date, an unknown visibility); the entry rules come after. */
    List<FieldError> syntaxErrors() {
        List<FieldError> errors = new ArrayList<>();
        if (Arrays.stream(Visibility.values()).noneMatch(v -> v.id().equals(visibility))) {
            errors.add(new FieldError("visibility", "curation.error.unknown"));
        }
        String received = provenance.getOrDefault("received_on", "");
        if (!received.isEmpty()) {
            try {
                LocalDate.parse(received);
            } catch (DateTimeParseException e) {
                errors.add(new FieldError("received_on", "curation.error.date"));
            }
        }
        return errors;
    }

    /** The visibility the form chose: public unless restricted was chosen (an unknown value is a syntax error). */
    Visibility chosenVisibility() {
        return Visibility.RESTRICTED.id().equals(visibility) ? Visibility.RESTRICTED : Visibility.PUBLIC;
    }

    AuthorityDraft toDraft() {
        String received = provenance.getOrDefault("received_on", "");
        LocalDate receivedOn = null;
        try {
            receivedOn = received.isEmpty() ? null : LocalDate.parse(received);
        } catch (DateTimeParseException e) {
            // reported by syntaxErrors
        }
        return new AuthorityDraft(blankToNull(state), blankToNull(authorityType), blankToNull(nameEn), blankToNull(nameLocal),
                chosenVisibility(), values, restricted, new Provenance(blankToNull(provenance.get("source_kind")),
                        blankToNull(provenance.get("source_reference")), blankToNull(provenance.get("source_url")),
                        blankToNull(provenance.get("submitted_by")), receivedOn));
    }

    static List<String> sourceKinds() {
        return DirectoryValidator.SOURCE_KINDS;
    }

    static List<String> types() {
        return DirectoryVocabulary.get().authorityTypes();
    }

    private static String text(HttpServletRequest request, String name) {
        String v = request.getParameter(name);
        return v == null ? "" : v.strip();
    }

    private static String nullToEmpty(String v) {
        return v == null ? "" : v;
    }

    private static String blankToNull(String v) {
        return v == null || v.isBlank() ? null : v.strip();
    }
}
