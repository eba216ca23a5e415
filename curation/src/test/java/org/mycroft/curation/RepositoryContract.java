package org.mycroft.curation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mycroft.curation.account.AccountRepository;
import org.mycroft.curation.account.LoginThrottle;
import org.mycroft.curation.audit.AuditLog;
import org.mycroft.curation.cases.CaseFields;
import org.mycroft.curation.cases.CaseRecord;
import org.mycroft.curation.cases.CaseRepository;
import org.mycroft.curation.cases.CaseStatus;
import org.mycroft.curation.cases.Provenance;
import org.mycroft.curation.db.CurationDatabase;
import org.mycroft.curation.links.CaseProvisionLinks;
import org.mycroft.curation.tags.TagDecision;
import org.mycroft.curation.tags.TagDecisionRepository;
import org.mycroft.curation.versions.ProvisionVersion;
import org.mycroft.curation.versions.ProvisionVersionRepository;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The repositories against a real database: the same tests run on H2 (the embedded default) and
 * on a real PostgreSQL server, through the same Flyway migrations.
 */
abstract class RepositoryContract {

    static final Instant T0 = Instant.parse("2026-01-02T10:15:30Z");

    JdbcClient jdbc;
    CaseRepository cases;

    abstract DataSource dataSource();

    @BeforeEach
    void migrateAndClean() {
        DataSource ds = dataSource();
        CurationDatabase.migrate(ds);
        jdbc = JdbcClient.create(ds);
        for (String table : List.of("provision_version", "law_state", "audit_entry", "tag_decision", "case_provision", "restricted_field", "cooperation_case", "curator")) {
            jdbc.sql("DELETE FROM " + table).update();
        }
        cases = new CaseRepository(jdbc);
    }

    static CaseFields sample(String title) {
        return new CaseFields(title, "Extradition granted for laundering proceeds of fraud.", "en", "Cour d'appel de Paris",
                "extradition", "ESP", "FRA", "UNTOC", "Article 16", List.of("UNTOC-16", "UNTOC-6"),
                List.of("money-laundering"), List.of("dual-criminality"), 2019, "granted",
                new Provenance("conference-document", "CTOC/COP/2008/CRP.2", "https://example.org/c", "Ministry of Justice",
                        LocalDate.of(2020, 3, 4)));
    }

    @Test
    void storesAndReadsEveryCaseField() {
        cases.insert("c1", sample("Extradition of A."), "alice", T0);
        CaseRecord read = cases.find("c1").orElseThrow();
        assertThat(read.fields()).isEqualTo(sample("Extradition of A."));
        assertThat(read.status()).isEqualTo(CaseStatus.DRAFT);
        assertThat(read.version()).isEqualTo(1);
        assertThat(read.createdAt()).isEqualTo(T0);
        assertThat(read.createdBy()).isEqualTo("alice");
        assertThat(cases.find("missing")).isEmpty();
    }

    @Test
    void staleVersionChangesNothing() {
        cases.insert("c1", sample("First"), "alice", T0);
        assertThat(cases.update("c1", 1, sample("Second"), "bob", T0.plusSeconds(5))).isTrue();
        assertThat(cases.update("c1", 1, sample("Lost"), "carol", T0.plusSeconds(6))).isFalse();
        CaseRecord read = cases.find("c1").orElseThrow();
        assertThat(read.fields().title()).isEqualTo("Second");
        assertThat(read.version()).isEqualTo(2);
        assertThat(read.updatedBy()).isEqualTo("bob");
        assertThat(cases.transition("c1", 1, CaseStatus.IN_REVIEW, null, "bob", T0)).isFalse();
        assertThat(cases.transition("c1", 2, CaseStatus.PUBLISHED, null, "rev", T0.plusSeconds(9))).isTrue();
        read = cases.find("c1").orElseThrow();
        assertThat(read.status()).isEqualTo(CaseStatus.PUBLISHED);
        assertThat(read.publishedAt()).isEqualTo(T0.plusSeconds(9));
        assertThat(cases.withStatus(CaseStatus.PUBLISHED)).extracting(CaseRecord::id).containsExactly("c1");
        assertThat(cases.withStatus(CaseStatus.DRAFT)).isEmpty();
    }

    @Test
    void restrictedFieldsLiveApartFromTheCase() {
        cases.insert("c1", sample("A"), "alice", T0);
        cases.replaceRestricted("c1", Map.of("victims", "Jane Roe", "witnesses", "John Doe", "empty", " "));
        assertThat(cases.restricted("c1")).containsExactlyInAnyOrderEntriesOf(Map.of("victims", "Jane Roe", "witnesses", "John Doe"));
        String everyCaseColumn = jdbc.sql("SELECT * FROM cooperation_case").query().listOfRows().toString();
        assertThat(everyCaseColumn).doesNotContain("Jane Roe").doesNotContain("John Doe");
        cases.replaceRestricted("c1", Map.of("victims", "Jane Roe"));
        assertThat(cases.restricted("c1")).containsOnlyKeys("victims");
    }

