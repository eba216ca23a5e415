package org.mycroft.curation;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Date;
import java.util.List;
import javax.sql.DataSource;
import org.apache.solr.client.solrj.SolrQuery;
import org.apache.solr.common.SolrDocument;
import org.apache.solr.common.SolrDocumentList;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.mycroft.core.index.IndexFields;
import org.mycroft.core.index.IndexQueries;
import org.mycroft.core.solr.SolrConnection;
import org.mycroft.core.solr.SolrSettings;
import org.mycroft.core.taxonomy.Taxonomy;
import org.mycroft.curation.db.CurationDatabase;
import org.mycroft.curation.versions.LawVersions;
import org.mycroft.curation.versions.ProvisionVersion;
import org.mycroft.curation.versions.ProvisionVersionRepository;
import org.mycroft.ingest.pipeline.IngestOptions;
import org.mycroft.ingest.pipeline.IngestPipeline;
import org.mycroft.ingest.pipeline.IngestProgress;
import org.mycroft.ingest.source.DocumentFiles;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Versions of a law through the real ingest pipeline, a real embedded Solr and the H2 database: a
 * changed file supersedes the changed and the removed provisions, search sees only the text in
 * force unless it asks for history, and an index rebuilt from nothing gets the history back from
 * the database. The steps build on each other, in order.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class LawVersionsTest {

    static final String OLD_TEXT = "A person who conceals the proceeds of crime commits an offence punishable by five years.";
    static final String NEW_TEXT = "A person who conceals or disguises the proceeds of crime commits an offence punishable by ten years.";

    @TempDir
    static Path dir;
    static DataSource dataSource;
    static SolrConnection solr;
    static Taxonomy taxonomy;
    static ProvisionVersionRepository versions;
    static LawVersions lawVersions;
    static Path laws;

    @BeforeAll
    static void start() throws Exception {
        dataSource = CurationDatabase.open(CurationDatabase.h2Url(dir.resolve("data")), "sa", "");
        CurationDatabase.migrate(dataSource);
        versions = new ProvisionVersionRepository(JdbcClient.create(dataSource));
        solr = SolrConnection.open(SolrSettings.embedded(dir.resolve("data")));
        taxonomy = Taxonomy.load();
        lawVersions = LawVersions.standalone(dataSource, solr.client());
        laws = Files.createDirectories(dir.resolve("laws"));
        write(OLD_TEXT, true, null);
    }

    @AfterAll
    static void stop() throws Exception {
        solr.close();
        ((AutoCloseable) dataSource).close();
    }

    static void write(String section2, boolean withSection3, String amendedBy) throws Exception {
        Files.writeString(laws.resolve("proceeds.txt"), """
                Proceeds of Crime Act (fictional)
                Section 1. Purpose
                This Act provides for the confiscation of the proceeds of crime.
                Section 2. Concealment
                %s
                %s""".formatted(section2, withSection3
                ? "Section 3. Reports\nThe Minister shall report every year to Parliament on the operation of this Act.\n" : ""));
        Files.writeString(laws.resolve("proceeds.txt.json"), """
                {"id": "proceeds", "doc_type": "legislation", "country": "CAN", "title": "Proceeds of Crime Act (fictional)"%s}
                """.formatted(amendedBy == null ? "" : ", \"amended_by\": \"" + amendedBy + "\""));
    }

    static void ingest() throws Exception {
        try (IngestPipeline pipeline = IngestPipeline.create(solr.client(), taxonomy)) {
            var report = pipeline.ingest(DocumentFiles.list(List.of(laws)), IngestOptions.DEFAULT, IngestProgress.SILENT);
            assertThat(report.failures()).isEmpty();
        }
    }

    static SolrDocumentList search(String words, boolean history) throws Exception {
        SolrQuery query = new SolrQuery(words).setFields("*").setRows(50);
        return solr.client().query(history ? IndexQueries.withHistory(query) : query).getResults();
    }

    static String section(int n) {
        return "proceeds_section-" + n;
    }

    @Test
    @Order(1)
    void theFirstIngestRecordsEveryProvisionAsVersionOneInForce() throws Exception {
        ingest();
        LawVersions.Report report = lawVersions.sync();
        assertThat(report.lawsRead()).isEqualTo(1);
        assertThat(report.superseded()).isZero();
        assertThat(versions.inForce("proceeds")).containsKeys(section(1), section(2), section(3));
        assertThat(versions.history(section(2))).singleElement().satisfies(v -> {
            assertThat(v.version()).isEqualTo(1);
            assertThat(v.inForce()).isTrue();
            assertThat(v.text()).contains("five years");
        });
        assertThat(lawVersions.sync()).as("nothing moved: nothing to do").isEqualTo(new LawVersions.Report(0, 0, 0, 0));
    }

    @Test
    @Order(2)
    void aChangedFileSupersedesTheChangedAndTheRemovedProvisions() throws Exception {
        write(NEW_TEXT, false, "Act No. 12 of 2026");
        ingest();
        LawVersions.Report report = lawVersions.sync();
        assertThat(report).isEqualTo(new LawVersions.Report(1, 1, 2, 2));

        List<ProvisionVersion> history = versions.history(section(2));
        assertThat(history).extracting(ProvisionVersion::version).containsExactly(1, 2);
        ProvisionVersion old = history.getFirst();
        assertThat(old.change()).isEqualTo(ProvisionVersion.Change.CHANGED);
        assertThat(old.amendedBy()).isEqualTo("Act No. 12 of 2026");
        assertThat(old.supersededOn()).isNotNull();
        assertThat(history.get(1).inForce()).isTrue();
        assertThat(history.get(1).text()).contains("ten years");
        assertThat(versions.history(section(3))).singleElement().satisfies(v -> {
            assertThat(v.change()).isEqualTo(ProvisionVersion.Change.REMOVED);
            assertThat(v.inForce()).isFalse();
        });
        assertThat(versions.history(section(1))).as("an unchanged provision keeps its one version").hasSize(1);
    }

    @Test
    @Order(3)
    void searchSeesOnlyTheTextInForceUnlessItAsksForHistory() throws Exception {
        assertThat(search("\"five years\"", false)).isEmpty();
        assertThat(search("\"ten years\"", false)).extracting(d -> d.getFieldValue("id")).containsExactly(section(2));
        assertThat(search("Minister Parliament", false)).as("a removed provision is out of the text in force").isEmpty();
        assertThat(search("concealment proceeds", false)).extracting(d -> d.getFieldValue("id")).containsExactly(section(2));

        SolrDocumentList both = search("concealment proceeds", true);
        assertThat(both).extracting(d -> d.getFieldValue("id")).containsExactlyInAnyOrder(section(2), section(2) + "__v1");
        SolrDocument old = both.stream().filter(d -> d.getFieldValue("id").equals(section(2) + "__v1")).findFirst().orElseThrow();
        assertThat(old.getFieldValue(IndexFields.IN_FORCE)).isEqualTo(false);
        assertThat(old.getFieldValue(IndexFields.SUPERSEDED_ON)).isInstanceOf(Date.class);
        assertThat(old.getFieldValue(IndexFields.AMENDED_BY)).isEqualTo("Act No. 12 of 2026");
        assertThat(old.getFieldValue(IndexFields.VERSION_OF)).isEqualTo(section(2));
        assertThat(old.getFieldValue(IndexFields.COUNTRY)).as("facets of history count the old text under its law").isEqualTo("CAN");
        assertThat(old.getFieldValue(IndexFields.PARENT_ID)).isEqualTo("proceeds");
        assertThat((String) old.getFieldValue(IndexFields.TEXT_EN)).contains("five years");
        assertThat(search("Minister Parliament", true)).extracting(d -> d.getFieldValue("id")).containsExactly(section(3) + "__v1");

        long inForceCount = solr.client().query(new SolrQuery("*:*").setRows(0)).getResults().getNumFound();
        long allCount = solr.client().query(IndexQueries.withHistory(new SolrQuery("*:*")).setRows(0)).getResults().getNumFound();
        assertThat(allCount - inForceCount).isEqualTo(2);
    }

    @Test
    @Order(4)
    void anIndexRebuiltFromNothingGetsTheHistoryBackFromTheDatabase() throws Exception {
        solr.client().deleteByQuery("*:*");
        solr.client().commit();
        assertThat(search("\"five years\"", true)).isEmpty();
        try (IngestPipeline pipeline = IngestPipeline.create(solr.client(), taxonomy)) {
            pipeline.ingest(DocumentFiles.list(List.of(laws)), IngestOptions.DEFAULT.withForce(true), IngestProgress.SILENT);
        }
        LawVersions.Report report = lawVersions.sync();
        assertThat(report.superseded()).as("the same file: no new version").isZero();
        assertThat(report.indexed()).isEqualTo(2);
        assertThat(search("\"five years\"", true)).extracting(d -> d.getFieldValue("id")).containsExactly(section(2) + "__v1");
        assertThat(search("\"five years\"", false)).isEmpty();
        assertThat(versions.history(section(2))).hasSize(2);
    }
}
