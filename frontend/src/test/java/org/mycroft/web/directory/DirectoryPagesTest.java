package org.mycroft.web.directory;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.apache.solr.client.solrj.SolrClient;
import org.apache.solr.common.SolrInputDocument;
import org.mycroft.core.index.IndexFields;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.mycroft.core.taxonomy.DocType;
import org.mycroft.curation.directory.AuthorityEntry;
import org.mycroft.curation.directory.DirectoryRepository;
import org.mycroft.web.PortalTestSupport;
import org.springframework.beans.factory.annotation.Autowired;

/** The directory pages' links into the index: national laws held there and reference documents on the entry's article. */
class DirectoryPagesTest extends PortalTestSupport {

    @Autowired
    DirectoryRepository repository;
    @Autowired
    SolrClient solr;

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
        // a reference document as ingest would index it: a guide's section on central authorities
        SolrInputDocument doc = new SolrInputDocument();
        doc.setField(IndexFields.ID, id);
        doc.setField(IndexFields.PARENT_ID, id);
        doc.setField(IndexFields.PARENT_TITLE, "Model Law on Mutual Assistance in Criminal Matters (test)");
        doc.setField(IndexFields.DOC_TYPE, DocType.REFERENCE.id());
        doc.setField(IndexFields.TITLE, "Central authority");
        doc.setField(IndexFields.textField("en"), "The central authority receives requests.");
        doc.setField(IndexFields.ARTICLES, List.of("UNTOC-18.13"));
        doc.setField(IndexFields.ARTICLES_EXPANDED, List.of("UNTOC-18", "UNTOC-18.13"));
        doc.setField(IndexFields.CROSS_CUTTING, List.of("central-authorities"));
        doc.setField(IndexFields.CONTENT_HASH, "test");
        doc.setField(IndexFields.INGESTED_AT, new java.util.Date());
        solr.add(doc);
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
