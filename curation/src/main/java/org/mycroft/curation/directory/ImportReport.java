package org.mycroft.curation.directory;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.mycroft.curation.cases.CaseValidator;
import org.mycroft.curation.cases.FieldError;

/** What an import did: the drafts it created, and every row it refused with its line and reason. */
public record ImportReport(List<String> created, List<Rejected> rejected) {

    public record Rejected(int line, String reason) {}

    private static final Map<String, String> REASONS = Map.of(
            CaseValidator.REQUIRED, "is required",
            CaseValidator.UNKNOWN, "is not a known value",
            CaseValidator.TOO_LONG, "is too long",
            DirectoryValidator.EMAIL, "is not a valid email address",
            DirectoryValidator.URL, "is not a valid http(s) address",
            DirectoryValidator.PHONE, "is not a valid phone number",
            DirectoryValidator.LANGUAGE, "is not a list of ISO 639-1 language codes",
            DirectoryValidator.TIME_ZONE, "is not a time zone (e.g. Europe/Paris)");

    /** Field problems in plain English, for the command line: "email is not a valid email address; state is required". */
    public static String describe(List<FieldError> errors) {
        return errors.stream().map(e -> e.field() + " " + REASONS.getOrDefault(e.code(), "is invalid (" + e.code() + ")"))
                .collect(Collectors.joining("; "));
    }
}
