package org.mycroft.curation.cases;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The main table of a curated record (cases, directory entries), which share its bookkeeping
 * columns (id, version, status, created_by/at, updated_by/at, published_at, review_comment), the
 * provenance columns (source_kind, source_reference, source_url, submitted_by, received_on) and
 * the SQL over them: a new draft at version 1, an edit and a workflow step that each change a row
 * only if its stored version is still the one the curator started from (optimistic locking: false
 * tells the caller to show the conflict). A subclass names its own columns and gives their values
 * in the same order.
 *
 * @param <D> what a curator writes (a case's fields, a directory entry's draft)
 */
public abstract class CuratedTable<D extends CuratedTable.Written> {

    /** What a curator writes: besides the table's own columns, where the record comes from. */
    public interface Written {
        Provenance provenance();
    }

    private static final String PROVENANCE_COLUMNS = "source_kind, source_reference, source_url, submitted_by, received_on";

    protected final JdbcClient jdbc;
    private final String table;
    private final String columns;
    private final int columnCount;

    /** {@code ownColumns}: the table's own columns, comma-separated, in the order {@link #values} gives them. */
    protected CuratedTable(JdbcClient jdbc, String table, String ownColumns) {
        this.jdbc = jdbc;
        this.table = table;
        this.columns = ownColumns + ", " + PROVENANCE_COLUMNS;
        this.columnCount = columns.split(",").length;
    }

    /** The values of the table's own columns, in the order the subclass named them. */
    protected abstract List<Object> values(D written);

    /** Inserts a draft at version 1, created and last updated by {@code actor} now. */
    public void insert(String id, D written, String actor, Instant now) {
        String marks = String.join(", ", Collections.nCopies(columnCount, "?"));
        jdbc.sql("INSERT INTO " + table + " (id, version, status, " + columns + ", created_by, created_at, updated_by, updated_at)"
                        + " VALUES (?, 1, ?, " + marks + ", ?, ?, ?, ?)")
                .params(concat(List.of(id, CaseStatus.DRAFT.name()), row(written), List.of(actor, ts(now), actor, ts(now))))
                .update();
    }

    /** Saves what was written if the stored version is still {@code expectedVersion}; false otherwise. */
    public boolean update(String id, int expectedVersion, D written, String actor, Instant now) {
        String set = Arrays.stream(columns.split(",")).map(c -> c.strip() + " = ?").reduce((a, b) -> a + ", " + b).orElseThrow();
        return jdbc.sql("UPDATE " + table + " SET " + set + ", version = version + 1, updated_by = ?, updated_at = ?"
                        + " WHERE id = ? AND version = ?")
                .params(concat(row(written), List.of(actor, ts(now), id, expectedVersion)))
                .update() == 1;
    }

    private List<Object> row(D written) {
        Provenance p = written.provenance();
        return concat(values(written), Arrays.asList(p.sourceKind(), p.sourceReference(), p.sourceUrl(), p.submittedBy(),
                p.receivedOn() == null ? null : Date.valueOf(p.receivedOn())));
    }

    /** The provenance columns of a row read with {@code SELECT *}. */
    protected static Provenance provenance(ResultSet rs) throws SQLException {
        Date received = rs.getDate("received_on");
        return new Provenance(rs.getString("source_kind"), rs.getString("source_reference"), rs.getString("source_url"),
                rs.getString("submitted_by"), received == null ? null : received.toLocalDate());
    }

    /** Moves a record to another status if the stored version is still {@code expectedVersion}. */
    public boolean transition(String id, int expectedVersion, CaseStatus to, String comment, String actor, Instant now) {
        // published_at keeps the first publication date; COALESCE leaves it alone afterwards.
        return jdbc.sql("UPDATE " + table + " SET status = ?, review_comment = ?, version = version + 1, updated_by = ?,"
                        + " updated_at = ?, published_at = COALESCE(published_at, ?) WHERE id = ? AND version = ?")
                .params(to.name(), comment, actor, ts(now), to == CaseStatus.PUBLISHED ? ts(now) : null, id, expectedVersion)
                .update() == 1;
    }

    @SafeVarargs
    private static List<Object> concat(List<Object>... parts) {
        return Arrays.stream(parts).flatMap(List::stream).toList();
    }

    protected static Timestamp ts(Instant instant) {
        return Timestamp.from(instant);
    }

    protected static Instant instant(Timestamp ts) {
        return ts == null ? null : ts.toInstant();
    }
}
