package org.mycroft.api.history;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.mycroft.api.route.Page;
import org.mycroft.api.system.InvalidParameterException;
import org.mycroft.api.system.NotFoundException;
import org.mycroft.curation.versions.ProvisionDiff;
import org.mycroft.curation.versions.ProvisionVersion;
import org.mycroft.curation.versions.ProvisionVersionRepository;
import org.springframework.stereotype.Service;

/**
 * Reads a provision's versions from the curation database (the record: Solr only holds copies)
 * and compares two of them word by word. Lives in the frontend module because the search API does
 * not depend on curation; its package is under {@code org.mycroft.api} so errors are the API's JSON.
 */
@Service
public record ProvisionHistoryService(ProvisionVersionRepository versions) {

    /** The ids ingest makes, and a superseded version's id ({@code …__v2}). */
    private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9_\\-]{0,199}");

    /** The provision's stable id: a superseded version's id without its {@code __vN}. */
    public static String unitIdOf(String id) {
        int at = id.lastIndexOf(ProvisionVersion.SEPARATOR);
        return at > 0 && id.substring(at + ProvisionVersion.SEPARATOR.length()).matches("\\d{1,9}") ? id.substring(0, at) : id;
    }

    /**
     * The history with a comparison of {@code from} and {@code to} (version numbers as given, or
     * null: the version before the last and the last). 404 when the provision has no recorded text.
     */
    public ProvisionHistory history(String id, String from, String to) {
        if (!ID.matcher(id).matches()) {
            throw new InvalidParameterException("id", "Invalid document id '" + id + "'.");
        }
        String unitId = unitIdOf(id);
        List<ProvisionVersion> all = versions.history(unitId);
        if (all.isEmpty()) {
            throw new NotFoundException("No recorded versions for '" + unitId + "'.");
        }
        ProvisionVersion last = all.getLast();
        ProvisionVersion before = all.size() > 1 ? all.get(all.size() - 2) : last;
        ProvisionVersion a = version(all, "from", from, before);
        ProvisionVersion b = version(all, "to", to, last);
        return new ProvisionHistory(unitId, last.lawId(), last.provisionNumber(), last.heading(),
                last.inForce() ? last.version() : null,
                all.stream().map(ProvisionHistoryService::entry).toList(),
                new ProvisionHistory.Comparison(a.version(), b.version(), ProvisionDiff.words(a.text(), b.text())));
    }

    /** How many versions a provision has had and which is in force; empty when nothing is recorded. */
    public Optional<List<ProvisionVersion>> versionsOf(String id) {
        List<ProvisionVersion> all = versions.history(unitIdOf(id));
        return all.isEmpty() ? Optional.empty() : Optional.of(all);
    }

    public static String historyUrl(String unitId) {
        return Page.DOCUMENT.of(unitId) + "/history";
    }

    private static ProvisionVersion version(List<ProvisionVersion> all, String parameter, String value, ProvisionVersion fallback) {
        if (value == null || value.isBlank()) {
            return fallback;
        }
        String number = value.strip();
        return all.stream().filter(v -> String.valueOf(v.version()).equals(number)).findFirst()
                .orElseThrow(() -> new InvalidParameterException(parameter, "Invalid " + parameter + " '" + value
                        + "': expected a version number from 1 to " + all.getLast().version() + "."));
    }

    private static ProvisionHistory.Version entry(ProvisionVersion v) {
        return new ProvisionHistory.Version(v.version(), v.inForce(), day(v.firstSeen()), day(v.supersededOn()),
                v.change() == null ? null : v.change().name().toLowerCase(Locale.ROOT), v.amendedBy(),
                Page.DOCUMENT.of(v.inForce() ? v.unitId() : v.indexId()), v.text());
    }

    public static String day(Instant instant) {
        return instant == null ? null : instant.toString().substring(0, 10);
    }
}
