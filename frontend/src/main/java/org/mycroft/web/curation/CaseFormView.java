package org.mycroft.web.curation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.mycroft.core.taxonomy.Country;
import org.mycroft.core.taxonomy.Taxonomy;
import org.mycroft.curation.cases.CaseVocabulary;
import org.mycroft.curation.cases.FieldError;
import org.mycroft.curation.cases.Provenance;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Builds the case form's view model: every field with its label, its value as typed, its options
 * and, after a failed save, its error in the user's language right next to it.
 */
@Component
record CaseFormView(Taxonomy taxonomy, MessageSource messages) {

    /** One form field; exactly one of the kinds is true. */
    record Field(String name, String label, String value, boolean required, String hint, String error, List<Option> options,
            boolean text, boolean textarea, boolean select, boolean checkboxes, boolean date) {
        public boolean invalid() {
            return error != null;
        }
    }

    record Option(String value, String label, boolean selected) {}

    record Restricted(String name, String label, String value) {}

    record Form(String action, int version, List<Field> fields, List<Restricted> restricted, boolean hasErrors, String errorSummary) {}

    Form build(String action, CaseForm form, List<FieldError> errors, String lang) {
        Locale locale = Locale.of(lang);
        Map<String, String> byField = errors.stream().collect(Collectors.toMap(FieldError::field,
                e -> msg(e.code(), locale), (a, b) -> a));
        List<Field> fields = new ArrayList<>();
        fields.add(text("title", form, byField, locale, true));
        fields.add(select("cooperation_form", form, byField, locale, true, vocabulary("cooperation_form", CaseVocabulary.COOPERATION_FORMS, locale)));
        fields.add(select("requesting_state", form, byField, locale, true, states(lang)));
        fields.add(select("requested_state", form, byField, locale, true, states(lang)));
        fields.add(select("legal_basis", form, byField, locale, true, vocabulary("legal_basis", CaseVocabulary.LEGAL_BASES, locale)));
        fields.add(text("legal_basis_detail", form, byField, locale, false));
        fields.add(text("articles", form, byField, locale, true));
        fields.add(checkboxes("crime_types", form.crimeTypes(), byField, locale, true,
                taxonomy.crimeTypes().stream().map(c -> c.id()).toList(), "crime_types", lang));
        fields.add(checkboxes("cross_cutting", form.crossCutting(), byField, locale, false,
                taxonomy.crossCutting().stream().map(c -> c.id()).toList(), "cross_cutting", lang));
        fields.add(text("year", form, byField, locale, true));
        fields.add(select("outcome", form, byField, locale, true, vocabulary("outcome", CaseVocabulary.OUTCOMES, locale)));
        fields.add(text("court", form, byField, locale, false));
        fields.add(select("language", form, byField, locale, false, languages(lang)));
        fields.add(textarea("summary", form, byField, locale));
        fields.add(select("source_kind", form, byField, locale, false, Provenance.SOURCE_KINDS.stream()
                .map(k -> new Option(k, msg("curation.source-kind." + k, locale), false)).toList()));
        fields.add(text("source_reference", form, byField, locale, false));
        fields.add(text("source_url", form, byField, locale, false));
        fields.add(text("submitted_by", form, byField, locale, false));
        Field received = text("received_on", form, byField, locale, false);
        fields.add(new Field(received.name(), received.label(), received.value(), false, received.hint(), received.error(),
                List.of(), false, false, false, false, true));
        List<Restricted> restricted = new ArrayList<>();
        for (String name : CaseVocabulary.RESTRICTED_NAMES) {
            restricted.add(new Restricted(name, msg("curation.restricted." + name, locale), form.restricted().getOrDefault(name, "")));
        }
        form.restricted().forEach((name, value) -> {
            if (!CaseVocabulary.RESTRICTED_NAMES.contains(name)) {
                restricted.add(new Restricted(name, name, value));
            }
        });
        String summary = errors.isEmpty() ? null : msg("curation.form.errors", locale, errors.size());
        if (byField.containsKey("restricted")) {
            summary = summary + " " + byField.get("restricted");
        }
        return new Form(action, form.version(), List.copyOf(fields), List.copyOf(restricted), !errors.isEmpty(), summary);
    }

    private Field text(String name, CaseForm form, Map<String, String> errors, Locale locale, boolean required) {
        return new Field(name, label(name, locale), form.value(name), required, hint(name, locale), errors.get(name), List.of(),
                true, false, false, false, false);
    }

    private Field textarea(String name, CaseForm form, Map<String, String> errors, Locale locale) {
        return new Field(name, label(name, locale), form.value(name), false, hint(name, locale), errors.get(name), List.of(),
                false, true, false, false, false);
    }

    private Field select(String name, CaseForm form, Map<String, String> errors, Locale locale, boolean required, List<Option> options) {
        String value = form.value(name);
        List<Option> marked = new ArrayList<>();
        marked.add(new Option("", msg("curation.form.choose", locale), value.isBlank()));
        options.forEach(o -> marked.add(new Option(o.value(), o.label(), o.value().equalsIgnoreCase(value))));
        return new Field(name, label(name, locale), value, required, hint(name, locale), errors.get(name), List.copyOf(marked),
                false, false, true, false, false);
    }

    private Field checkboxes(String name, List<String> checked, Map<String, String> errors, Locale locale, boolean required,
            List<String> ids, String facet, String lang) {
        List<Option> options = ids.stream().map(id -> new Option(id, taxonomy.label(facet, id, lang), checked.contains(id))).toList();
        return new Field(name, label(name, locale), String.join(" ", checked), required, hint(name, locale), errors.get(name),
                options, false, false, false, true, false);
    }

    private List<Option> vocabulary(String field, List<String> ids, Locale locale) {
        return ids.stream().map(id -> new Option(id, messages.getMessage("value." + field + "." + id, null, id, locale), false)).toList();
    }

    private List<Option> states(String lang) {
        return taxonomy.countries().all().stream()
                .sorted(Comparator.comparing((Country c) -> c.name(lang)))
                .map(c -> new Option(c.iso3(), c.name(lang) + " (" + c.iso3() + ")", false)).toList();
    }

    private List<Option> languages(String lang) {
        return taxonomy.languages(lang).entrySet().stream().map(e -> new Option(e.getKey(), e.getValue(), false)).toList();
    }

    private String label(String name, Locale locale) {
        return msg("curation.field." + name, locale);
    }

    private String hint(String name, Locale locale) {
        return messages.getMessage("curation.hint." + name, null, null, locale);
    }

    private String msg(String key, Locale locale, Object... args) {
        return messages.getMessage(key, args, key, locale);
    }
}
