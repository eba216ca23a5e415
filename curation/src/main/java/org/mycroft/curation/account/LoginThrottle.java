package org.mycroft.curation.account;

import java.time.Duration;
import java.time.Instant;

/**
 * After {@link #FREE_ATTEMPTS} wrong passwords in a row the account is locked, first for one
 * minute, then twice as long after each further failure (at most a day); a good login resets it.
 */
public final class LoginThrottle {

    public static final int FREE_ATTEMPTS = 5;
    private static final Duration FIRST_LOCK = Duration.ofMinutes(1);
    private static final Duration LONGEST_LOCK = Duration.ofDays(1);

    private LoginThrottle() {}

    /** When the account unlocks after its {@code failedLogins}-th failure, or null while still free. */
    public static Instant lockedUntil(int failedLogins, Instant now) {
        if (failedLogins < FREE_ATTEMPTS) {
            return null;
        }
        int doublings = Math.min(failedLogins - FREE_ATTEMPTS, 20);
        Duration lock = FIRST_LOCK.multipliedBy(1L << doublings);
        return now.plus(lock.compareTo(LONGEST_LOCK) > 0 ? LONGEST_LOCK : lock);
    }
}
