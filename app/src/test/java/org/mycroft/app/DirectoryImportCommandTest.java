package org.mycroft.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mycroft.curation.audit.AuditLog;
import org.mycroft.curation.cases.CaseStatus;
import org.mycroft.curation.db.CurationDatabase;
import org.mycroft.curation.directory.AuthorityEntry;
import org.mycroft.curation.directory.DirectoryRepository;
import org.springframework.jdbc.core.simple.JdbcClient;

/** {@code mycroft directory import FILE}: good rows become drafts, every bad row is reported with its line and reason. */
class DirectoryImportCommandTest {

    @TempDir
    Path data;

    record Run(int exit, String out, String err) {}

    private Run run(String... args) {
        PrintStream out = System.out;
        PrintStream err = System.err;
        ByteArrayOutputStream o = new ByteArrayOutputStream();
        ByteArrayOutputStream e = new ByteArrayOutputStream();
        System.setOut(new PrintStream(o, true, StandardCharsets.UTF_8));
        System.setErr(new PrintStream(e, true, StandardCharsets.UTF_8));
        try {
            int exit = MycroftCommand.commandLine().execute(args);
            return new Run(exit, o.toString(StandardCharsets.UTF_8), e.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(out);
            System.setErr(err);
        }
    }

    private List<AuthorityEntry> entries() throws Exception {
        DataSource ds = CurationDatabase.open(CurationDatabase.h2Url(data), "sa", "");
        try {
            CurationDatabase.migrate(ds);
            return new DirectoryRepository(JdbcClient.create(ds)).all();
        } finally {
            ((AutoCloseable) ds).close();
        }
    }

    @Test
    void importsGoodRowsAsDraftsAndReportsEachBadRow() throws Exception {
        Path csv = data.resolve("submission-fra.csv");
        Files.writeString(csv, """
                state,authority_type,name_en,email,website,phone,restricted,urgent_procedure
                FRA,extradition,Bureau de l'extradition,bureau@example.org,https://example.org,+33 1 00 00 00 01,urgent_procedure,Call the duty desk
                FRA,extradition,,bureau@example.org,,,,
                FRA,central-authority-mla,Bureau MLA,bureau@,http//bad,+33 1,,
                FRA,firearms-contact-point,Point de contact,,,,,
                """);
        Run run = run("directory", "import", csv.toString(), "--by", "secretariat", "--data", data.toString());
        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.err()).contains("submission-fra.csv:3: name_en is required")
                .contains("submission-fra.csv:4: phone is not a valid phone number; email is not a valid email address;"
                        + " website is not a valid http(s) address");
        assertThat(run.out()).contains("Imported 2 of 4 entries as drafts; 2 refused");
        List<AuthorityEntry> stored = entries();
        assertThat(stored).extracting(AuthorityEntry::nameEn).containsExactlyInAnyOrder("Bureau de l'extradition", "Point de contact");
        assertThat(stored).allSatisfy(e -> {
            assertThat(e.status()).isEqualTo(CaseStatus.DRAFT);
            assertThat(e.createdBy()).isEqualTo("secretariat");
        });
        assertThat(stored.stream().filter(e -> e.nameEn().startsWith("Bureau")).findFirst().orElseThrow().fields())
                .containsEntry("phone_e164", "+33100000001").doesNotContainKey("urgent_procedure");
        DataSource ds = CurationDatabase.open(CurationDatabase.h2Url(data), "sa", "");
        try {
            assertThat(new AuditLog(JdbcClient.create(ds)).all()).extracting(a -> a.recordType()).containsOnly(AuditLog.AUTHORITY);
        } finally {
            ((AutoCloseable) ds).close();
        }
    }

    @Test
    void anUnreadableFileImportsNothing() throws Exception {
        Path csv = data.resolve("typo.csv");
        Files.writeString(csv, "state,nmae_en\nFRA,Bureau\n");
        Run run = run("directory", "import", csv.toString(), "--data", data.toString());
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).contains("Unknown column(s) [nmae_en]");
        Path json = data.resolve("entries.json");
        Files.writeString(json, "{\"state\": \"FRA\"}");
        assertThat(run("directory", "import", json.toString(), "--data", data.toString()).exit()).isEqualTo(2);
        assertThat(entries()).isEmpty();
    }
}
