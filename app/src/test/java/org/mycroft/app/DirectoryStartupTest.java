package org.mycroft.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.apache.solr.client.solrj.SolrClient;
import org.apache.solr.common.SolrDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mycroft.core.index.IndexFields;
import org.mycroft.core.index.IndexQueries;
import org.mycroft.core.taxonomy.DocType;
import org.mycroft.curation.directory.AuthorityEntry;
import org.mycroft.curation.directory.DirectoryRepository;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The directory at start, on a real portal over a real data folder: a fresh folder gets the sample
 * directory seeded and indexed; a second start on the same folder writes none of its units again
 * (Solr gives every write a new {@code _version_}, so an unchanged one proves nothing was re-added).
 */
class DirectoryStartupTest {

    @Test
    void aFreshDataFolderGetsTheDirectoryIndexedAndASecondStartDoesNotIndexItAgain(@TempDir Path tmp) throws Exception {
        Path data = tmp.resolve("data");
        Map<String, Object> first;
        try (ConfigurableApplicationContext portal = start(data)) {
            first = indexed(portal);
            long published = portal.getBean(DirectoryRepository.class).all().stream().filter(AuthorityEntry::isPublic).count();
            assertThat(published).as("the samples were seeded and published").isPositive();
            assertThat(first).as("every published public entry is in the index").hasSize((int) published);
        }
        try (ConfigurableApplicationContext portal = start(data)) {
            assertThat(indexed(portal)).as("the same units, none written again").isEqualTo(first);
        }
    }

    private static ConfigurableApplicationContext start(Path data) {
        return SpringApplication.run(MycroftApplication.class, "--mycroft.data-dir=" + data, "--mycroft.solr.mode=embedded",
                "--server.port=0", "--server.address=127.0.0.1");
    }

    /** Each directory unit's Solr {@code _version_}, by id. */
    private static Map<String, Object> indexed(ConfigurableApplicationContext portal) throws Exception {
        SolrClient solr = portal.getBean(SolrClient.class);
        Map<String, Object> versions = new HashMap<>();
        for (SolrDocument d : solr.query(IndexQueries.everything().addFilterQuery(IndexQueries.docType(DocType.AUTHORITY))
                .setFields(IndexFields.ID, "_version_").setRows(10_000)).getResults()) {
            versions.put((String) d.getFieldValue(IndexFields.ID), d.getFieldValue("_version_"));
        }
        return versions;
    }
}
