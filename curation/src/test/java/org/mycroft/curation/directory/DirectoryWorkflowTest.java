package org.mycroft.curation.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.solr.client.solrj.SolrClient;
import org.apache.solr.client.solrj.SolrQuery;
import org.apache.solr.common.SolrDocumentList;
import org.apache.solr.common.SolrInputDocument;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mycroft.core.index.IndexFields;
import org.mycroft.core.index.IndexQueries;
import org.mycroft.core.solr.SolrConnection;
import org.mycroft.core.solr.SolrSettings;
import org.mycroft.core.taxonomy.DirectoryVocabulary;
import org.mycroft.core.taxonomy.DocType;
import org.mycroft.core.taxonomy.Taxonomy;
import org.mycroft.curation.CurationAccessDeniedException;
import org.mycroft.curation.Curator;
import org.mycroft.curation.Role;
import org.mycroft.curation.audit.AuditEntry;
import org.mycroft.curation.audit.AuditLog;
import org.mycroft.curation.cases.CaseStatus;
import org.mycroft.curation.cases.CaseValidationException;
import org.mycroft.curation.cases.FieldError;
import org.mycroft.curation.cases.Provenance;
import org.mycroft.curation.cases.WorkflowException;
import org.mycroft.curation.db.CurationDatabase;
import org.mycroft.curation.versions.ProvisionVersion;
import org.mycroft.curation.versions.ProvisionVersionRepository;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** The directory's workflow against a real H2 database and a real embedded Solr. */
class DirectoryWorkflowTest {

    static final Curator AUTHORITY = new Curator("auth", Role.AUTHORITY);
    static final Curator CONTRIBUTOR = new Curator("cora", Role.CONTRIBUTOR);
    static final Curator REVIEWER = new Curator("rev", Role.REVIEWER);
    static final Instant NOW = Instant.parse("2026-12-03T09:00:00Z");

    @TempDir
    static Path dir;
    static DataSource dataSource;
    static SolrConnection solrConnection;
    static SolrClient solr;
    static Taxonomy taxonomy;
    static JdbcClient jdbc;
    static SettableClock clock = new SettableClock();
    static DirectoryRepository repository;
    static DirectoryWorkflow workflow;
    static AuditLog audit;
    static ProvisionVersionRepository versions;

    /** A clock the test moves by hand, so "13 months ago" is a fact of the data, not of when the test runs. */
    static final class SettableClock extends Clock {
        Instant now = NOW;

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    @BeforeAll
    static void start() {
        dataSource = CurationDatabase.open(CurationDatabase.h2Url(dir.resolve("data")), "sa", "");
        CurationDatabase.migrate(dataSource);
        jdbc = JdbcClient.create(dataSource);
        solrConnection = SolrConnection.open(SolrSettings.embedded(dir.resolve("data")));
        solr = solrConnection.client();
        taxonomy = Taxonomy.load();
        repository = new DirectoryRepository(jdbc);
        audit = new AuditLog(jdbc);
        versions = new ProvisionVersionRepository(jdbc);
        workflow = new DirectoryWorkflow(repository, new DirectoryValidator(taxonomy), audit, new AuthorityIndexer(solr, taxonomy),
                new TransactionTemplate(new DataSourceTransactionManager(dataSource)), clock);
    }

    @AfterAll
    static void stop() throws Exception {
        solrConnection.close();
        ((AutoCloseable) dataSource).close();
    }

    @BeforeEach
    void empty() throws Exception {
        clock.now = NOW;
        for (String table : List.of("authority_restricted_field", "authority_field", "authority_entry", "audit_entry",
                "provision_version")) {
            jdbc.sql("DELETE FROM " + table).update();
        }
        solr.deleteByQuery("*:*");
        solr.commit();
    }

    static AuthorityDraft valid(String state, String type, Map<DirectoryField, String> values, Set<DirectoryField> restricted,
            Visibility visibility) {
        return new AuthorityDraft(state, type, "Central Authority of " + state, null, visibility, values, restricted,
                new Provenance("state-submission", null, null, "Permanent Mission", null));
    }

