package org.mycroft.web.curation;

import jakarta.servlet.http.HttpServletRequest;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.mycroft.curation.cases.CaseFields;
import org.mycroft.curation.cases.CaseRecord;
import org.mycroft.curation.cases.CaseWorkflow;
import org.mycroft.curation.cases.FieldError;
import org.mycroft.curation.cases.Provenance;

/**
 * What the case form posted, kept as typed (so a failed save shows it all again), and its
 * conversion to {@link CaseFields}. Restricted fields arrive as {@code restricted.NAME} plus one
 * new pair {@code restricted_new_name} / {@code restricted_new_value}.
 */
record CaseForm(Map<String, String> values, List<String> crimeTypes, List<String> crossCutting, Map<String, String> restricted,
        int version) {

    static final List<String> TEXT_FIELDS = List.of("title", "summary", "language", "court", "cooperation_form",
            "requesting_state", "requested_state", "legal_basis", "legal_basis_detail", "articles", "year", "outcome",
            "source_kind", "source_reference", "source_url", "submitted_by", "received_on");

    static CaseForm empty() {
        return new CaseForm(Map.of(), List.of(), List.of(), new LinkedHashMap<>(), 0);
    }

    static CaseForm from(HttpServletRequest request) {
        Map<String, String> values = new LinkedHashMap<>();
        for (String name : TEXT_FIELDS) {
            String v = request.getParameter(name);
            values.put(name, v == null ? "" : v);
        }
        Map<String, String> restricted = new LinkedHashMap<>();
        request.getParameterMap().forEach((name, v) -> {
            if (name.startsWith("restricted.") && v.length > 0) {
                restricted.put(name.substring("restricted.".length()), v[0]);
            }
        });
        String newName = request.getParameter("restricted_new_name");
        String newValue = request.getParameter("restricted_new_value");
        if (newName != null && !newName.isBlank()) {
            restricted.put(newName.strip().toLowerCase(java.util.Locale.ROOT), newValue == null ? "" : newValue);
        }
        int version;
        try {
            version = Integer.parseInt(request.getParameter("version") == null ? "0" : request.getParameter("version"));
        } catch (NumberFormatException e) {
            version = -1;
        }
        return new CaseForm(values, list(request.getParameterValues("crime_types")), list(request.getParameterValues("cross_cutting")),
                restricted, version);
    }

    static CaseForm of(CaseRecord record, Map<String, String> restricted) {
        Map<String, String> values = new LinkedHashMap<>(CaseWorkflow.flat(record.fields()));
        values.replaceAll((k, v) -> v == null ? "" : v);
        values.remove("crime_types");
        values.remove("cross_cutting");
        return new CaseForm(values, record.fields().crimeTypes(), record.fields().crossCutting(),
                new LinkedHashMap<>(restricted), record.version());
    }

    /** A form pre-filled with suggestions (from an uploaded judgment); nothing is saved yet. */
    static CaseForm suggested(CaseFields fields) {
        Map<String, String> values = new LinkedHashMap<>(CaseWorkflow.flat(fields));
        values.replaceAll((k, v) -> v == null ? "" : v);
        values.remove("crime_types");
        values.remove("cross_cutting");
        return new CaseForm(values, fields.crimeTypes(), fields.crossCutting(), new LinkedHashMap<>(), 0);
    }

    /** The same form, to be saved over {@code version} (after a conflict the curator re-submits knowingly). */
    CaseForm withVersion(int newVersion) {
        return new CaseForm(values, crimeTypes, crossCutting, restricted, newVersion);
    }

    String value(String name) {
        String v = values.get(name);
        return v == null ? "" : v;
    }

    /** Errors the form itself can see (a year or a date that is not a number or a date). */
    List<FieldError> syntaxErrors() {
        List<FieldError> errors = new ArrayList<>();
        if (!value("year").isBlank() && year() == null) {
            errors.add(new FieldError("year", "curation.error.year"));
        }
        if (!value("received_on").isBlank() && receivedOn() == null) {
            errors.add(new FieldError("received_on", "curation.error.date"));
        }
        return errors;
    }

    CaseFields toFields() {
        return new CaseFields(text("title"), text("summary"), text("language"), text("court"), text("cooperation_form"),
                upper(text("requesting_state")), upper(text("requested_state")), text("legal_basis"), text("legal_basis_detail"),
                tokens(value("articles")), crimeTypes, crossCutting, year(), text("outcome"),
                new Provenance(text("source_kind"), text("source_reference"), text("source_url"), text("submitted_by"), receivedOn()));
    }

    private Integer year() {
        try {
            return value("year").isBlank() ? null : Integer.valueOf(value("year").strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private LocalDate receivedOn() {
        try {
            return value("received_on").isBlank() ? null : LocalDate.parse(value("received_on").strip());
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private String text(String name) {
        String v = value(name).strip();
        return v.isEmpty() ? null : v;
    }

    private static String upper(String v) {
        return v == null ? null : v.toUpperCase(java.util.Locale.ROOT);
    }

    /** "UNTOC-16, UNTOC-18.13" or "UNTOC-16 UNTOC-18.13": ids are upper-case, so case is forgiven. */
    private static List<String> tokens(String text) {
        return Arrays.stream(text.split("[\\s,;]+")).map(String::strip).filter(s -> !s.isEmpty())
                .map(s -> s.toUpperCase(java.util.Locale.ROOT)).distinct().toList();
    }

    private static List<String> list(String[] values) {
        return values == null ? List.of() : Arrays.stream(values).filter(v -> !v.isBlank()).distinct().toList();
    }
}