    @Test
    void accountsCountFailuresAndLock() {
        AccountRepository accounts = new AccountRepository(jdbc);
        accounts.insert("alice", "{bcrypt}x", Role.REVIEWER, T0);
        assertThat(accounts.count()).isEqualTo(1);
        accounts.recordFailure("alice", 5, LoginThrottle.lockedUntil(5, T0));
        var alice = accounts.find("alice").orElseThrow();
        assertThat(alice.role()).isEqualTo(Role.REVIEWER);
        assertThat(alice.failedLogins()).isEqualTo(5);
        assertThat(alice.lockedAt(T0.plusSeconds(30))).isTrue();
        assertThat(alice.lockedAt(T0.plusSeconds(61))).isFalse();
        accounts.resetFailures("alice");
        assertThat(accounts.find("alice").orElseThrow().failedLogins()).isZero();
    }

    @Test
    void tagDecisionsReplaceEachOtherPerUnitAndTag() {
        TagDecisionRepository tags = new TagDecisionRepository(jdbc);
        assertThat(tags.decide("law-1#art-5", "UNTOC-5", TagDecision.Decision.CONFIRMED, "rev", T0)).isEmpty();
        assertThat(tags.decide("law-1#art-5", "UNTOC-5", TagDecision.Decision.REJECTED, "rev2", T0.plusSeconds(1)))
                .hasValueSatisfying(d -> assertThat(d.decision()).isEqualTo(TagDecision.Decision.CONFIRMED));
        tags.decide("law-1#art-5", "money-laundering", TagDecision.Decision.ADDED, "rev", T0);
        assertThat(tags.forUnit("law-1#art-5")).extracting(TagDecision::tag, TagDecision::decision).containsExactly(
                org.assertj.core.groups.Tuple.tuple("UNTOC-5", TagDecision.Decision.REJECTED),
                org.assertj.core.groups.Tuple.tuple("money-laundering", TagDecision.Decision.ADDED));
    }

    @Test
    void linksAndAuditLog() {
        cases.insert("c1", sample("A"), "alice", T0);
        CaseProvisionLinks links = new CaseProvisionLinks(jdbc);
        assertThat(links.link("c1", "fra-code#art-324-1", "alice", T0)).isTrue();
        assertThat(links.link("c1", "fra-code#art-324-1", "alice", T0)).isFalse();
        assertThat(links.casesCiting("fra-code#art-324-1")).containsExactly("c1");
        assertThat(links.provisionsOf("c1")).containsExactly("fra-code#art-324-1");
        AuditLog audit = new AuditLog(jdbc);
        audit.record(AuditLog.CASE, "c1", "alice", T0, "edit", "title", "Old", "New, \"quoted\"", null);
        audit.record(AuditLog.CASE, "c1", "bob", T0.plusSeconds(1), "status", "status", "draft", "in-review", "=cmd()");
        assertThat(audit.forRecord(AuditLog.CASE, "c1")).extracting("actor").containsExactly("alice", "bob");
        java.io.StringWriter csv = new java.io.StringWriter();
        AuditLog.writeCsv(audit.all(), csv);
        assertThat(csv.toString()).contains("\"New, \"\"quoted\"\"\"").contains("\"'=cmd()\"").startsWith("id,record_type");
    }

    @Test
    void caseSearchFindsTitlesAndIdsAndLeavesArchivedCasesOut() {
        cases.insert("c1", sample("Extradition of A. (100% sure_case)"), "alice", T0);
        cases.insert("c2", sample("Confiscation in B."), "alice", T0.plusSeconds(1));
        cases.insert("c3", sample("Extradition of C."), "alice", T0.plusSeconds(2));
        cases.transition("c3", 1, CaseStatus.ARCHIVED, null, "rev", T0.plusSeconds(3));
        assertThat(cases.search("EXTRADITION", 10)).extracting(CaseRecord::id).containsExactly("c1");
        assertThat(cases.search("c2", 10)).extracting(CaseRecord::id).containsExactly("c2");
        assertThat(cases.search("100%", 10)).extracting(CaseRecord::id).containsExactly("c1");
        assertThat(cases.search("n%b", 10)).as("%% is a character, not a wildcard").isEmpty();
        assertThat(cases.search("o_f", 10)).as("_ is a character, not a wildcard").isEmpty();
        assertThat(cases.search("e_c", 10)).extracting(CaseRecord::id).containsExactly("c1");
        assertThat(cases.search("n", 1)).hasSize(1);
        assertThat(cases.search("nothing like it", 10)).isEmpty();
    }

    static ProvisionVersion version(String unitId, int n, String text, Instant seen) {
        return new ProvisionVersion(unitId, n, "law-1", "5", "Laundering", text, "hash-" + text.hashCode(),
                "{\"id\":\"" + unitId + "\",\"text_en\":\"" + text + "\"}", seen, null, null, null);
    }