    static Map<DirectoryField, String> values(Object... pairs) {
        Map<DirectoryField, String> m = new EnumMap<>(DirectoryField.class);
        for (int i = 0; i < pairs.length; i += 2) {
            m.put((DirectoryField) pairs[i], (String) pairs[i + 1]);
        }
        return m;
    }

    AuthorityEntry publish(AuthorityEntry draft) {
        AuthorityEntry inReview = workflow.submit(draft.id(), draft.version(), CONTRIBUTOR);
        return workflow.publish(draft.id(), inReview.version(), REVIEWER);
    }

    static String everythingIndexed() throws Exception {
        SolrDocumentList docs = solr.query(new SolrQuery("*:*").setRows(1000).setFields("*")).getResults();
        return docs.toString();
    }

    @Test
    void validatesEmailsUrlsPhonesAndLists() {
        AuthorityDraft bad = new AuthorityDraft("XXX", "consulate", " ", null, Visibility.PUBLIC,
                values(DirectoryField.EMAIL, "not-an-email@", DirectoryField.WEBSITE, "javascript:alert(1)",
                        DirectoryField.PHONE, "call us", DirectoryField.LANGUAGES, "fr klingon", DirectoryField.CHANNELS, "pigeon",
                        DirectoryField.TIME_ZONE, "Mars/Olympus", DirectoryField.NATIONAL_LAWS, "Penal Code | ftp://example.org/x"),
                Set.of(), null);
        assertThatThrownBy(() -> workflow.create(bad, CONTRIBUTOR)).isInstanceOfSatisfying(CaseValidationException.class,
                e -> assertThat(e.errors()).extracting(FieldError::field, FieldError::code).contains(
                        org.assertj.core.groups.Tuple.tuple("state", "curation.error.unknown"),
                        org.assertj.core.groups.Tuple.tuple("authority_type", "curation.error.unknown"),
                        org.assertj.core.groups.Tuple.tuple("name_en", "curation.error.required"),
                        org.assertj.core.groups.Tuple.tuple("email", DirectoryValidator.EMAIL),
                        org.assertj.core.groups.Tuple.tuple("website", DirectoryValidator.URL),
                        org.assertj.core.groups.Tuple.tuple("phone", DirectoryValidator.PHONE),
                        org.assertj.core.groups.Tuple.tuple("languages", DirectoryValidator.LANGUAGE),
                        org.assertj.core.groups.Tuple.tuple("channels", "curation.error.unknown"),
                        org.assertj.core.groups.Tuple.tuple("time_zone", DirectoryValidator.TIME_ZONE),
                        org.assertj.core.groups.Tuple.tuple("national_laws", DirectoryValidator.URL)));
        assertThat(repository.count()).isZero();
    }

    @Test
    void phonesAreKeptAsEnteredPlusE164() {
        AuthorityEntry e = workflow.create(valid("FRA", "extradition",
                values(DirectoryField.PHONE, "01 40 00 00 01", DirectoryField.FAX, "+44 20 7946 0000",
                        DirectoryField.LANGUAGES, "FR, en", DirectoryField.CHANNELS, "INTERPOL diplomatic",
                        DirectoryField.EMAIL, "bureau@example.org", DirectoryField.TIME_ZONE, "Europe/Paris"),
                Set.of(), Visibility.PUBLIC), CONTRIBUTOR);
        assertThat(e.fields()).containsEntry("phone", "01 40 00 00 01").containsEntry("phone_e164", "+33140000001")
                .containsEntry("fax", "+44 20 7946 0000").containsEntry("fax_e164", "+442079460000")
                .containsEntry("languages", "fr en").containsEntry("channels", "interpol diplomatic");
        assertThat(e.status()).isEqualTo(CaseStatus.DRAFT);
    }

