package org.mycroft.curation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import javax.sql.DataSource;
import org.apache.solr.client.solrj.SolrQuery;
import org.apache.solr.common.SolrDocument;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mycroft.core.solr.SolrConnection;
import org.mycroft.core.solr.SolrSettings;
import org.mycroft.core.taxonomy.Taxonomy;
import org.mycroft.curation.audit.AuditLog;
import org.mycroft.curation.cases.CaseValidator;
import org.mycroft.curation.db.CurationDatabase;
import org.mycroft.curation.tags.ReviewQueue;
import org.mycroft.curation.tags.TagDecision;
import org.mycroft.curation.tags.TagDecisionRepository;
import org.mycroft.curation.tags.UnitReview;
import org.mycroft.curation.tags.UnitTagApplier;
import org.mycroft.ingest.pipeline.IngestOptions;
import org.mycroft.ingest.pipeline.IngestPipeline;
import org.mycroft.ingest.pipeline.IngestProgress;
import org.mycroft.ingest.source.DocumentFiles;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Reviewers' decisions on the machine tags of an ingested law, through the real pipeline and a
 * real embedded Solr: applied at once, kept by a forced re-ingest, and the unit otherwise intact.
 */
class UnitTagDecisionsTest {

    @TempDir
    static Path dir;
    static DataSource dataSource;
    static SolrConnection solr;
    static Taxonomy taxonomy;
    static UnitTagApplier applier;
    static UnitReview review;
    static Path laws;

    static final Curator REVIEWER = new Curator("rev", Role.REVIEWER);

    @BeforeAll
    static void start() throws Exception {
        dataSource = CurationDatabase.open(CurationDatabase.h2Url(dir.resolve("data")), "sa", "");
        CurationDatabase.migrate(dataSource);
        JdbcClient jdbc = JdbcClient.create(dataSource);
        solr = SolrConnection.open(SolrSettings.embedded(dir.resolve("data")));
        taxonomy = Taxonomy.load();
        TagDecisionRepository decisions = new TagDecisionRepository(jdbc);
        applier = new UnitTagApplier(solr.client(), decisions, taxonomy);
        review = new UnitReview(decisions, applier, new AuditLog(jdbc), new CaseValidator(taxonomy), Clock.systemUTC());
        laws = Files.createDirectories(dir.resolve("laws"));
        Files.writeString(laws.resolve("law.txt"), """
                Organised Crime Act (fictional)
                Section 1. Laundering
                Every person who converts property knowing that it is the proceeds of crime, for the purpose of concealing its illicit origin, commits the offence of money laundering.
                Section 2. Extradition
                A person may be surrendered to a foreign State under an extradition treaty.
                """);
        ingest();
    }

    @AfterAll
    static void stop() throws Exception {
        solr.close();
        ((AutoCloseable) dataSource).close();
    }

    static void ingest() throws Exception {
        try (IngestPipeline pipeline = IngestPipeline.create(solr.client(), taxonomy)) {
            pipeline.ingest(DocumentFiles.list(List.of(laws)), IngestOptions.DEFAULT.withForce(true), IngestProgress.SILENT);
        }
    }

    static SolrDocument unit(String id) throws Exception {
        return solr.client().query(new SolrQuery("id:\"" + id + "\"").setFields("*")).getResults().getFirst();
    }

    static String laundering() throws Exception {
        return (String) solr.client().query(new SolrQuery("crime_types:\"money-laundering\" AND parent_id:law")).getResults()
                .getFirst().getFieldValue("id");
    }

