package org.mycroft.web.directory;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.solr.client.solrj.SolrClient;
import org.apache.solr.common.SolrInputDocument;
import org.mycroft.core.index.IndexFields;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.mycroft.core.taxonomy.DocType;
import org.mycroft.curation.directory.AuthorityEntry;
import org.mycroft.curation.directory.DirectoryRepository;
import org.mycroft.curation.Role;
import org.mycroft.curation.account.AccountService;
import org.mycroft.curation.versions.ProvisionVersion;
import org.mycroft.curation.versions.ProvisionVersionRepository;
import org.mycroft.web.PortalTestSupport;
import org.mycroft.web.curation.CuratorSession;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The directory pages' links into the index (national laws held there, reference documents on the
 * entry's article), and the staleness report over legislation.
 */
class DirectoryPagesTest extends PortalTestSupport {

    @Autowired
    DirectoryRepository repository;
    @Autowired
    SolrClient solr;
    @Autowired
    ProvisionVersionRepository versions;
    @Autowired
    AccountService accounts;
    @Autowired
    JdbcClient jdbc;

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

    @Test
    void theStalenessPageAndItsCsvListAStateWhoseLegislationIsOlderThanNMonths() throws Exception {
        Instant now = Instant.now();
        // Two States with neither laws nor entries in this portal (the samples' laws were read today,
        // their entries updated today), so only the laws written here can make them stale.
        java.util.Set<String> known = new java.util.HashSet<>();
        versions.lawUpdates().forEach(l -> known.add(l.country()));
        repository.all().forEach(e -> known.add(e.state()));
        List<String> states = List.of("TUV", "NRU", "PLW", "KIR", "MHL", "SMR", "LIE").stream().filter(s -> !known.contains(s)).toList();
        String oldState = states.get(0);
        String recentState = states.get(1);
        String old = "test-stale-" + oldState.toLowerCase(java.util.Locale.ROOT) + "-act";
        String recent = "test-stale-" + recentState.toLowerCase(java.util.Locale.ROOT) + "-law";
        versions.insert(new ProvisionVersion(old + "#1", 1, old, "1", null, "text", "h1",
                "{\"country\":\"" + oldState + "\",\"parent_title\":\"Old Act (test)\"}",
                now.atOffset(ZoneOffset.UTC).minusMonths(13).toInstant(), null, null, null));
        versions.insert(new ProvisionVersion(recent + "#1", 1, recent, "1", null, "text", "h2",
                "{\"country\":\"" + recentState + "\",\"parent_title\":\"Recent Law (test)\"}",
                now.atOffset(ZoneOffset.UTC).minusMonths(11).toInstant(), null, null, null));
        if (accounts.find("stale-curator").isEmpty()) {
            accounts.add("stale-curator", "stale-test-password-1", Role.CONTRIBUTOR);
        }
        CuratorSession curator = new CuratorSession(base());
        curator.login("stale-curator", "stale-test-password-1");
        try {
            Document report = curator.page("/curation/directory/stale");
            assertThat(report.select("#stale-states tr[data-state=" + oldState + "]").attr("data-stale")).isEqualTo("legislation");
            assertThat(report.select("#stale-states tr[data-state=" + oldState + "] [data-law] a").eachAttr("href")).containsExactly("/documents/" + old + "?lang=en");
            assertThat(report.select("#stale-states tr[data-state=" + recentState + "]")).as("11 months old is current at N = 12").isEmpty();
            assertThat(curator.page("/curation/directory/stale?months=10").select("#stale-states tr[data-state=" + recentState + "]").attr("data-stale"))
                    .isEqualTo("legislation");

            HttpResponse<String> csv = curator.get("/curation/directory/stale.csv?months=12");
            assertThat(csv.statusCode()).isEqualTo(200);
            List<CSVRecord> lines = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                    .parse(new StringReader(csv.body())).getRecords().stream().filter(r -> r.get("state").equals(oldState)).toList();
            assertThat(lines).hasSize(1);
            assertThat(lines.get(0).get("kind")).isEqualTo("law");
            assertThat(lines.get(0).get("id")).isEqualTo(old);
            assertThat(lines.get(0).get("stale")).isEqualTo("legislation");
            assertThat(lines.get(0).get("directory_last_updated")).as("no directory entry").isEmpty();
            Instant recorded = jdbc.sql("SELECT first_seen FROM provision_version WHERE law_id = ?").param(old)
                    .query(java.sql.Timestamp.class).single().toInstant();
            assertThat(Instant.parse(lines.get(0).get("legislation_last_updated"))).isEqualTo(recorded);
        } finally {
            jdbc.sql("DELETE FROM provision_version WHERE law_id IN (?, ?)").params(old, recent).update();
        }
    }
}
