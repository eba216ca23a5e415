package org.mycroft.curation.directory;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.Phonenumber;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.mycroft.core.taxonomy.Country;
import org.mycroft.core.taxonomy.DirectoryVocabulary;
import org.mycroft.core.taxonomy.Taxonomy;
import org.mycroft.curation.cases.CaseValidationException;
import org.mycroft.curation.cases.CaseValidator;
import org.mycroft.curation.cases.FieldError;
import org.mycroft.curation.cases.Provenance;

/**
 * Checks an entry before it is saved and puts its values in stored form: emails and URLs are
 * validated, phone numbers are kept as entered plus their E.164 form (libphonenumber, the State's
 * numbering plan for national numbers), lists are normalised. Errors are per field, as message keys.
 */
public record DirectoryValidator(Taxonomy taxonomy) {

    public static final String EMAIL = "directory.error.email";
    public static final String URL = "directory.error.url";
    public static final String PHONE = "directory.error.phone";
    public static final String LANGUAGE = "directory.error.language";
    public static final String TIME_ZONE = "directory.error.time-zone";
    public static final List<String> SOURCE_KINDS = List.of("state-submission", "conference-document", "sample", "other");

    private static final int MAX_FIELD = 8000;
    private static final Pattern EMAIL_ADDRESS = Pattern.compile(
            "[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]{1,64}@[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:\\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)+");
    private static final Set<String> ISO_LANGUAGES = Set.of(Locale.getISOLanguages());
    private static final PhoneNumberUtil PHONES = PhoneNumberUtil.getInstance();

    /** The values of an entry in stored form, split by visibility. */
    public record StoredFields(Map<String, String> open, Map<String, String> restricted) {}

    /** Checks the draft; throws {@link CaseValidationException} listing every field's problem, or gives the stored form. */
    public StoredFields check(AuthorityDraft draft) {
        List<FieldError> errors = new ArrayList<>();
        Optional<Country> country = Optional.empty();
        if (blank(draft.state())) {
            errors.add(new FieldError("state", CaseValidator.REQUIRED));
        } else {
            country = taxonomy.countries().byIso3(draft.state());
            if (country.isEmpty()) {
                errors.add(new FieldError("state", CaseValidator.UNKNOWN));
            }
        }
        if (blank(draft.authorityType())) {
            errors.add(new FieldError("authority_type", CaseValidator.REQUIRED));
        } else if (!DirectoryVocabulary.get().accepts(DirectoryVocabulary.AUTHORITY_TYPE, draft.authorityType())) {
            errors.add(new FieldError("authority_type", CaseValidator.UNKNOWN));
        }
        if (blank(draft.nameEn())) {
            errors.add(new FieldError("name_en", CaseValidator.REQUIRED));
        }
        length(errors, "name_en", draft.nameEn(), 500);
        length(errors, "name_local", draft.nameLocal(), 500);
        provenance(errors, draft.provenance());
        String region = country.map(Country::iso2).orElse("ZZ");
        Map<String, String> open = new LinkedHashMap<>();
        Map<String, String> restricted = new LinkedHashMap<>();
        draft.values().forEach((field, value) -> {
            Map<String, String> target = draft.restricted().contains(field) ? restricted : open;
            stored(errors, field, value, region).forEach(target::put);
        });
        if (!errors.isEmpty()) {
            throw new CaseValidationException(errors);
        }
        return new StoredFields(open, restricted);
    }