    @Test
    void decisionsApplyAtOnceAndSurviveAForcedReingest() throws Exception {
        String id = laundering();
        SolrDocument before = unit(id);
        assertThat(before.getFieldValues("articles")).contains("UNTOC-6");
        assertThat(new ReviewQueue(solr.client()).find(null, "money-laundering", 0.0, 10))
                .extracting(ReviewQueue.Item::unitId).contains(id);

        review.decide(id, "money-laundering", TagDecision.Decision.CONFIRMED, REVIEWER);
        review.decide(id, "UNTOC-6", TagDecision.Decision.REJECTED, REVIEWER);
        review.decide(id, "UNTOC-12", TagDecision.Decision.ADDED, REVIEWER);
        assertThatThrownBy(() -> review.decide(id, "UNTOC-5", TagDecision.Decision.ADDED, new Curator("c", Role.CONTRIBUTOR)))
                .isInstanceOf(CurationAccessDeniedException.class);

        SolrDocument after = unit(id);
        assertThat(after.getFieldValues("articles")).doesNotContain("UNTOC-6").contains("UNTOC-12");
        assertThat(after.getFieldValues("articles_expanded")).contains("UNTOC-12").doesNotContain("UNTOC-6");
        assertThat(after.getFieldValues("tags_confirmed")).contains("money-laundering", "UNTOC-12").doesNotContain("UNTOC-6");
        assertThat(after.getFieldValue("text_en")).isEqualTo(before.getFieldValue("text_en"));
        assertThat((String) before.getFieldValue("tag_evidence")).contains("\"UNTOC-6\"");
        assertThat((String) after.getFieldValue("tag_evidence")).doesNotContain("\"UNTOC-6\"").contains("money-laundering");
        assertThat(solr.client().query(new SolrQuery("articles_expanded:\"UNTOC-6\" AND id:\"" + id + "\"")).getResults().getNumFound())
                .isZero();
        assertThat(new ReviewQueue(solr.client()).find(null, "money-laundering", 0.0, 10))
                .as("a confirmed tag is no longer waiting").extracting(ReviewQueue.Item::unitId).doesNotContain(id);

        ingest(); // the rules run again and suggest UNTOC-6 again
        assertThat(unit(id).getFieldValues("articles")).contains("UNTOC-6");
        assertThat(applier.applyAll()).isGreaterThanOrEqualTo(1);
        SolrDocument reapplied = unit(id);
        assertThat(reapplied.getFieldValues("articles")).doesNotContain("UNTOC-6").contains("UNTOC-12");
        assertThat(reapplied.getFieldValues("tags_confirmed")).contains("money-laundering", "UNTOC-12").doesNotContain("UNTOC-6");
    }

    @Test
    void theNearDuplicateKeysOfTheLawSurviveADecision() throws Exception {
        SolrDocument first = solr.client().query(new SolrQuery("parent_id:law AND position:0").setFields("id")).getResults().getFirst();
        String id = (String) first.getFieldValue("id");
        long withBands = solr.client().query(new SolrQuery("dedup_bands:[* TO *] AND id:\"" + id + "\"")).getResults().getNumFound();
        review.decide(id, "UNTOC-5", TagDecision.Decision.ADDED, REVIEWER);
        assertThat(solr.client().query(new SolrQuery("dedup_bands:[* TO *] AND id:\"" + id + "\"")).getResults().getNumFound())
                .isEqualTo(withBands);
        assertThat(unit(id).getFieldValues("articles")).contains("UNTOC-5");
    }

    @Test
    void theQueuePagesThroughEveryWaitingUnitOnceInIdOrder() {
        ReviewQueue queue = new ReviewQueue(solr.client());
        List<String> all = queue.find(null, null, 0.0, 100).stream().map(ReviewQueue.Item::unitId).toList();
        assertThat(all).hasSizeGreaterThanOrEqualTo(2);
        List<String> paged = new java.util.ArrayList<>();
        String after = null;
        for (int page = 0; page <= all.size(); page++) {
            ReviewQueue.Page one = queue.page(null, null, 0.0, after, 1);
            assertThat(one.items()).hasSizeLessThanOrEqualTo(1);
            one.items().forEach(i -> paged.add(i.unitId()));
            after = one.next();
            if (after == null) {
                break;
            }
        }
        assertThat(after).as("the last page says there is no next one").isNull();
        assertThat(paged).containsExactlyElementsOf(all).isSorted();
    }
}
