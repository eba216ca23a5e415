package org.mycroft.curation.cases;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The main table of a curated record (cases, directory entries), which share its bookkeeping
 * columns (id, version, status, created_by/at, updated_by/at, published_at, review_comment) and
 * the SQL over them: a new draft at version 1, an edit and a workflow step that each change a row
 * only if its stored version is still the one the curator started from (optimistic locking: false
 * tells the caller to show the conflict). A subclass names its own columns and gives their values
 * in the same order.
 */
public abstract class CuratedTable {

    protected final JdbcClient jdbc;
    private final String table;
    private final String columns;
    private final int columnCount;

    protected CuratedTable(JdbcClient jdbc, String table, String columns) {
        this.jdbc = jdbc;
        this.table = table;
        this.columns = columns;
        this.columnCount = columns.split(",").length;
    }

    /** Inserts a draft at version 1, created and last updated by {@code actor} now. */
    protected void insertDraft(String id, List<Object> values, String actor, Instant now) {
        String marks = String.join(", ", Collections.nCopies(columnCount, "?"));
        jdbc.sql("INSERT INTO " + table + " (id, version, status, " + columns + ", created_by, created_at, updated_by, updated_at)"
                        + " VALUES (?, 1, ?, " + marks + ", ?, ?, ?, ?)")
                .params(concat(List.of(id, CaseStatus.DRAFT.name()), values, List.of(actor, ts(now), actor, ts(now))))
                .update();
    }

    /** Saves new values of the record's columns if the stored version is still {@code expectedVersion}; false otherwise. */
    protected boolean updateColumns(String id, int expectedVersion, List<Object> values, String actor, Instant now) {
        String set = Arrays.stream(columns.split(",")).map(c -> c.strip() + " = ?").reduce((a, b) -> a + ", " + b).orElseThrow();
        return jdbc.sql("UPDATE " + table + " SET " + set + ", version = version + 1, updated_by = ?, updated_at = ?"
                        + " WHERE id = ? AND version = ?")
                .params(concat(values, List.of(actor, ts(now), id, expectedVersion)))
                .update() == 1;
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