    @Test
    void rolesAreCheckedOnEveryWrite() {
        AuthorityDraft d = valid("FRA", "extradition", Map.of(), Set.of(), Visibility.PUBLIC);
        assertThatThrownBy(() -> workflow.create(d, AUTHORITY)).isInstanceOf(CurationAccessDeniedException.class);
        AuthorityEntry draft = workflow.create(d, CONTRIBUTOR);
        AuthorityEntry inReview = workflow.submit(draft.id(), draft.version(), CONTRIBUTOR);
        assertThatThrownBy(() -> workflow.publish(draft.id(), inReview.version(), CONTRIBUTOR))
                .isInstanceOf(CurationAccessDeniedException.class);
        assertThatThrownBy(() -> workflow.update(draft.id(), inReview.version(), d, CONTRIBUTOR)).isInstanceOf(WorkflowException.class);
        assertThatThrownBy(() -> workflow.submit(draft.id(), inReview.version(), CONTRIBUTOR)).isInstanceOf(WorkflowException.class);
        assertThatThrownBy(() -> workflow.returnToDraft(draft.id(), inReview.version(), " ", REVIEWER))
                .isInstanceOf(CaseValidationException.class);
        assertThatThrownBy(() -> workflow.restricted(draft.id(), AUTHORITY)).isInstanceOf(CurationAccessDeniedException.class);
        assertThatThrownBy(() -> workflow.publish(draft.id(), draft.version(), REVIEWER)).isInstanceOf(EntryConflictException.class);
        AuthorityEntry returned = workflow.returnToDraft(draft.id(), inReview.version(), "Add the fax number", REVIEWER);
        assertThat(returned.status()).isEqualTo(CaseStatus.DRAFT);
        assertThat(returned.reviewComment()).isEqualTo("Add the fax number");
    }

    @Test
    void onlyPublishedPublicEntriesAndPublicFieldsReachTheIndex() throws Exception {
        AuthorityEntry open = workflow.create(valid("FRA", "central-authority-mla",
                values(DirectoryField.GUIDANCE, "Send requests by email", DirectoryField.URGENT_PROCEDURE, "RESTRICTED-SAMPLE call the night desk"),
                Set.of(DirectoryField.URGENT_PROCEDURE), Visibility.PUBLIC), CONTRIBUTOR);
        AuthorityEntry closed = workflow.create(new AuthorityDraft("COL", "smuggling-by-sea", "RESTRICTED-SAMPLE cell", null,
                Visibility.RESTRICTED, Map.of(), Set.of(), null), CONTRIBUTOR);
        assertThat(everythingIndexed()).doesNotContain(open.id());
        publish(open);
        publish(closed);
        SolrDocumentList indexed = solr.query(new SolrQuery(IndexQueries.docType(DocType.AUTHORITY)).setFields("*")).getResults();
        assertThat(indexed).extracting(d -> d.getFieldValue(IndexFields.ID)).containsExactly(open.id());
        assertThat(indexed.get(0).getFieldValues(IndexFields.ARTICLES)).containsExactly("UNTOC-18.13");
        assertThat(indexed.get(0).getFieldValue(IndexFields.COUNTRY)).isEqualTo("FRA");
        assertThat(everythingIndexed()).contains("Send requests by email").doesNotContain("RESTRICTED-SAMPLE").doesNotContain(closed.id());
        // the restricted value is stored, readable by curators, and its value never enters the audit log
        assertThat(workflow.restricted(open.id(), CONTRIBUTOR)).containsEntry("urgent_procedure", "RESTRICTED-SAMPLE call the night desk");
        List<AuditEntry> log = audit.forRecord(AuditLog.AUTHORITY, open.id());
        assertThat(log).extracting(AuditEntry::field).contains("restricted.urgent_procedure", "guidance", "status");
        assertThat(log.toString()).doesNotContain("RESTRICTED-SAMPLE").contains(AuditLog.REDACTED);
        // archived: out of the index again
        AuthorityEntry archived = workflow.archive(open.id(), workflow.get(open.id()).version(), REVIEWER);
        assertThat(archived.status()).isEqualTo(CaseStatus.ARCHIVED);
        assertThat(solr.query(new SolrQuery(IndexQueries.docType(DocType.AUTHORITY))).getResults()).isEmpty();
        assertThat(workflow.reindexAll()).isZero();
    }