    /** The stored name → value pairs of one field, or nothing (and an error) when it is invalid. */
    private Map<String, String> stored(List<FieldError> errors, DirectoryField field, String value, String region) {
        String name = field.id();
        if (value.length() > MAX_FIELD) {
            errors.add(new FieldError(name, CaseValidator.TOO_LONG));
            return Map.of();
        }
        Optional<String> normal = switch (field.kind()) {
            case TEXT -> Optional.of(value);
            case LINES -> lines(value);
            case EMAIL -> EMAIL_ADDRESS.matcher(value).matches() && value.length() <= 254 ? Optional.of(value) : Optional.empty();
            case URL -> isWebUrl(value) ? Optional.of(value) : Optional.empty();
            case LANGUAGES -> list(value, ISO_LANGUAGES::contains);
            case CHANNELS -> list(value, c -> DirectoryVocabulary.get().accepts(DirectoryVocabulary.CHANNEL, c));
            case TIME_ZONE -> isZone(value) ? Optional.of(value) : Optional.empty();
            case PHONE -> e164(value, region);
        };
        if (normal.isEmpty()) {
            errors.add(new FieldError(name, code(field.kind())));
            return Map.of();
        }
        if (field.kind() == DirectoryField.Kind.PHONE) {
            return Map.of(name, value, field.e164Id(), normal.get());
        }
        return Map.of(name, normal.get());
    }

    /** A phone number in E.164 form (+33140000000): international numbers as they are, national ones in the State's plan. */
    public Optional<String> e164(String raw, String iso2Region) {
        try {
            Phonenumber.PhoneNumber number = PHONES.parse(raw, iso2Region);
            return PHONES.isPossibleNumber(number)
                    ? Optional.of(PHONES.format(number, PhoneNumberUtil.PhoneNumberFormat.E164)) : Optional.empty();
        } catch (NumberParseException e) {
            return Optional.empty();
        }
    }

    /** A line is free text, optionally followed by " | " and an http(s) link; every link must be a web address. */
    private static Optional<String> lines(String value) {
        List<String> kept = new ArrayList<>();
        for (String line : value.split("\\R")) {
            String l = line.strip();
            if (l.isEmpty()) {
                continue;
            }
            int bar = l.lastIndexOf('|');
            if (bar >= 0 && !isWebUrl(l.substring(bar + 1).strip())) {
                return Optional.empty();
            }
            kept.add(l);
        }
        return kept.isEmpty() ? Optional.empty() : Optional.of(String.join("\n", kept));
    }

    private static Optional<String> list(String value, java.util.function.Predicate<String> known) {
        List<String> items = Arrays.stream(value.toLowerCase(Locale.ROOT).split("[\\s,;]+")).filter(s -> !s.isEmpty()).distinct().toList();
        return !items.isEmpty() && items.stream().allMatch(known) ? Optional.of(String.join(" ", items)) : Optional.empty();
    }

    static boolean isWebUrl(String value) {
        try {
            URI uri = new URI(value);
            return ("https".equalsIgnoreCase(uri.getScheme()) || "http".equalsIgnoreCase(uri.getScheme()))
                    && uri.getHost() != null && !uri.getHost().isBlank() && value.length() <= 1000;
        } catch (URISyntaxException e) {
            return false;
        }
    }

    private static boolean isZone(String value) {
        try {
            ZoneId.of(value);
            return true;
        } catch (DateTimeException e) {
            return false;
        }
    }

    private static String code(DirectoryField.Kind kind) {
        return switch (kind) {
            case EMAIL -> EMAIL;
            case URL, LINES -> URL;
            case PHONE -> PHONE;
            case LANGUAGES -> LANGUAGE;
            case CHANNELS -> CaseValidator.UNKNOWN;
            case TIME_ZONE -> TIME_ZONE;
            case TEXT -> CaseValidator.TOO_LONG;
        };
    }

    private static void provenance(List<FieldError> errors, Provenance p) {
        if (p.sourceKind() != null && !SOURCE_KINDS.contains(p.sourceKind())) {
            errors.add(new FieldError("source_kind", CaseValidator.UNKNOWN));
        }
        length(errors, "source_reference", p.sourceReference(), 300);
        length(errors, "submitted_by", p.submittedBy(), 300);
        if (p.sourceUrl() != null && !isWebUrl(p.sourceUrl())) {
            errors.add(new FieldError("source_url", URL));
        }
    }

    private static void length(List<FieldError> errors, String field, String value, int max) {
        if (value != null && value.length() > max) {
            errors.add(new FieldError(field, CaseValidator.TOO_LONG));
        }
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
