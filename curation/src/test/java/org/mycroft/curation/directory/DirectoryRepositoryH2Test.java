package org.mycroft.curation.directory;

import java.nio.file.Path;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.mycroft.curation.db.CurationDatabase;

/** The directory repository tests on the embedded default: an H2 file database. */
class DirectoryRepositoryH2Test extends DirectoryRepositoryContract {

    @TempDir
    static Path dataDir;
    static DataSource dataSource;

    @BeforeAll
    static void open() {
        dataSource = CurationDatabase.open(CurationDatabase.h2Url(dataDir), "sa", "");
    }

    @AfterAll
    static void close() throws Exception {
        ((AutoCloseable) dataSource).close();
    }

    @Override
    DataSource dataSource() {
        return dataSource;
    }
}
