package org.mycroft.curation.cases;

import java.time.Clock;
import java.time.Instant;
import java.util.function.Function;
import javax.sql.DataSource;
import org.mycroft.curation.Curator;
import org.mycroft.curation.audit.AuditLog;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The workflow steps a curated record (a case, a directory entry) takes, the same for every kind:
 * submit, publish, return to draft (with a reviewer's comment) and archive. Each step checks the
 * curator's role and the record's status ({@link Transition}), moves the row under optimistic
 * locking and writes the audit log in one transaction, then brings the index in line.
 *
 * @param <R> the stored record
 */
public abstract class CuratedWorkflow<R extends CuratedWorkflow.Record> {

    /** What the steps (and a conflict's message) read of a stored record. */
    public interface Record {
        String id();

        int version();

        CaseStatus status();

        String updatedBy();
    }

    /**
     * What a workflow outside Spring (the command line) runs on, built from the migrated database:
     * its SQL client, the audit log, transactions and the system clock (UTC).
     */
    protected record Standalone(JdbcClient jdbc, AuditLog audit, TransactionTemplate tx, Clock clock) {

        public static Standalone over(DataSource dataSource) {
            JdbcClient jdbc = JdbcClient.create(dataSource);
            return new Standalone(jdbc, new AuditLog(jdbc), new TransactionTemplate(new DataSourceTransactionManager(dataSource)),
                    Clock.systemUTC());
        }
    }

    private final String auditKind;
    private final CuratedTable<?> rows;
    private final Function<R, ? extends CuratedConflictException> conflict;
    protected final AuditLog audit;
    protected final TransactionTemplate tx;
    protected final Clock clock;

    /** {@code conflict} makes what is thrown when someone else saved the record first, from the newer version. */
    protected CuratedWorkflow(String auditKind, CuratedTable<?> rows, Function<R, ? extends CuratedConflictException> conflict,
            AuditLog audit, TransactionTemplate tx, Clock clock) {
        this.auditKind = auditKind;
        this.rows = rows;
        this.conflict = conflict;
        this.audit = audit;
        this.tx = tx;
        this.clock = clock;
    }

    /** The stored record; an unknown id raises the kind's not-found exception. */
    public abstract R get(String id);

    /** Brings the index in line with the record after a step. */
    protected abstract void index(R record);

    public R submit(String id, int baseVersion, Curator curator) {
        return move(id, baseVersion, Transition.SUBMIT, null, curator);
    }

    public R publish(String id, int baseVersion, Curator curator) {
        return move(id, baseVersion, Transition.PUBLISH, null, curator);
    }

    /** Sends a record back to its authors; the comment says why and is required. */
    public R returnToDraft(String id, int baseVersion, String comment, Curator curator) {
        return move(id, baseVersion, Transition.RETURN_TO_DRAFT, comment, curator);
    }

    public R archive(String id, int baseVersion, Curator curator) {
        return move(id, baseVersion, Transition.ARCHIVE, null, curator);
    }

    private R move(String id, int baseVersion, Transition step, String comment, Curator curator) {
        curator.require(step.role());
        R current = get(id);
        step.check(current.status(), curator, comment);
        String note = comment == null || comment.isBlank() ? null : comment.strip();
        Instant now = clock.instant();
        tx.executeWithoutResult(status -> {
            if (!rows.transition(id, baseVersion, step.to(), note, curator.username(), now)) {
                throw conflict.apply(get(id));
            }
            audit.record(auditKind, id, curator.username(), now, "status", "status", current.status().id(), step.to().id(),
                    note);
        });
        R moved = get(id);
        index(moved);
        return moved;
    }
}
