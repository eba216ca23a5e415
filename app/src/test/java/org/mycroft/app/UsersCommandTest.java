package org.mycroft.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mycroft.curation.Role;
import org.mycroft.curation.account.Account;
import org.mycroft.curation.account.AccountRepository;
import org.mycroft.curation.db.CurationDatabase;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;

/** {@code mycroft users add}: the password comes from standard input when it is not a terminal, and is stored hashed. */
class UsersCommandTest {

    @TempDir
    Path data;

    private int run(String stdin, String... args) {
        InputStream saved = System.in;
        System.setIn(new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)));
        try {
            return MycroftCommand.commandLine().execute(args);
        } finally {
            System.setIn(saved);
        }
    }

    @Test
    void addsAnAccountWithAHashedPasswordReadFromStandardInput() throws Exception {
        assertThat(run("a long enough secret\n", "users", "add", "ada", "--role", "admin", "--data", data.toString())).isZero();
        DataSource ds = CurationDatabase.open(CurationDatabase.h2Url(data), "sa", "");
        try {
            Account ada = new AccountRepository(JdbcClient.create(ds)).find("ada").orElseThrow();
            assertThat(ada.role()).isEqualTo(Role.ADMIN);
            assertThat(ada.passwordHash()).startsWith("{bcrypt}").doesNotContain("a long enough secret");
            assertThat(PasswordEncoderFactories.createDelegatingPasswordEncoder().matches("a long enough secret", ada.passwordHash()))
                    .isTrue();
        } finally {
            ((AutoCloseable) ds).close();
        }
        assertThat(run("another long secret\n", "users", "add", "ada", "--role", "reviewer", "--data", data.toString()))
                .as("a taken name").isEqualTo(2);
    }

    @Test
    void refusesAShortPasswordAndAnUnknownRole() {
        assertThat(run("short\n", "users", "add", "bob", "--role", "reviewer", "--data", data.toString())).isEqualTo(2);
        assertThat(run("a long enough secret\n", "users", "add", "bob", "--role", "king", "--data", data.toString())).isEqualTo(2);
    }
}
