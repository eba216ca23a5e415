package org.mycroft.curation.audit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.UnaryOperator;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Append-only record of who changed what; shown per record to curators and exported as CSV. */
@Repository
public class AuditLog {

    public static final String CASE = "case";
    public static final String UNIT_TAGS = "unit";
    public static final String AUTHORITY = "authority";
    /** What the log keeps instead of the value of a restricted field: the log is exported, personal data is not. */
    public static final String REDACTED = "(restricted)";

    private final JdbcClient jdbc;

    public AuditLog(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void record(String recordType, String recordId, String actor, Instant at, String action, String field,
            String oldValue, String newValue, String note) {
        jdbc.sql("INSERT INTO audit_entry (record_type, record_id, actor, changed_at, action, field, old_value, new_value, note)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(recordType, recordId, actor, Timestamp.from(at), action, field, clip(oldValue), clip(newValue), clip(note))
                .update();
    }

    /** One "edit" line per field whose value changed between {@code before} and {@code after} (blank counts as absent). */
    public void recordChanges(String recordType, String recordId, String actor, Instant at, Map<String, String> before,
            Map<String, String> after) {
        Set<String> fields = new LinkedHashSet<>(after.keySet());
        fields.addAll(before.keySet());
        recordEdits(recordType, recordId, actor, at, fields, "", before, after, UnaryOperator.identity());
    }

    /** Like {@link #recordChanges} for restricted fields: the log says that they changed, never their values. */
    public void recordRestrictedChanges(String recordType, String recordId, String actor, Instant at, Map<String, String> before,
            Map<String, String> after) {
        Set<String> fields = new TreeSet<>(before.keySet());
        fields.addAll(after.keySet());
        recordEdits(recordType, recordId, actor, at, fields, "restricted.", before, after, value -> REDACTED);
    }

    private void recordEdits(String recordType, String recordId, String actor, Instant at, Set<String> fields, String prefix,
            Map<String, String> before, Map<String, String> after, UnaryOperator<String> shown) {
        for (String field : fields) {
            String old = blankToNull(before.get(field));
            String now = blankToNull(after.get(field));
            if (!Objects.equals(old, now)) {
                record(recordType, recordId, actor, at, "edit", prefix + field, old == null ? null : shown.apply(old),
                        now == null ? null : shown.apply(now), null);
            }
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    public List<AuditEntry> forRecord(String recordType, String recordId) {
        return jdbc.sql("SELECT * FROM audit_entry WHERE record_type = ? AND record_id = ? ORDER BY id")
                .params(recordType, recordId).query(AuditLog::map).list();
    }

    public List<AuditEntry> all() {
        return jdbc.sql("SELECT * FROM audit_entry ORDER BY id").query(AuditLog::map).list();
    }

    /** RFC 4180 CSV with a header line; cells that a spreadsheet would run as formulas are defused. */
    public static void writeCsv(List<AuditEntry> entries, Writer out) {
        try {
            out.write("id,record_type,record_id,at,actor,action,field,old_value,new_value,note\r\n");
            for (AuditEntry e : entries) {
                out.write(String.join(",", cell(String.valueOf(e.id())), cell(e.recordType()), cell(e.recordId()),
                        cell(e.at().toString()), cell(e.actor()), cell(e.action()), cell(e.field()), cell(e.oldValue()),
                        cell(e.newValue()), cell(e.note())));
                out.write("\r\n");
            }
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One RFC 4180 cell, quoted, with a leading formula character defused (for every CSV export of curated data). */
    public static String cell(String value) {
        if (value == null) {
            return "";
        }
        String v = !value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
        return "\"" + v.replace("\"", "\"\"") + "\"";
    }

    private static String clip(String value) {
        return value == null || value.length() <= 8000 ? value : value.substring(0, 7990) + " […]";
    }

    private static AuditEntry map(ResultSet rs, int row) throws SQLException {
        return new AuditEntry(rs.getLong("id"), rs.getString("record_type"), rs.getString("record_id"), rs.getString("actor"),
                rs.getTimestamp("changed_at").toInstant(), rs.getString("action"), rs.getString("field"),
                rs.getString("old_value"), rs.getString("new_value"), rs.getString("note"));
    }
}
