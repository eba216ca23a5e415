package org.mycroft.web.directory;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.apache.solr.client.solrj.SolrClient;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.mycroft.core.taxonomy.DocType;
import org.mycroft.core.taxonomy.Taxonomy;
import org.mycroft.curation.directory.AuthorityEntry;
import org.mycroft.curation.directory.DirectoryRepository;
import org.mycroft.ingest.indexing.IndexUnit;
import org.mycroft.ingest.indexing.UnitDocuments;
import org.mycroft.web.PortalTestSupport;
import org.springframework.beans.factory.annotation.Autowired;

/** The directory pages' links into the index: national laws held there and reference documents on the entry's article. */
class DirectoryPagesTest extends PortalTestSupport {

    @Autowired
    DirectoryRepository repository;
    @Autowired
    SolrClient solr;
    @Autowired
    Taxonomy taxonomy;

    private String sampleId(String state, String type) {
        return repository.all().stream().filter(e -> e.state().equals(state) && e.authorityType().equals(type)).findFirst()
                .map(AuthorityEntry::id).orElseThrow();
    }

    @Test
    void nationalLawsHeldInTheIndexLinkToThem() {
        Document fra = page("/directory/" + sampleId("FRA", "central-authority-mla"));
        var laws = fra.select("[data-field=national_laws] a");
        assertThat(laws.eachAttr("href")).contains("/documents/fra-code-penal-association-de-malfaiteurs-blanchiment",
                "https://example.org/fra/cpp-694");
        assertThat(fra.select("#optional-block")).hasSize(1);
        // an entry without the optional block shows none of it
        assertThat(page("/directory/" + sampleId("SEN", "extradition")).select("#optional-block")).isEmpty();
    }

    @Test
    void referenceDocumentsOnTheEntrysArticleAreLinked() throws Exception {
        String id = "test-reference-model-law-mla";
        IndexUnit unit = new IndexUnit(id, id, "Model Law on Mutual Assistance in Criminal Matters (test)",
                DocType.REFERENCE.id(), "Central authority", "1", null, 0, "The central authority receives requests.", "en", null, null,
                2007, null, List.of("UNTOC-18.13"), List.of(), List.of("central-authorities"), List.of(), List.of(), false, null, null,
                null, "test", Instant.now(), null, null, IndexUnit.CaseDetails.NONE);
        solr.add(new UnitDocuments(taxonomy).toSolr(unit));
        solr.commit();
        try {
            Document esp = page("/directory/" + sampleId("ESP", "central-authority-mla"));
            assertThat(esp.select("#references a").eachAttr("href")).contains("/documents/" + id);
            assertThat(esp.select("#references a").text()).contains("Model Law on Mutual Assistance");
        } finally {
            solr.deleteById(id);
            solr.commit();
        }
    }
}
