package org.mycroft.web;

import java.nio.file.Path;
import org.apache.solr.client.solrj.SolrClient;
import org.mycroft.core.taxonomy.Taxonomy;
import org.junit.jupiter.api.BeforeEach;
import org.mycroft.curation.versions.LawVersions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;

/** The portal with {@link LawHistoryFixture}'s law in it: the tests of versions of laws start from here. */
abstract class LawHistoryTestSupport extends PortalTestSupport {

    @Autowired
    SolrClient solr;
    @Autowired
    Taxonomy taxonomy;
    @Autowired
    LawVersions versions;
    @Value("${mycroft.data-dir}")
    Path dataDir;

    @BeforeEach
    void lawWithHistory() throws Exception {
        LawHistoryFixture.ensure(solr, taxonomy, versions, dataDir);
    }
}
