package org.mycroft.curation.cases;

import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.mycroft.core.taxonomy.Taxonomy;
import org.springframework.stereotype.Component;

/**
 * The rules a case must meet before it is saved: the fields the Conference asked for are required
 * and every coded value is one of its vocabulary. Errors are per field, as message keys.
 */
@Component
public record CaseValidator(Taxonomy taxonomy) {

    public static final String REQUIRED = "curation.error.required";
    public static final String UNKNOWN = "curation.error.unknown";
    public static final String YEAR = "curation.error.year";
    public static final String TOO_LONG = "curation.error.too-long";
    public static final String SAME_STATE = "curation.error.same-state";
    public static final String RESTRICTED_NAME = "curation.error.restricted-name";
    private static final Pattern RESTRICTED_FIELD_NAME = Pattern.compile("[a-z][a-z0-9-]{0,63}");

    public List<FieldError> validate(CaseFields f, Map<String, String> restricted) {
        List<FieldError> errors = new ArrayList<>();
        requireText(errors, "title", f.title(), 500);
        length(errors, "summary", f.summary(), 200_000);
        length(errors, "court", f.court(), 300);
        oneOf(errors, "cooperation_form", f.cooperationForm(), CaseVocabulary.COOPERATION_FORMS);
        state(errors, "requesting_state", f.requestingState());
        state(errors, "requested_state", f.requestedState());
        if (f.requestingState() != null && f.requestingState().equals(f.requestedState())) {
            errors.add(new FieldError("requested_state", SAME_STATE));
        }
        oneOf(errors, "legal_basis", f.legalBasis(), CaseVocabulary.LEGAL_BASES);
        length(errors, "legal_basis_detail", f.legalBasisDetail(), 500);
        if (f.articles().isEmpty()) {
            errors.add(new FieldError("articles", REQUIRED));
        } else if (!f.articles().stream().allMatch(taxonomy::isValidArticleId)) {
            errors.add(new FieldError("articles", UNKNOWN));
        }
        if (f.crimeTypes().isEmpty()) {
            errors.add(new FieldError("crime_types", REQUIRED));
        } else if (!f.crimeTypes().stream().allMatch(t -> taxonomy.crimeType(t).isPresent())) {
            errors.add(new FieldError("crime_types", UNKNOWN));
        }
        if (!f.crossCutting().stream().allMatch(t -> taxonomy.crossCuttingIssue(t).isPresent())) {
            errors.add(new FieldError("cross_cutting", UNKNOWN));
        }
        if (f.year() == null) {
            errors.add(new FieldError("year", REQUIRED));
        } else if (f.year() < 1900 || f.year() > Year.now().getValue()) {
            errors.add(new FieldError("year", YEAR));
        }
        oneOf(errors, "outcome", f.outcome(), CaseVocabulary.OUTCOMES);
        Provenance p = f.provenance();
        if (p.sourceKind() != null && !Provenance.SOURCE_KINDS.contains(p.sourceKind())) {
            errors.add(new FieldError("source_kind", UNKNOWN));
        }
        length(errors, "source_reference", p.sourceReference(), 300);
        length(errors, "source_url", p.sourceUrl(), 1000);
        length(errors, "submitted_by", p.submittedBy(), 300);
        restricted.forEach((name, value) -> {
            if (!RESTRICTED_FIELD_NAME.matcher(name).matches()) {
                errors.add(new FieldError("restricted", RESTRICTED_NAME));
            } else {
                length(errors, "restricted." + name, value, 8000);
            }
        });
        return List.copyOf(errors);
    }

    /** An article, crime type or cross-cutting issue id of the taxonomy. */
    public boolean isKnownTag(String tag) {
        return tag != null && (taxonomy.isValidArticleId(tag) || taxonomy.crimeType(tag).isPresent()
                || taxonomy.crossCuttingIssue(tag).isPresent());
    }

    private void state(List<FieldError> errors, String field, String iso3) {
        if (iso3 == null || iso3.isBlank()) {
            errors.add(new FieldError(field, REQUIRED));
        } else if (taxonomy.countries().byIso3(iso3).isEmpty()) {
            errors.add(new FieldError(field, UNKNOWN));
        }
    }

    private static void oneOf(List<FieldError> errors, String field, String value, List<String> allowed) {
        if (value == null || value.isBlank()) {
            errors.add(new FieldError(field, REQUIRED));
        } else if (!allowed.contains(value)) {
            errors.add(new FieldError(field, UNKNOWN));
        }
    }

    private static void requireText(List<FieldError> errors, String field, String value, int max) {
        if (value == null || value.isBlank()) {
            errors.add(new FieldError(field, REQUIRED));
        } else {
            length(errors, field, value, max);
        }
    }

    private static void length(List<FieldError> errors, String field, String value, int max) {
        if (value != null && value.length() > max) {
            errors.add(new FieldError(field, TOO_LONG));
        }
    }
}
