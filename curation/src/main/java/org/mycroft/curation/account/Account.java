package org.mycroft.curation.account;

import java.time.Instant;
import org.mycroft.curation.Role;

/** A curator's account. The password is only ever held as its encoded hash. */
public record Account(long id, String username, String passwordHash, Role role, int failedLogins, Instant lockedUntil,
        Instant createdAt) {

    public boolean lockedAt(Instant now) {
        return lockedUntil != null && lockedUntil.isAfter(now);
    }
}