    @Test
    void samplesCoverFiveRegionsEveryTypeAndTheVisibilityRules() throws Exception {
        int published = workflow.seedSamplesIfEmpty();
        assertThat(published).isGreaterThanOrEqualTo(10);
        assertThat(workflow.seedSamplesIfEmpty()).as("seeded once only").isZero();
        List<AuthorityEntry> all = repository.all();
        assertThat(all).allSatisfy(e -> {
            assertThat(e.status()).isEqualTo(CaseStatus.PUBLISHED);
            assertThat(e.provenance().sourceKind()).isEqualTo("sample");
        });
        Set<String> states = all.stream().map(AuthorityEntry::state).collect(Collectors.toSet());
        assertThat(states).hasSizeGreaterThanOrEqualTo(10);
        assertThat(states.stream().map(s -> taxonomy.countries().byIso3(s).orElseThrow().region()).collect(Collectors.toSet()))
                .containsExactlyInAnyOrderElementsOf(taxonomy.regions().stream().map(r -> r.id()).toList());
        assertThat(all.stream().map(AuthorityEntry::authorityType).collect(Collectors.toSet()))
                .containsExactlyInAnyOrderElementsOf(DirectoryVocabulary.get().authorityTypes());
        List<AuthorityEntry> restrictedWhole = all.stream().filter(e -> e.visibility() == Visibility.RESTRICTED).toList();
        assertThat(restrictedWhole).hasSize(1);
        long withRestrictedField = all.stream().filter(e -> e.visibility() == Visibility.PUBLIC && !repository.restricted(e.id()).isEmpty()).count();
        assertThat(withRestrictedField).isGreaterThanOrEqualTo(2);
        // every restricted value carries the marker, and no public value does
        for (AuthorityEntry e : all) {
            repository.restricted(e.id()).values().forEach(v -> assertThat(v).contains(DirectorySamples.RESTRICTED_MARK));
            if (e.visibility() == Visibility.RESTRICTED) {
                assertThat(e.nameEn()).contains(DirectorySamples.RESTRICTED_MARK);
                e.fields().values().forEach(v -> assertThat(v).contains(DirectorySamples.RESTRICTED_MARK));
            } else {
                assertThat(e.nameEn() + e.nameLocal() + e.fields()).doesNotContain(DirectorySamples.RESTRICTED_MARK);
            }
        }
        assertThat(everythingIndexed()).doesNotContain(DirectorySamples.RESTRICTED_MARK);
        assertThat(solr.query(new SolrQuery(IndexQueries.docType(DocType.AUTHORITY))).getResults().getNumFound())
                .isEqualTo(all.size() - 1);
    }

