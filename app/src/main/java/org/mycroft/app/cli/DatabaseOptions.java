package org.mycroft.app.cli;

import java.nio.file.Path;
import javax.sql.DataSource;
import org.mycroft.curation.db.CurationDatabase;
import picocli.CommandLine.Option;

/**
 * The curation database of the commands that open it ({@code users}, {@code reindex}): the data
 * folder's H2 file, or another database by JDBC URL (PostgreSQL). Stop the portal first with H2.
 */
final class DatabaseOptions {

    @Option(names = "--db-url", paramLabel = "JDBC_URL", defaultValue = "${env:SPRING_DATASOURCE_URL}",
            description = "Another database, e.g. jdbc:postgresql://host/mycroft (default: $SPRING_DATASOURCE_URL, else the data folder's H2 file).")
    String url;

    @Option(names = "--db-user", paramLabel = "NAME", defaultValue = "${env:SPRING_DATASOURCE_USERNAME}")
    String user;

    @Option(names = "--db-password-env", paramLabel = "VAR", defaultValue = "SPRING_DATASOURCE_PASSWORD",
            description = "Environment variable holding the database password (default: ${DEFAULT-VALUE}).")
    String passwordVariable;

    /** The database the environment names ({@code SPRING_DATASOURCE_*}), for commands without the options. */
    static DatabaseOptions fromEnvironment() {
        DatabaseOptions options = new DatabaseOptions();
        options.url = System.getenv("SPRING_DATASOURCE_URL");
        options.user = System.getenv("SPRING_DATASOURCE_USERNAME");
        options.passwordVariable = "SPRING_DATASOURCE_PASSWORD";
        return options;
    }

    /** The database, migrated; closing it closes its pool. */
    Opened open(Path dataDir) {
        DataSource ds = url == null || url.isBlank()
                ? CurationDatabase.open(CurationDatabase.h2Url(dataDir), "sa", "")
                : CurationDatabase.open(url, user, System.getenv(passwordVariable));
        CurationDatabase.migrate(ds);
        return new Opened(ds);
    }

    record Opened(DataSource dataSource) implements AutoCloseable {
        @Override
        public void close() throws Exception {
            if (dataSource instanceof AutoCloseable closeable) {
                closeable.close();
            }
        }
    }
}
