package org.mycroft.curation.account;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.mycroft.curation.Role;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Accounts and their failed-login counters. */
@Repository
public class AccountRepository {

    private final JdbcClient jdbc;

    public AccountRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void insert(String username, String passwordHash, Role role, Instant now) {
        jdbc.sql("INSERT INTO curator (username, password_hash, role, failed_logins, created_at) VALUES (?, ?, ?, 0, ?)")
                .params(username, passwordHash, role.id(), Timestamp.from(now))
                .update();
    }

    public Optional<Account> find(String username) {
        return jdbc.sql("SELECT * FROM curator WHERE username = ?").param(username).query(AccountRepository::map).optional();
    }

    public List<Account> all() {
        return jdbc.sql("SELECT * FROM curator ORDER BY username").query(AccountRepository::map).list();
    }

    public long count() {
        return jdbc.sql("SELECT COUNT(*) FROM curator").query(Long.class).single();
    }

    public boolean updatePassword(String username, String passwordHash) {
        return jdbc.sql("UPDATE curator SET password_hash = ?, failed_logins = 0, locked_until = NULL WHERE username = ?")
                .params(passwordHash, username).update() == 1;
    }

    /** Stores the counter after a failed login and, when the policy says so, a lock. */
    public void recordFailure(String username, int failedLogins, Instant lockedUntil) {
        jdbc.sql("UPDATE curator SET failed_logins = ?, locked_until = ? WHERE username = ?")
                .params(failedLogins, lockedUntil == null ? null : Timestamp.from(lockedUntil), username)
                .update();
    }

    public void resetFailures(String username) {
        jdbc.sql("UPDATE curator SET failed_logins = 0, locked_until = NULL WHERE username = ?").param(username).update();
    }

    private static Account map(ResultSet rs, int row) throws SQLException {
        Timestamp locked = rs.getTimestamp("locked_until");
        return new Account(rs.getLong("id"), rs.getString("username"), rs.getString("password_hash"),
                Role.parse(rs.getString("role")), rs.getInt("failed_logins"), locked == null ? null : locked.toInstant(),
                rs.getTimestamp("created_at").toInstant());
    }
}
