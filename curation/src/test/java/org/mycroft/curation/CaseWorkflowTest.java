package org.mycroft.curation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.apache.solr.client.solrj.SolrClient;
import org.apache.solr.client.solrj.SolrQuery;
import org.apache.solr.common.SolrDocument;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mycroft.core.solr.SolrConnection;
import org.mycroft.core.solr.SolrSettings;
import org.mycroft.core.taxonomy.Taxonomy;
import org.mycroft.curation.audit.AuditEntry;
import org.mycroft.curation.audit.AuditLog;
import org.mycroft.curation.cases.CaseFields;
import org.mycroft.curation.cases.CaseRecord;
import org.mycroft.curation.cases.CaseRepository;
import org.mycroft.curation.cases.CaseStatus;
import org.mycroft.curation.cases.CaseValidationException;
import org.mycroft.curation.cases.CaseValidator;
import org.mycroft.curation.cases.CaseWorkflow;
import org.mycroft.curation.cases.EditConflictException;
import org.mycroft.curation.cases.FieldError;
import org.mycroft.curation.cases.WorkflowException;
import org.mycroft.curation.db.CurationDatabase;
import org.mycroft.curation.index.CaseIndexer;
import org.mycroft.curation.links.CaseProvisionLinks;
import org.mycroft.curation.tags.TagDecision;
import org.mycroft.curation.tags.TagDecisionRepository;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** The workflow against a real H2 database and a real embedded Solr: only published cases are ever indexed. */
class CaseWorkflowTest {

    @TempDir
    static Path dir;
    static DataSource dataSource;
    static SolrConnection solrConnection;
    static SolrClient solr;
    static CaseWorkflow workflow;
    static CaseRepository cases;
    static AuditLog audit;

    static final Curator CONTRIBUTOR = new Curator("cora", Role.CONTRIBUTOR);
    static final Curator REVIEWER = new Curator("rev", Role.REVIEWER);

    @BeforeAll
    static void start() {
        dataSource = CurationDatabase.open(CurationDatabase.h2Url(dir.resolve("data")), "sa", "");
        CurationDatabase.migrate(dataSource);
        JdbcClient jdbc = JdbcClient.create(dataSource);
        solrConnection = SolrConnection.open(SolrSettings.embedded(dir.resolve("data")));
        solr = solrConnection.client();
        Taxonomy taxonomy = Taxonomy.load();
        cases = new CaseRepository(jdbc);
        audit = new AuditLog(jdbc);
        workflow = new CaseWorkflow(cases, new CaseValidator(taxonomy), audit, new TagDecisionRepository(jdbc),
                new CaseProvisionLinks(jdbc), new CaseIndexer(solr, taxonomy),
                new TransactionTemplate(new DataSourceTransactionManager(dataSource)), Clock.systemUTC());
    }

    @AfterAll
    static void stop() throws Exception {
        solrConnection.close();
        ((AutoCloseable) dataSource).close();
    }

    static CaseFields valid(String title) {
        return new CaseFields(title, "Extradition of a money launderer; the court applied the Convention directly.", "en",
                "Audiencia Nacional", "extradition", "FRA", "ESP", "UNTOC", "Article 16 UNTOC",
                List.of("UNTOC-16", "UNTOC-6", "UNTOC-5"), List.of("money-laundering"), List.of(), 2018, "granted", null);
    }

    static SolrDocument indexed(String id) throws Exception {
        var results = solr.query(new SolrQuery("id:\"" + id + "\"")).getResults();
        return results.isEmpty() ? null : results.getFirst();
    }

    @Test
    void aSaveMissingTheRequiredFieldsNamesEachOneAndWritesNothing() {
        CaseFields empty = new CaseFields("", null, null, null, null, null, null, null, null, List.of(), List.of(), List.of(),
                null, null, null);
        int before = cases.all().size();
        assertThatThrownBy(() -> workflow.create(empty, Map.of(), CONTRIBUTOR))
                .isInstanceOfSatisfying(CaseValidationException.class, e -> assertThat(e.errors()).extracting(FieldError::field)
                        .contains("title", "cooperation_form", "requesting_state", "requested_state", "legal_basis", "articles",
                                "crime_types", "year", "outcome"));
        assertThat(cases.all()).hasSize(before);
    }

