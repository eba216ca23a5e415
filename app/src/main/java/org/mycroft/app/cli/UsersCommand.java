package org.mycroft.app.cli;

import java.io.BufferedReader;
import java.io.Console;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.concurrent.Callable;
import org.mycroft.curation.Role;
import org.mycroft.curation.account.AccountRepository;
import org.mycroft.curation.account.AccountService;
import org.springframework.jdbc.core.simple.JdbcClient;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** Curator accounts in the database of record; there is no default account and no default password. */
@Command(name = "users", mixinStandardHelpOptions = true, description = "Manage curator accounts (contributor, reviewer, admin).",
        subcommands = {UsersCommand.Add.class, UsersCommand.ListUsers.class})
public final class UsersCommand extends CommandGroup {

    /** Where the database is: the data folder's H2 file, or a JDBC URL (PostgreSQL). Stop the portal first with H2. */
    static final class Database {
        @Option(names = "--data", paramLabel = "DIR", description = "Data folder holding the H2 database (default: ${DEFAULT-VALUE}).",
                defaultValue = "${env:MYCROFT_DATA:-data}")
        Path dataDir;

        @Mixin
        DatabaseOptions options = new DatabaseOptions();

        DatabaseOptions.Opened open() {
            return options.open(dataDir);
        }
    }

    @Command(name = "add", mixinStandardHelpOptions = true,
            description = "Create an account. The password is read from the terminal (twice), or from the first line of standard input when it is not a terminal.")
    static final class Add implements Callable<Integer> {
        @Parameters(paramLabel = "NAME", description = "User name (letters, digits, . - _).")
        String username;

        @Option(names = "--role", required = true, paramLabel = "ROLE", description = "contributor, reviewer or admin.")
        String role;

        @Mixin
        Database database = new Database();

        @Override
        public Integer call() throws Exception {
            Role parsed = Role.parse(role);
            char[] password = readPassword();
            try (DatabaseOptions.Opened db = database.open()) {
                new AccountService(new AccountRepository(JdbcClient.create(db.dataSource())))
                        .add(username, java.nio.CharBuffer.wrap(password), parsed);
            } finally {
                Arrays.fill(password, '\0');
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
        @Mixin
        Database database = new Database();

        @Override
        public Integer call() throws Exception {
            try (DatabaseOptions.Opened db = database.open()) {
                new AccountRepository(JdbcClient.create(db.dataSource())).all()
                        .forEach(a -> System.out.println(a.username() + "\t" + a.role().id() + (a.failedLogins() > 0
                                ? "\t" + a.failedLogins() + " failed logins" : "")));
            }
            return 0;
        }
    }
}