    @Test
    void importKeepsGoodRowsAsDraftsAndReportsEveryBadRow() throws Exception {
        String csv = """
                state,authority_type,name_en,email,phone,address,restricted
                FRA,extradition,Bureau A,a@example.org,+33 1 00 00 00 01,"1 rue X
                75000 Paris",address
                ZZZ,extradition,Bureau B,b@example.org,,,
                ESP,central-authority-mla,Bureau C,not-an-email,,,
                ITA,smuggling-by-sea,Bureau D,d@example.org,,,fax_number
                GHA,central-authority-mla,Bureau E,,,,
                """;
        ImportReport report = workflow.importDrafts(SubmissionReader.csv(new StringReader(csv)), CONTRIBUTOR);
        assertThat(report.created()).hasSize(2);
        assertThat(report.rejected()).extracting(ImportReport.Rejected::line).containsExactly(4, 5, 6);
        assertThat(report.rejected().get(0).reason()).isEqualTo("state is not a known value");
        assertThat(report.rejected().get(1).reason()).isEqualTo("email is not a valid email address");
        assertThat(report.rejected().get(2).reason()).contains("fax_number");
        assertThat(repository.all()).extracting(AuthorityEntry::nameEn, AuthorityEntry::status).containsExactlyInAnyOrder(
                org.assertj.core.groups.Tuple.tuple("Bureau A", CaseStatus.DRAFT), org.assertj.core.groups.Tuple.tuple("Bureau E", CaseStatus.DRAFT));
        String bureauA = report.created().get(0);
        assertThat(repository.restricted(bureauA)).containsEntry("address", "1 rue X\n75000 Paris");
        assertThatThrownBy(() -> SubmissionReader.csv(new StringReader("state,nmae_en\nFRA,x\n")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("nmae_en");
        String json = """
                [
                  {"state": "CAN", "authority_type": "extradition", "name_en": "Group", "national_laws": ["Act A", "Act B | https://example.org/b"]},
                  {"state": "CAN", "authority_type": "extradition",
                   "name_en": "Bad", "website": "not a url"}
                ]
                """;
        ImportReport fromJson = workflow.importDrafts(SubmissionReader.json(new java.io.ByteArrayInputStream(json.getBytes())), CONTRIBUTOR);
        assertThat(fromJson.created()).hasSize(1);
        assertThat(fromJson.rejected()).containsExactly(new ImportReport.Rejected(3, "website is not a valid http(s) address"));
        assertThat(workflow.get(fromJson.created().get(0)).fields()).containsEntry("national_laws", "Act A\nAct B | https://example.org/b");
    }

    @Test
    void anImportThatFailsWhileWritingLeavesNothing() {
        DirectoryRepository failing = new DirectoryRepository(jdbc) {
            int inserts;

            @Override
            public void insert(String id, AuthorityDraft d, String actor, Instant now) {
                if (++inserts == 2) {
                    throw new IllegalStateException("disk full");
                }
                super.insert(id, d, actor, now);
            }
        };
        DirectoryWorkflow fragile = new DirectoryWorkflow(failing, new DirectoryValidator(taxonomy), audit,
                new AuthorityIndexer(solr, taxonomy), new TransactionTemplate(new DataSourceTransactionManager(dataSource)), clock);
        List<ImportRow> rows = List.of(ImportRow.of(2, valid("FRA", "extradition", Map.of(), Set.of(), Visibility.PUBLIC)),
                ImportRow.of(3, valid("ESP", "extradition", Map.of(), Set.of(), Visibility.PUBLIC)));
        assertThatThrownBy(() -> fragile.importDrafts(rows, CONTRIBUTOR)).hasMessageContaining("disk full");
        assertThat(repository.count()).isZero();
        assertThat(audit.all()).isEmpty();
    }

    @Test
    void theDirectoryIsRebuiltInTheIndexOnlyWhenTheIndexDiffersFromTheDatabase() throws Exception {
        AuthorityEntry open = publish(workflow.create(valid("FRA", "extradition", Map.of(), Set.of(), Visibility.PUBLIC), CONTRIBUTOR));
        publish(workflow.create(valid("ESP", "extradition", Map.of(), Set.of(), Visibility.RESTRICTED), CONTRIBUTOR));
        solr.deleteByQuery(IndexQueries.docType(DocType.AUTHORITY));
        solr.commit();

        assertThat(workflow.reindexIfStale()).as("an index without the directory").isEqualTo(new DirectoryWorkflow.IndexCheck(true, 1));
        Object version = solr.getById(open.id()).getFieldValue("_version_");
        assertThat(workflow.reindexIfStale()).as("the same again").isEqualTo(new DirectoryWorkflow.IndexCheck(false, 1));
        assertThat(solr.getById(open.id()).getFieldValue("_version_")).as("not written again").isEqualTo(version);

        // a unit written by an older indexer (the marker this class wrote before it had a format)
        SolrInputDocument old = new AuthorityIndexer(solr, taxonomy).toSolr(workflow.get(open.id()));
        old.setField(IndexFields.CONTENT_HASH, "directory-v" + open.version());
        solr.add(old);
        solr.commit();
        assertThat(workflow.reindexIfStale().rebuilt()).as("another indexer's unit").isTrue();
        assertThat(solr.getById(open.id()).getFieldValue(IndexFields.CONTENT_HASH)).isEqualTo(AuthorityIndexer.marker(workflow.get(open.id())));

        // a unit the database no longer publishes (an index newer than a restored database)
        SolrInputDocument stray = new AuthorityIndexer(solr, taxonomy).toSolr(workflow.get(open.id()));
        stray.setField(IndexFields.ID, "authority-xxx-stray");
        solr.add(stray);
        solr.commit();
        assertThat(workflow.reindexIfStale().rebuilt()).isTrue();
        assertThat((Object) solr.getById("authority-xxx-stray")).isNull();
        assertThat(workflow.reindexIfStale().rebuilt()).isFalse();
    }

    static Instant monthsAgo(int months) {
        return NOW.atOffset(ZoneOffset.UTC).minusMonths(months).toInstant();
    }

    /** A law's provision as the law versions record it, its State and title in the stored index fields. */
    static void provision(String lawId, String unit, String country, Instant firstSeen, Instant removedOn) {
        String fields = country == null ? "{}" : "{\"" + IndexFields.COUNTRY + "\":\"" + country + "\",\"" + IndexFields.PARENT_TITLE
                + "\":\"Act " + lawId + "\"}";
        versions.insert(new ProvisionVersion(lawId + "#" + unit, 1, lawId, unit, null, "text " + unit, "hash-" + unit, fields,
                firstSeen, removedOn, removedOn == null ? null : ProvisionVersion.Change.REMOVED, null));
    }

    @Test
    void stalenessReportListsStatesNotUpdatedForNMonthsAndItsCsvAgreesWithTheDatabase() throws Exception {
        clock.now = monthsAgo(13);
        AuthorityEntry fra = workflow.create(valid("FRA", "extradition", Map.of(), Set.of(), Visibility.PUBLIC), CONTRIBUTOR);
        AuthorityEntry fra2 = workflow.create(valid("FRA", "central-authority-mla", Map.of(), Set.of(), Visibility.RESTRICTED), CONTRIBUTOR);
        clock.now = monthsAgo(11);
        AuthorityEntry esp = workflow.create(valid("ESP", "extradition", Map.of(), Set.of(), Visibility.PUBLIC), CONTRIBUTOR);
        clock.now = NOW;
        // FRA: entries 13 months old and its law 14; ESP: entries current (11 months) but its law 13 months old;
        // ITA: no entries, a law first seen 20 months ago that lost a provision 11 months ago (a change: current);
        // DEU: a law first seen 11 months ago; a law naming no State counts for none.
        provision("fr-code", "1", "FRA", monthsAgo(14), null);
        provision("es-ley", "1", "ESP", monthsAgo(15), null);
        provision("es-ley", "2", "ESP", monthsAgo(13), null);
        provision("it-legge", "1", "ITA", monthsAgo(20), null);
        provision("it-legge", "2", "ITA", monthsAgo(20), monthsAgo(11));
        provision("de-gesetz", "1", "DEU", monthsAgo(11), null);
        provision("un-model", "1", null, monthsAgo(30), null);

        StalenessReport report = new StalenessReport(repository, versions);
        List<StalenessReport.StaleState> stale = report.stale(StalenessReport.DEFAULT_MONTHS, NOW);
        assertThat(stale).extracting(StalenessReport.StaleState::state).containsExactly("FRA", "ESP");
        assertThat(stale).extracting(StalenessReport.StaleState::stale)
                .containsExactly(StalenessReport.Stale.BOTH, StalenessReport.Stale.LEGISLATION);
        assertThat(stale.get(0).entries()).extracting(AuthorityEntry::id).containsExactlyInAnyOrder(fra.id(), fra2.id());
        assertThat(stale.get(0).directoryUpdated()).isEqualTo(monthsAgo(13));
        assertThat(stale.get(0).legislationUpdated()).isEqualTo(monthsAgo(14));
        assertThat(stale.get(1).entries()).extracting(AuthorityEntry::id).containsExactly(esp.id());
        assertThat(stale.get(1).directoryUpdated()).isEqualTo(monthsAgo(11));
        assertThat(stale.get(1).legislationUpdated()).as("the latest of its provisions").isEqualTo(monthsAgo(13));
        assertThat(stale.get(1).laws()).extracting(ProvisionVersionRepository.LawUpdate::lawId, ProvisionVersionRepository.LawUpdate::title)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("es-ley", "Act es-ley"));
        assertThat(report.stale(10, NOW)).extracting(StalenessReport.StaleState::state, StalenessReport.StaleState::stale)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("FRA", StalenessReport.Stale.BOTH),
                        org.assertj.core.groups.Tuple.tuple("ESP", StalenessReport.Stale.BOTH),
                        org.assertj.core.groups.Tuple.tuple("DEU", StalenessReport.Stale.LEGISLATION),
                        org.assertj.core.groups.Tuple.tuple("ITA", StalenessReport.Stale.LEGISLATION));
        assertThat(report.stale(13, NOW)).as("only FRA's law is more than 13 months old")
                .extracting(StalenessReport.StaleState::state, StalenessReport.StaleState::stale)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("FRA", StalenessReport.Stale.LEGISLATION));
        assertThat(report.stale(14, NOW)).as("exactly 14 months is not more than 14").isEmpty();
        assertThatThrownBy(() -> report.stale(0, NOW)).isInstanceOf(IllegalArgumentException.class);

