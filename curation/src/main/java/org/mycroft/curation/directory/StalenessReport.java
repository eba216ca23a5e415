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
import java.util.TreeMap;
import org.mycroft.curation.audit.AuditLog;
import org.mycroft.curation.cases.CaseStatus;

/**
 * States whose directory entries were last updated more than N months ago, for the Secretariat's
 * reminder letters. A State's date is the latest update of any of its entries not archived; it is
 * stale when that date lies before now minus N calendar months (13 months ago is stale at N = 12,
 * 11 months ago is not).
 */
public class StalenessReport {

    public static final int DEFAULT_MONTHS = 12;

    public record StaleState(String state, Instant lastUpdated, List<AuthorityEntry> entries) {}

    private final DirectoryRepository entries;

    public StalenessReport(DirectoryRepository entries) {
        this.entries = entries;
    }

    public List<StaleState> stale(int months, Instant now) {
        if (months < 1 || months > 600) {
            throw new IllegalArgumentException("months must be between 1 and 600");
        }
        Instant cutoff = now.atOffset(ZoneOffset.UTC).minusMonths(months).toInstant();
        Map<String, List<AuthorityEntry>> byState = new TreeMap<>();
        for (AuthorityEntry e : entries.all()) {
            if (e.status() != CaseStatus.ARCHIVED) {
                byState.computeIfAbsent(e.state(), s -> new ArrayList<>()).add(e);
            }
        }
        List<StaleState> stale = new ArrayList<>();
        byState.forEach((state, list) -> {
            Instant last = list.stream().map(AuthorityEntry::updatedAt).max(Comparator.naturalOrder()).orElseThrow();
            if (last.isBefore(cutoff)) {
                stale.add(new StaleState(state, last, List.copyOf(list)));
            }
        });
        stale.sort(Comparator.comparing(StaleState::lastUpdated).thenComparing(StaleState::state));
        return stale;
    }

    /** One CSV line per entry concerned (RFC 4180, with a header), so a mail merge can address each authority. */
    public static void writeCsv(List<StaleState> report, Writer out) {
        try {
            out.write("state,state_last_updated,entry_id,authority_type,name_en,status,entry_updated_at\r\n");
            for (StaleState s : report) {
                for (AuthorityEntry e : s.entries()) {
                    out.write(String.join(",", AuditLog.cell(s.state()), AuditLog.cell(s.lastUpdated().toString()), AuditLog.cell(e.id()),
                            AuditLog.cell(e.authorityType()), AuditLog.cell(e.nameEn()), AuditLog.cell(e.status().id()), AuditLog.cell(e.updatedAt().toString())));
                    out.write("\r\n");
                }
            }
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
