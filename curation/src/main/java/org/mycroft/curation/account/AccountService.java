package org.mycroft.curation.account;

import java.time.Clock;
import java.util.Optional;
import java.util.regex.Pattern;
import org.mycroft.curation.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;

/** Creating accounts and keeping the failed-login counters; passwords go through the delegating encoder (bcrypt). */
@Service
public class AccountService {

    public static final int MIN_PASSWORD_LENGTH = 12;
    private static final Pattern USERNAME = Pattern.compile("[A-Za-z0-9._-]{2,64}");

    private final AccountRepository accounts;
    private final PasswordEncoder encoder;
    private final Clock clock;

    @Autowired
    public AccountService(AccountRepository accounts) {
        this(accounts, PasswordEncoderFactories.createDelegatingPasswordEncoder(), Clock.systemUTC());
    }

    public AccountService(AccountRepository accounts, PasswordEncoder encoder, Clock clock) {
        this.accounts = accounts;
        this.encoder = encoder;
        this.clock = clock;
    }

    public PasswordEncoder encoder() {
        return encoder;
    }

    /** Creates an account; refuses a taken name, an odd name or a short password. */
    public void add(String username, CharSequence password, Role role) {
        if (username == null || !USERNAME.matcher(username).matches()) {
            throw new IllegalArgumentException("A user name is 2 to 64 letters, digits, dots, dashes or underscores");
        }
        if (password == null || password.length() < MIN_PASSWORD_LENGTH) {
            throw new IllegalArgumentException("A password needs at least " + MIN_PASSWORD_LENGTH + " characters");
        }
        if (accounts.find(username).isPresent()) {
            throw new IllegalArgumentException("The user " + username + " already exists");
        }
        accounts.insert(username, encoder.encode(password), role, clock.instant());
    }

    public Optional<Account> find(String username) {
        return accounts.find(username);
    }

    public boolean noAccounts() {
        return accounts.count() == 0;
    }

    /** Counts a wrong password for an existing account and locks it when the throttle says so. */
    public void loginFailed(String username) {
        accounts.find(username).ifPresent(account -> {
            int failures = account.failedLogins() + 1;
            accounts.recordFailure(username, failures, LoginThrottle.lockedUntil(failures, clock.instant()));
        });
    }

    public void loginSucceeded(String username) {
        accounts.resetFailures(username);
    }

    public boolean locked(Account account) {
        return account.lockedAt(clock.instant());
    }
}
