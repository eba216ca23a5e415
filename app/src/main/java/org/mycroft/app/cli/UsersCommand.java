package org.mycroft.app.cli;

import java.io.BufferedReader;
import java.io.Console;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.concurrent.Callable;
import javax.sql.DataSource;
import org.mycroft.curation.Role;
import org.mycroft.curation.account.AccountRepository;
import org.mycroft.curation.account.AccountService;
import org.mycroft.curation.db.CurationDatabase;
import org.springframework.jdbc.core.simple.JdbcClient;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** Curator accounts in the database of record; there is no default account and no default password. */
@Command(name = "users", mixinStandardHelpOptions = true, description = "Manage accounts (authority, contributor, reviewer, admin).",
        subcommands = {UsersCommand.Add.class, UsersCommand.ListUsers.class})
public final class UsersCommand implements Runnable {

    @Override
    public void run() {
        new picocli.CommandLine(this).usage(System.out);
    }

    /** Where the database is: the data folder's H2 file, or a JDBC URL (PostgreSQL). Stop the portal first with H2. */
    static final class Database {
        @Option(names = "--data", paramLabel = "DIR", description = "Data folder holding the H2 database (default: ${DEFAULT-VALUE}).",
                defaultValue = "${env:MYCROFT_DATA:-data}")
        Path dataDir;

        @Option(names = "--db-url", paramLabel = "JDBC_URL", defaultValue = "${env:SPRING_DATASOURCE_URL}",
                description = "Another database, e.g. jdbc:postgresql://host/mycroft (default: $SPRING_DATASOURCE_URL, else the H2 file).")
        String url;

        @Option(names = "--db-user", paramLabel = "NAME", defaultValue = "${env:SPRING_DATASOURCE_USERNAME}")
        String user;

        @Option(names = "--db-password-env", paramLabel = "VAR", defaultValue = "SPRING_DATASOURCE_PASSWORD",
                description = "Environment variable holding the database password (default: ${DEFAULT-VALUE}).")
        String passwordVariable;

        DataSource open() {
            DataSource ds = url == null || url.isBlank()
                    ? CurationDatabase.open(CurationDatabase.h2Url(dataDir), "sa", "")
                    : CurationDatabase.open(url, user, System.getenv(passwordVariable));
            CurationDatabase.migrate(ds);
            return ds;
        }
    }

    @Command(name = "add", mixinStandardHelpOptions = true,
            description = "Create an account. The password is read from the terminal (twice), or from the first line of standard input when it is not a terminal.")
    static final class Add implements Callable<Integer> {
        @Parameters(paramLabel = "NAME", description = "User name (letters, digits, . - _).")
        String username;

        @Option(names = "--role", required = true, paramLabel = "ROLE", description = "authority (reads restricted directory entries), contributor, reviewer or admin.")
        String role;

        @picocli.CommandLine.Mixin
        Database database = new Database();

        @Override
        public Integer call() throws Exception {
            Role parsed = Role.parse(role);
            char[] password = readPassword();
            DataSource ds = database.open();
            try {
                new AccountService(new AccountRepository(JdbcClient.create(ds))).add(username, java.nio.CharBuffer.wrap(password), parsed);
            } finally {
                Arrays.fill(password, '\0');
                if (ds instanceof AutoCloseable closeable) {
                    closeable.close();
                }
            }
            System.out.println("Created " + parsed.id() + " " + username + ". Sign in at /login.");
            return 0;
        }

        private static char[] readPassword() throws Exception {
            Console console = System.console();
            if (console != null && console.isTerminal()) {
                char[] first = console.readPassword("Password (at least %d characters): ", AccountService.MIN_PASSWORD_LENGTH);
                char[] again = console.readPassword("Password again: ");
                if (first == null || !Arrays.equals(first, again)) {
                    throw new IllegalArgumentException("The two passwords differ");
                }
                return first;
            }
            String line = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
            if (line == null) {
                throw new IllegalArgumentException("No password on standard input");
            }
            return line.toCharArray();
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "List accounts with their role.")
    static final class ListUsers implements Callable<Integer> {
        @picocli.CommandLine.Mixin
        Database database = new Database();

        @Override
        public Integer call() throws Exception {
            DataSource ds = database.open();
            try {
                new AccountRepository(JdbcClient.create(ds)).all()
                        .forEach(a -> System.out.println(a.username() + "\t" + a.role().id() + (a.failedLogins() > 0
                                ? "\t" + a.failedLogins() + " failed logins" : "")));
            } finally {
                if (ds instanceof AutoCloseable closeable) {
                    closeable.close();
                }
            }
            return 0;
        }
    }
}
