package org.mycroft.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.solr.client.solrj.SolrQuery;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.mycroft.core.solr.SolrConnection;
import org.mycroft.core.solr.SolrSettings;

/** The command line, run in-process exactly as the jar runs it (minus System.exit). */
class MycroftCommandTest {

    @ParameterizedTest
    @ValueSource(strings = {"serve", "ingest", "harvest", "reindex", "tag", "bench", "bench retrieval", "bench search", "solr", "solr upload-configset", "solr create-collection"})
    void everyCommandHasHelp(String command) {
        CommandRun run = CommandRun.of((command + " --help").split(" "));
        assertThat(run.exit()).isZero();
        assertThat(run.out()).contains("Usage: mycroft " + command);
    }

    @Test
    void ingestIndexesGoodFilesReportsBadOnesAndExitsOne(@TempDir Path tmp) throws Exception {
        Path docs = Files.createDirectories(tmp.resolve("docs"));
        Files.writeString(docs.resolve("law.txt"), """
                Organised Crime Act (fictional)
                Section 1. Participation
                Every person who participates in an organized criminal group commits an offence.
                Section 2. Laundering
                Every person who launders the proceeds of crime commits an offence.
                """);
        Files.write(docs.resolve("broken.docx"), new byte[] {'P', 'K', 3, 4, 0, 0, 1, 2, 3});
        Path data = tmp.resolve("data");

        CommandRun run = CommandRun.of("ingest", "--data", data.toString(), docs.toString());

        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.out()).contains("Indexed 1 file(s) as 2 unit(s)").contains("FAILED broken.docx");
        try (SolrConnection solr = SolrConnection.open(SolrSettings.embedded(data))) {
            assertThat(solr.client().query(new SolrQuery("parent_id:law")).getResults().getNumFound()).isEqualTo(2);
        }
        assertThat(Files.readString(data.resolve("sources.txt"))).contains(docs.toString());

        CommandRun again = CommandRun.of("reindex", "--data", data.toString());
        assertThat(again.out()).contains("Indexed 1 file(s) as 2 unit(s), 0 unchanged");
    }

    @Test
    void tagPrintsOneJsonObjectPerUnitWithEvidence(@TempDir Path tmp) throws Exception {
        Path law = Files.writeString(tmp.resolve("law.txt"), """
                Section 1. Money laundering
                Every person who converts property knowing that it is the proceeds of crime, for the purpose of concealing its illicit origin, commits the offence of money laundering.
                Section 2. Extradition
                A person may be surrendered to a foreign State under an extradition treaty.
                """);
        CommandRun run = CommandRun.of("tag", "--json", law.toString());
        assertThat(run.exit()).isZero();
        String[] lines = run.out().strip().split("\n");
        assertThat(lines).hasSize(2);
        JsonNode first = new ObjectMapper().readTree(lines[0]);
        for (String field : new String[] {"source", "unit", "title", "language", "country", "doc_type", "articles",
                "crime_types", "cross_cutting", "evidence"}) {
            assertThat(first.has(field)).as(field).isTrue();
        }
        assertThat(first.get("crime_types").toString()).contains("money-laundering");
        assertThat(first.get("articles").toString()).contains("UNTOC-6");
        JsonNode evidence = first.get("evidence").get(0);
        assertThat(evidence.get("start").asInt()).isLessThan(evidence.get("end").asInt());

        CommandRun whole = CommandRun.of("tag", "--json", "--whole", law.toString());
        assertThat(whole.out().strip().split("\n")).hasSize(1);
    }

    @Test
    void aMissingFolderIsOneClearLineAndExitCodeTwo(@TempDir Path tmp) {
        CommandRun run = CommandRun.of("ingest", "--data", tmp.resolve("data").toString(), tmp.resolve("no-such-folder").toString());
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).contains("mycroft ingest: No such file or folder").doesNotContain("\tat ");
    }
}