        StringWriter csv = new StringWriter();
        List<StalenessReport.StaleState> atTen = report.stale(10, NOW);
        StalenessReport.writeCsv(atTen, csv);
        List<CSVRecord> records = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(csv.toString())).getRecords();
        Map<String, AuthorityEntry> db = repository.all().stream().collect(Collectors.toMap(AuthorityEntry::id, e -> e));
        Map<String, Instant> lawDates = lawDatesFromTheDatabase();
        Map<String, String> lawStates = Map.of("fr-code", "FRA", "es-ley", "ESP", "it-legge", "ITA", "de-gesetz", "DEU");
        assertThat(records.stream().filter(r -> r.get("kind").equals("entry")).map(r -> r.get("id"))).containsExactlyInAnyOrderElementsOf(db.keySet());
        assertThat(records.stream().filter(r -> r.get("kind").equals("law")).map(r -> r.get("id"))).containsExactlyInAnyOrderElementsOf(lawStates.keySet());
        for (CSVRecord r : records) {
            String state = r.get("state");
            Instant directoryLatest = db.values().stream().filter(x -> x.state().equals(state)).map(AuthorityEntry::updatedAt)
                    .max(Instant::compareTo).orElse(null);
            Instant legislationLatest = lawStates.entrySet().stream().filter(l -> l.getValue().equals(state)).map(l -> lawDates.get(l.getKey()))
                    .max(Instant::compareTo).orElse(null);
            assertThat(r.get("directory_last_updated")).isEqualTo(directoryLatest == null ? "" : directoryLatest.toString());
            assertThat(r.get("legislation_last_updated")).isEqualTo(legislationLatest == null ? "" : legislationLatest.toString());
            Instant cutoff = monthsAgo(10);
            boolean directoryStale = directoryLatest != null && directoryLatest.isBefore(cutoff);
            boolean legislationStale = legislationLatest != null && legislationLatest.isBefore(cutoff);
            assertThat(r.get("stale")).isEqualTo(directoryStale && legislationStale ? "both" : directoryStale ? "directory" : "legislation");
            if (r.get("kind").equals("entry")) {
                AuthorityEntry e = db.get(r.get("id"));
                assertThat(state).isEqualTo(e.state());
                assertThat(r.get("name")).isEqualTo(e.nameEn());
                assertThat(Instant.parse(r.get("updated_at"))).isEqualTo(e.updatedAt());
            } else {
                assertThat(state).isEqualTo(lawStates.get(r.get("id")));
                assertThat(Instant.parse(r.get("updated_at"))).isEqualTo(lawDates.get(r.get("id")));
            }
        }
    }

    /** Each law's latest change straight from provision_version, as SQL of the test's own. */
    static Map<String, Instant> lawDatesFromTheDatabase() {
        Map<String, Instant> dates = new java.util.HashMap<>();
        jdbc.sql("SELECT law_id, first_seen AS d FROM provision_version UNION ALL"
                + " SELECT law_id, superseded_on AS d FROM provision_version WHERE superseded_on IS NOT NULL").query(rs -> {
                    dates.merge(rs.getString("law_id"), rs.getTimestamp("d").toInstant(), (a, b) -> a.isAfter(b) ? a : b);
                });
        return dates;
    }
}