    @Test
    void onlyAPublishedCaseReachesTheIndexAndNeverItsRestrictedFields() throws Exception {
        CaseRecord draft = workflow.create(valid("Extradition of M."), Map.of("victims", "Maria Secret-Victim"), CONTRIBUTOR);
        assertThat((Object) indexed(draft.id())).isNull();
        CaseRecord review = workflow.submit(draft.id(), draft.version(), CONTRIBUTOR);
        assertThat(review.status()).isEqualTo(CaseStatus.IN_REVIEW);
        assertThat((Object) indexed(draft.id())).isNull();
        assertThatThrownBy(() -> workflow.publish(draft.id(), review.version(), CONTRIBUTOR))
                .isInstanceOf(CurationAccessDeniedException.class);

        CaseRecord published = workflow.publish(draft.id(), review.version(), REVIEWER);
        SolrDocument doc = indexed(draft.id());
        assertThat((Object) doc).isNotNull();
        assertThat(doc.getFieldValue("doc_type")).isEqualTo("case");
        assertThat(doc.getFieldValue("requested_state")).isEqualTo("ESP");
        assertThat(doc.getFieldValues("articles")).containsExactlyInAnyOrder("UNTOC-16", "UNTOC-6", "UNTOC-5");
        assertThat(doc.toString()).doesNotContain("Secret-Victim");
        assertThat(solr.query(new SolrQuery("Secret-Victim")).getResults().getNumFound()).isZero();

        workflow.decideTag(draft.id(), "UNTOC-16", TagDecision.Decision.CONFIRMED, REVIEWER);
        workflow.decideTag(draft.id(), "UNTOC-6", TagDecision.Decision.CONFIRMED, REVIEWER);
        workflow.decideTag(draft.id(), "UNTOC-5", TagDecision.Decision.REJECTED, REVIEWER);
        assertThatThrownBy(() -> workflow.decideTag(draft.id(), "UNTOC-18", TagDecision.Decision.CONFIRMED, CONTRIBUTOR))
                .isInstanceOf(CurationAccessDeniedException.class);
        doc = indexed(draft.id());
        assertThat(doc.getFieldValues("articles")).containsExactlyInAnyOrder("UNTOC-16", "UNTOC-6");
        assertThat(doc.getFieldValues("tags_confirmed")).containsExactlyInAnyOrder("UNTOC-16", "UNTOC-6");

        workflow.link(draft.id(), "esp-codigo-penal-art-301", CONTRIBUTOR);
        assertThat(indexed(draft.id()).getFieldValues("cited_provisions")).containsExactly("esp-codigo-penal-art-301");

        int version = cases.find(draft.id()).orElseThrow().version();
        assertThatThrownBy(() -> workflow.returnToDraft(draft.id(), version, " ", REVIEWER))
                .as("returning needs a comment").isInstanceOf(CaseValidationException.class);
        CaseRecord current = cases.find(draft.id()).orElseThrow();
        CaseRecord back = workflow.returnToDraft(draft.id(), current.version(), "Check the year", REVIEWER);
        assertThat(back.status()).isEqualTo(CaseStatus.DRAFT);
        assertThat(back.reviewComment()).isEqualTo("Check the year");
        assertThat((Object) indexed(draft.id())).as("a case back in draft leaves the index").isNull();

        List<AuditEntry> log = audit.forRecord(AuditLog.CASE, draft.id());
        assertThat(log).extracting(AuditEntry::action).contains("create", "status", "tag", "link");
        assertThat(log).filteredOn(e -> "status".equals(e.action())).extracting(AuditEntry::newValue)
                .containsExactly("in-review", "published", "draft");
        assertThat(log).filteredOn(e -> "restricted.victims".equals(e.field())).extracting(AuditEntry::newValue)
                .containsExactly(AuditLog.REDACTED);
        assertThat(log.toString()).doesNotContain("Secret-Victim");
        assertThat(published.publishedAt()).isNotNull();
    }

    @Test
    void theSecondOfTwoConcurrentEditsGetsAConflictAndOverwritesNothing() {
        CaseRecord draft = workflow.create(valid("Concurrent"), Map.of(), CONTRIBUTOR);
        CaseFields first = valid("Edited by the first curator");
        CaseFields second = valid("Edited by the second curator");
        workflow.update(draft.id(), draft.version(), first, Map.of(), CONTRIBUTOR);
        assertThatThrownBy(() -> workflow.update(draft.id(), draft.version(), second, Map.of(), REVIEWER))
                .isInstanceOfSatisfying(EditConflictException.class,
                        e -> assertThat(e.current().fields().title()).isEqualTo("Edited by the first curator"));
        assertThat(cases.find(draft.id()).orElseThrow().fields().title()).isEqualTo("Edited by the first curator");
        assertThat(audit.forRecord(AuditLog.CASE, draft.id())).filteredOn(e -> "title".equals(e.field()))
                .extracting(AuditEntry::oldValue, AuditEntry::newValue)
                .contains(org.assertj.core.groups.Tuple.tuple("Concurrent", "Edited by the first curator"));
    }

    @Test
    void transitionsFollowTheWorkflowAndReindexRebuildsPublishedCases() throws Exception {
        CaseRecord draft = workflow.create(valid("Rebuilt"), Map.of(), CONTRIBUTOR);
        assertThatThrownBy(() -> workflow.publish(draft.id(), draft.version(), REVIEWER)).isInstanceOf(WorkflowException.class);
        CaseRecord review = workflow.submit(draft.id(), draft.version(), CONTRIBUTOR);
        assertThatThrownBy(() -> workflow.update(draft.id(), review.version(), valid("x"), Map.of(), CONTRIBUTOR))
                .as("a contributor cannot edit a case in review").isInstanceOf(WorkflowException.class);
        CaseRecord published = workflow.publish(draft.id(), review.version(), REVIEWER);
        solr.deleteByQuery("*:*");
        solr.commit();
        assertThat((Object) indexed(draft.id())).isNull();
        assertThat(workflow.reindexAll()).isGreaterThanOrEqualTo(1);
        assertThat((Object) indexed(draft.id())).isNotNull();
        workflow.archive(draft.id(), published.version(), REVIEWER);
        assertThat((Object) indexed(draft.id())).isNull();
    }
}