    @Test
    void provisionVersionsKeepEveryTextWithTheOneInForce() {
        ProvisionVersionRepository versions = new ProvisionVersionRepository(jdbc);
        String longText = "Every person who converts property. ".repeat(3000); // beyond any VARCHAR of the other tables
        versions.insert(version("law-1_section-5", 1, longText, T0));
        versions.insert(version("law-1_section-6", 1, "Extradition.", T0));
        assertThat(versions.lastVersion("law-1_section-5")).isEqualTo(1);
        assertThat(versions.lastVersion("nothing")).isZero();
        assertThat(versions.inForce("law-1")).containsOnlyKeys("law-1_section-5", "law-1_section-6");

        assertThat(versions.supersede("law-1_section-5", 1, T0.plusSeconds(60), ProvisionVersion.Change.CHANGED, "Act No. 12 of 2024")).isTrue();
        assertThat(versions.supersede("law-1_section-5", 1, T0.plusSeconds(90), ProvisionVersion.Change.REMOVED, null))
                .as("a superseded version stays as it was").isFalse();
        versions.insert(version("law-1_section-5", 2, "Every person who converts or transfers property.", T0.plusSeconds(60)));
        versions.supersede("law-1_section-6", 1, T0.plusSeconds(60), ProvisionVersion.Change.REMOVED, null);

        List<ProvisionVersion> history = versions.history("law-1_section-5");
        assertThat(history).extracting(ProvisionVersion::version).containsExactly(1, 2);
        ProvisionVersion old = history.getFirst();
        assertThat(old.text()).isEqualTo(longText);
        assertThat(old.inForce()).isFalse();
        assertThat(old.supersededOn()).isEqualTo(T0.plusSeconds(60));
        assertThat(old.change()).isEqualTo(ProvisionVersion.Change.CHANGED);
        assertThat(old.amendedBy()).isEqualTo("Act No. 12 of 2024");
        assertThat(old.indexId()).isEqualTo("law-1_section-5__v1");
        assertThat(history.get(1).inForce()).isTrue();
        assertThat(versions.inForce("law-1")).containsOnlyKeys("law-1_section-5");
        assertThat(versions.superseded()).extracting(ProvisionVersion::indexId)
                .containsExactly("law-1_section-5__v1", "law-1_section-6__v1");
        assertThat(versions.find("law-1_section-6", 1)).hasValueSatisfying(v -> assertThat(v.change()).isEqualTo(ProvisionVersion.Change.REMOVED));

        versions.refresh("law-1_section-5", 2, "Laundering", "Re-read text.", "h2", "{}");
        assertThat(versions.find("law-1_section-5", 2)).hasValueSatisfying(v -> assertThat(v.text()).isEqualTo("Re-read text."));
    }

    @Test
    void lawStatesAreReplacedPerLaw() {
        ProvisionVersionRepository versions = new ProvisionVersionRepository(jdbc);
        versions.saveLawState("law-1", new ProvisionVersionRepository.LawState("abc", T0), T0);
        versions.saveLawState("law-1", new ProvisionVersionRepository.LawState("def", T0.plusSeconds(5)), T0.plusSeconds(5));
        versions.saveLawState("law-2", new ProvisionVersionRepository.LawState("ghi", null), T0);
        assertThat(versions.lawStates()).containsOnlyKeys("law-1", "law-2");
        assertThat(versions.lawStates().get("law-1")).isEqualTo(new ProvisionVersionRepository.LawState("def", T0.plusSeconds(5)));
        assertThat(versions.lawStates().get("law-2").ingestedAt()).isNull();
    }

    @Test
    void lawUpdatesDateEachLawByTheLatestChangeOfItsTextWithItsStateFromTheStoredFields() {
        ProvisionVersionRepository versions = new ProvisionVersionRepository(jdbc);
        String fra = "{\"country\":\"FRA\",\"parent_title\":\"Code pénal\",\"title\":\"Article 1\"}";
        versions.insert(new ProvisionVersion("fr_a", 1, "fr", "a", null, "A.", "ha", fra, T0, null, null, null));
        versions.insert(new ProvisionVersion("fr_b", 1, "fr", "b", null, "B.", "hb", fra, T0.plusSeconds(10), null, null, null));
        // ESP's law lost a provision after its last new text: the removal is its latest change
        String esp = "{\"country\":\"ESP\",\"title\":\"Ley 1\"}";
        versions.insert(new ProvisionVersion("es_a", 1, "es", "a", null, "A.", "ha", esp, T0, null, null, null));
        versions.insert(new ProvisionVersion("es_b", 1, "es", "b", null, "B.", "hb", esp, T0, null, null, null));
        versions.supersede("es_b", 1, T0.plusSeconds(500), ProvisionVersion.Change.REMOVED, null);
        versions.insert(new ProvisionVersion("un_a", 1, "un", "a", null, "A.", "ha", "{\"title\":\"Model law\"}", T0, null, null, null));

        assertThat(versions.lawUpdates()).containsExactly(
                new ProvisionVersionRepository.LawUpdate("es", "ESP", "Ley 1", T0.plusSeconds(500)),
                new ProvisionVersionRepository.LawUpdate("fr", "FRA", "Code pénal", T0.plusSeconds(10)));
    }
}
