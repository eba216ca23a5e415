package org.mycroft.web;

import java.nio.file.Path;
import org.apache.solr.client.solrj.SolrClient;
import org.junit.jupiter.api.BeforeEach;
import org.mycroft.core.taxonomy.Taxonomy;
import org.mycroft.curation.versions.LawVersions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;

/**
 * Puts {@link LawHistoryFixture}'s law in the portal before each test: the tests of versions of laws
 * start from here. An interface rather than a base class, so a browser test can extend
 * {@link BrowserTestSupport} and still have the law (Spring resolves the parameters).
 */
interface WithLawHistory {

    @BeforeEach
    default void lawWithHistory(@Autowired SolrClient solr, @Autowired Taxonomy taxonomy, @Autowired LawVersions versions,
            @Value("${mycroft.data-dir}") Path dataDir) throws Exception {
        LawHistoryFixture.ensure(solr, taxonomy, versions, dataDir);
    }
}
