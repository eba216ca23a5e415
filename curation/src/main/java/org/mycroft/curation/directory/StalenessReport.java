package org.mycroft.curation.directory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import org.mycroft.curation.audit.AuditLog;
import org.mycroft.curation.cases.CaseStatus;
import org.mycroft.curation.versions.ProvisionVersionRepository;
import org.mycroft.curation.versions.ProvisionVersionRepository.LawUpdate;

/**
 * States whose directory entries or legislation were last updated more than N months ago, for the
 * Secretariat's reminder letters. Both dates come from the curation database, the record that
 * outlives the index: a State's directory date is the latest update of any of its entries not
 * archived; its legislation date is the latest change of any of its laws' texts as the law
 * versions hold them ({@code provision_version}: a provision first seen or superseded), so a law
 * merely read again is no update. A part is stale when its date lies before now minus N calendar
 * months (13 months ago is stale at N = 12, 11 months ago is not); a State is listed when either
 * part is stale, with both dates and what is stale.
 */
public record StalenessReport(DirectoryRepository entries, ProvisionVersionRepository laws) {

    public static final int DEFAULT_MONTHS = 12;

    /** What of a State's record is out of date. */
    public enum Stale {
        DIRECTORY("directory"), LEGISLATION("legislation"), BOTH("both");

        private final String id;

        Stale(String id) {
            this.id = id;
        }

        public String id() {
            return id;
        }
    }

    /**
     * One State listed: its directory's and its legislation's latest update (null when it has none),
     * the entries its letters go to (every entry not archived), and, when its legislation is stale,
     * its laws with their own dates.
     */
    public record StaleState(String state, Stale stale, Instant directoryUpdated, List<AuthorityEntry> entries,
            Instant legislationUpdated, List<LawUpdate> laws) {

        public boolean directoryStale() {
            return stale != Stale.LEGISLATION;
        }

        public boolean legislationStale() {
            return stale != Stale.DIRECTORY;
        }

        /** The older of the stale dates: how long the State has waited for a letter. */
        Instant oldest() {
            return legislationStale() && (!directoryStale() || legislationUpdated.isBefore(directoryUpdated))
                    ? legislationUpdated : directoryUpdated;
        }
    }

    public List<StaleState> stale(int months, Instant now) {
        if (months < 1 || months > 600) {
            throw new IllegalArgumentException("months must be between 1 and 600");
        }
        Instant cutoff = now.atOffset(ZoneOffset.UTC).minusMonths(months).toInstant();
        Map<String, List<AuthorityEntry>> entriesByState = new TreeMap<>();
        for (AuthorityEntry e : entries.all()) {
            if (e.status() != CaseStatus.ARCHIVED) {
                entriesByState.computeIfAbsent(e.state(), s -> new ArrayList<>()).add(e);
            }
        }
        Map<String, List<LawUpdate>> lawsByState = new TreeMap<>();
        for (LawUpdate law : laws.lawUpdates()) {
            lawsByState.computeIfAbsent(law.country(), s -> new ArrayList<>()).add(law);
        }
        List<StaleState> stale = new ArrayList<>();
        TreeSet<String> states = new TreeSet<>(entriesByState.keySet());
        states.addAll(lawsByState.keySet());
        for (String state : states) {
            List<AuthorityEntry> stateEntries = entriesByState.getOrDefault(state, List.of());
            List<LawUpdate> stateLaws = lawsByState.getOrDefault(state, List.of());
            Instant directory = latest(stateEntries.stream().map(AuthorityEntry::updatedAt).toList()).orElse(null);
            Instant legislation = latest(stateLaws.stream().map(LawUpdate::lastChanged).toList()).orElse(null);
            boolean directoryStale = directory != null && directory.isBefore(cutoff);
            boolean legislationStale = legislation != null && legislation.isBefore(cutoff);
            if (directoryStale || legislationStale) {
                Stale what = directoryStale && legislationStale ? Stale.BOTH : directoryStale ? Stale.DIRECTORY : Stale.LEGISLATION;
                List<LawUpdate> concerned = legislationStale
                        ? stateLaws.stream().sorted(Comparator.comparing(LawUpdate::lastChanged).thenComparing(LawUpdate::lawId)).toList()
                        : List.of();
                stale.add(new StaleState(state, what, directory, List.copyOf(stateEntries), legislation, concerned));
            }
        }
        stale.sort(Comparator.comparing(StaleState::oldest).thenComparing(StaleState::state));
        return stale;
    }

    private static Optional<Instant> latest(List<Instant> dates) {
        return dates.stream().max(Comparator.naturalOrder());
    }

    /**
     * One CSV line per item concerned (RFC 4180, with a header): each entry of a listed State (whom
     * the letter goes to) and each law of a State whose legislation is stale, every line with the
     * State's two dates and what is stale, so a mail merge can address each authority.
     */
    public static void writeCsv(List<StaleState> report, Writer out) {
        try {
            out.write("state,stale,directory_last_updated,legislation_last_updated,kind,id,name,authority_type,status,updated_at\r\n");
            for (StaleState s : report) {
                for (AuthorityEntry e : s.entries()) {
                    line(out, s, "entry", e.id(), e.nameEn(), e.authorityType(), e.status().id(), e.updatedAt());
                }
                for (LawUpdate law : s.laws()) {
                    line(out, s, "law", law.lawId(), law.title(), null, null, law.lastChanged());
                }
            }
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void line(Writer out, StaleState s, String kind, String id, String name, String type, String status, Instant updated)
            throws IOException {
        out.write(String.join(",", AuditLog.cell(s.state()), AuditLog.cell(s.stale().id()), AuditLog.cell(date(s.directoryUpdated())),
                AuditLog.cell(date(s.legislationUpdated())), AuditLog.cell(kind), AuditLog.cell(id), AuditLog.cell(name),
                AuditLog.cell(type), AuditLog.cell(status), AuditLog.cell(date(updated))));
        out.write("\r\n");
    }

    private static String date(Instant instant) {
        return instant == null ? null : instant.toString();
    }
}
