package org.mycroft.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import javax.sql.DataSource;
import org.apache.solr.client.solrj.SolrQuery;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mycroft.core.solr.SolrConnection;
import org.mycroft.core.solr.SolrSettings;
import org.mycroft.curation.db.CurationDatabase;
import org.mycroft.curation.tags.TagDecision;
import org.mycroft.curation.tags.TagDecisionRepository;
import org.springframework.jdbc.core.simple.JdbcClient;

/** {@code retag} keeps a reviewer's rejection while the rules run again; {@code bench tagging --curated} scores the rules on it. */
class RetagAndCuratedBenchTest {

    private static String run(String... args) {
        PrintStream saved = System.out;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        try {
            assertThat(MycroftCommand.commandLine().execute(args)).as(String.join(" ", args)).isZero();
        } finally {
            System.setOut(saved);
        }
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void retagKeepsDecisionsAndTheCuratedBenchCountsARejectedSuggestionAsAFalsePositive(@TempDir Path tmp) throws Exception {
        Path docs = Files.createDirectories(tmp.resolve("docs"));
        Files.writeString(docs.resolve("law.txt"), """
                Organised Crime Act (fictional)
                Section 1. Laundering
                Every person who converts property knowing that it is the proceeds of crime, for the purpose of concealing its illicit origin, commits the offence of money laundering.
                """);
        Path data = tmp.resolve("data");
        run("ingest", "--data", data.toString(), docs.toString());
        String unit;
        try (SolrConnection solr = SolrConnection.open(SolrSettings.embedded(data))) {
            unit = (String) solr.client().query(new SolrQuery("articles:\"UNTOC-6\" AND parent_id:law")).getResults()
                    .getFirst().getFieldValue("id");
        }
        DataSource ds = CurationDatabase.open(CurationDatabase.h2Url(data), "sa", "");
        try {
            CurationDatabase.migrate(ds);
            TagDecisionRepository decisions = new TagDecisionRepository(JdbcClient.create(ds));
            decisions.decide(unit, "UNTOC-6", TagDecision.Decision.REJECTED, "rev", Instant.now());
            decisions.decide(unit, "money-laundering", TagDecision.Decision.CONFIRMED, "rev", Instant.now());
        } finally {
            ((AutoCloseable) ds).close();
        }

        String retag = run("retag", "--data", data.toString());
        assertThat(retag).contains("Retag:").contains("1 unit(s) with reviewers' decisions kept");
        try (SolrConnection solr = SolrConnection.open(SolrSettings.embedded(data))) {
            var doc = solr.client().query(new SolrQuery("id:\"" + unit + "\"")).getResults().getFirst();
            assertThat(java.util.Objects.requireNonNullElse(doc.getFieldValues("articles"), java.util.List.of())).doesNotContain("UNTOC-6");
            assertThat(doc.getFieldValues("tags_confirmed")).contains("money-laundering");
        }

        String bench = run("bench", "tagging", "--curated", "--data", data.toString());
        assertThat(bench).contains("Curated decisions: 1 unit(s), TP 1, FP 1, FN 0, precision 0.500, recall 1.000");
    }
}
