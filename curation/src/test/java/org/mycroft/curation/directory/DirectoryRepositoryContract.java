package org.mycroft.curation.directory;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mycroft.curation.cases.CaseStatus;
import org.mycroft.curation.cases.Provenance;
import org.mycroft.curation.db.CurationDatabase;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The directory repository against a real database: the repository tests of the curation module
 * ({@code H2RepositoryTest}, {@code PostgresRepositoryTest}) implement this interface, so the same
 * tests run on H2 and on a real PostgreSQL server.
 */
public interface DirectoryRepositoryContract {

    Instant T0 = Instant.parse("2026-01-02T10:15:30Z");
    String SECRET = "RESTRICTED-SAMPLE secret line";

    DataSource dataSource();

    default JdbcClient jdbc() {
        return JdbcClient.create(dataSource());
    }

    default DirectoryRepository repository() {
        return new DirectoryRepository(jdbc());
    }

    @BeforeEach
    default void migrateAndCleanDirectory() {
        CurationDatabase.migrate(dataSource());
        for (String table : List.of("authority_restricted_field", "authority_field", "authority_entry")) {
            jdbc().sql("DELETE FROM " + table).update();
        }
    }

    private static AuthorityDraft draft(String state, String type, String name, Visibility visibility) {
        return new AuthorityDraft(state, type, name, "Nom local de " + name, visibility, Map.of(), Set.of(),
                new Provenance("state-submission", "NV/2026/1", "https://example.org/nv", "Permanent Mission", java.time.LocalDate.of(2026, 1, 1)));
    }

    /** Stores an entry with public guidance and restricted requirements, then publishes it. */
    private void published(String id, AuthorityDraft d, String guidance) {
        DirectoryRepository repository = repository();
        repository.insert(id, d, "alice", T0);
        repository.replaceFields(id, Map.of("guidance", guidance, "phone", "+33 1 00 00 00 01", "phone_e164", "+33100000001"),
                Map.of("requirements", SECRET));
        assertThat(repository.transition(id, 1, CaseStatus.PUBLISHED, null, "rev", T0.plusSeconds(60))).isTrue();
    }

    @Test
    default void storesEveryFieldAndKeepsRestrictedOnesApart() {
        DirectoryRepository repository = repository();
        AuthorityDraft d = draft("FRA", "extradition", "Extradition Unit", Visibility.PUBLIC);
        published("a1", d, "How to send a request");
        AuthorityEntry read = repository.find("a1").orElseThrow();
        assertThat(read.state()).isEqualTo("FRA");
        assertThat(read.authorityType()).isEqualTo("extradition");
        assertThat(read.nameLocal()).isEqualTo("Nom local de Extradition Unit");
        assertThat(read.provenance()).isEqualTo(d.provenance());
        assertThat(read.status()).isEqualTo(CaseStatus.PUBLISHED);
        assertThat(read.publishedAt()).isEqualTo(T0.plusSeconds(60));
        assertThat(read.version()).isEqualTo(2);
        assertThat(read.fields()).containsEntry("phone_e164", "+33100000001").containsEntry("guidance", "How to send a request")
                .doesNotContainKey("requirements");
        assertThat(repository.restricted("a1")).containsExactly(Map.entry("requirements", SECRET));
        JdbcClient jdbc = jdbc();
        String publicTables = jdbc.sql("SELECT * FROM authority_entry").query().listOfRows().toString()
                + jdbc.sql("SELECT * FROM authority_field").query().listOfRows();
        assertThat(publicTables).doesNotContain("RESTRICTED-SAMPLE");
    }

    @Test
    default void publicReadersNeverReachRestrictedEntriesOrFields() {
        DirectoryRepository repository = repository();
        published("open", draft("FRA", "extradition", "Open Unit", Visibility.PUBLIC), "public guidance on seizures");
        published("closed", draft("FRA", "smuggling-by-sea", "Closed Cell", Visibility.RESTRICTED), "closed guidance");
        repository.insert("draft", draft("FRA", "extradition", "Draft Unit", Visibility.PUBLIC), "alice", T0);

        assertThat(repository.search(DirectoryQuery.ALL, Access.PUBLIC)).extracting(AuthorityEntry::id).containsExactly("open");
        assertThat(repository.search(DirectoryQuery.ALL, Access.AUTHORISED)).extracting(AuthorityEntry::id)
                .containsExactlyInAnyOrder("open", "closed");
        assertThat(repository.findPublished("closed", Access.PUBLIC)).isEmpty();
        assertThat(repository.findPublished("closed", Access.AUTHORISED)).isPresent();
        assertThat(repository.findPublished("draft", Access.AUTHORISED)).isEmpty();
        // text search: a restricted value is a match only for authorised readers
        DirectoryQuery secret = new DirectoryQuery(List.of(), List.of(), "secret");
        assertThat(repository.search(secret, Access.PUBLIC)).isEmpty();
        assertThat(repository.search(new DirectoryQuery(List.of(), List.of(), "restricted-sample line"), Access.AUTHORISED))
                .extracting(AuthorityEntry::id).containsExactlyInAnyOrder("open", "closed");
        assertThat(repository.search(new DirectoryQuery(List.of(), List.of(), "SEIZURES guidance"), Access.PUBLIC))
                .extracting(AuthorityEntry::id).containsExactly("open");
        assertThat(repository.search(new DirectoryQuery(List.of(), List.of(), "100%_"), Access.PUBLIC)).isEmpty();
    }

    @Test
    default void filtersByStateAndType() {
        DirectoryRepository repository = repository();
        published("f", draft("FRA", "extradition", "F", Visibility.PUBLIC), "g");
        published("e", draft("ESP", "central-authority-mla", "E", Visibility.PUBLIC), "g");
        assertThat(repository.search(new DirectoryQuery(List.of("ESP", "ITA"), List.of(), null), Access.PUBLIC))
                .extracting(AuthorityEntry::id).containsExactly("e");
        assertThat(repository.search(new DirectoryQuery(List.of(), List.of("extradition"), null), Access.PUBLIC))
                .extracting(AuthorityEntry::id).containsExactly("f");
        assertThat(repository.search(new DirectoryQuery(List.of("FRA"), List.of("central-authority-mla"), null), Access.PUBLIC)).isEmpty();
    }

    @Test
    default void staleEntryVersionChangesNothing() {
        DirectoryRepository repository = repository();
        repository.insert("a1", draft("FRA", "extradition", "First", Visibility.PUBLIC), "alice", T0);
        assertThat(repository.update("a1", 1, draft("FRA", "extradition", "Second", Visibility.PUBLIC), "bob", T0.plusSeconds(5))).isTrue();
        assertThat(repository.update("a1", 1, draft("FRA", "extradition", "Lost", Visibility.PUBLIC), "carol", T0.plusSeconds(6))).isFalse();
        AuthorityEntry read = repository.find("a1").orElseThrow();
        assertThat(read.nameEn()).isEqualTo("Second");
        assertThat(read.updatedBy()).isEqualTo("bob");
        assertThat(read.updatedAt()).isEqualTo(T0.plusSeconds(5));
    }
}
