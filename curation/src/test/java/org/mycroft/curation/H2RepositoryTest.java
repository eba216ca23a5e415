package org.mycroft.curation;

import java.nio.file.Path;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.mycroft.curation.db.CurationDatabase;
import org.mycroft.curation.directory.DirectoryRepositoryContract;

/** The repository tests on the embedded default: an H2 file database in a data folder. */
class H2RepositoryTest extends RepositoryContract implements DirectoryRepositoryContract {

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
    public DataSource dataSource() {
        return dataSource;
    }
}
