package org.mycroft.curation.db;

import java.nio.file.Path;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.springframework.boot.jdbc.DataSourceBuilder;

/**
 * Where the database of record is: an H2 file in {@code <data-dir>/db} unless a JDBC URL (for
 * PostgreSQL) is given. Used by the server's configuration and by the command line alike.
 */
public final class CurationDatabase {

    public static final String MIGRATIONS = "classpath:db/migration";

    private CurationDatabase() {}

    /** The embedded default: an H2 file database inside the data folder. */
    public static String h2Url(Path dataDir) {
        return "jdbc:h2:file:" + dataDir.toAbsolutePath().normalize().resolve("db").resolve("mycroft");
    }

    /** A pooled data source, for commands that run without Spring's auto-configuration. */
    public static DataSource open(String url, String username, String password) {
        return DataSourceBuilder.create().url(url).username(username).password(password).build();
    }

    /** Applies the Flyway migrations (idempotent). */
    public static void migrate(DataSource dataSource) {
        Flyway.configure().dataSource(dataSource).locations(MIGRATIONS).load().migrate();
    }
}
