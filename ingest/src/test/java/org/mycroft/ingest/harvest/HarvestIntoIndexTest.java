package org.mycroft.ingest.harvest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import org.apache.solr.client.solrj.SolrQuery;
import org.apache.solr.common.SolrDocument;
import org.apache.solr.common.SolrDocumentList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mycroft.core.index.IndexFields;
import org.mycroft.core.solr.SolrConnection;
import org.mycroft.core.solr.SolrSettings;
import org.mycroft.core.taxonomy.Taxonomy;
import org.mycroft.ingest.TestFiles;
import org.mycroft.ingest.pipeline.IngestOptions;
import org.mycroft.ingest.pipeline.IngestPipeline;
import org.mycroft.ingest.pipeline.IngestProgress;
import org.mycroft.ingest.pipeline.IngestReport;
import org.mycroft.ingest.source.DocumentFiles;

/** Harvest from a local server, then index what was harvested into an embedded Solr. */
class HarvestIntoIndexTest {

    @Test
    void harvestedDocumentsAreIndexedWithTheirSourceUrlAndLicence(@TempDir Path tmp) throws Exception {
        Path site = Files.createDirectories(tmp.resolve("site"));
        TestFiles.pdf(site.resolve("mla.pdf"), "Mutual Legal Assistance Act", "Mutual Legal Assistance Act (fictional)",
                "Section 1. Requests from foreign States",
                "The central authority receives requests for mutual legal assistance in criminal matters.",
                "Section 2. Search and seizure",
                "A judge may issue a search warrant to execute a request from a foreign State.");
        Path data = tmp.resolve("data");
        try (TestServer server = new TestServer();
                SolrConnection solr = SolrConnection.open(SolrSettings.embedded(data));
                IngestPipeline pipeline = IngestPipeline.create(solr.client(), Taxonomy.load())) {
            server.file("/acts/mla.pdf", site.resolve("mla.pdf"), "application/pdf", true);
            HarvestSources sources = HarvestSources.parse("""
                    sources:
                      - name: canada-acts
                        urls: [%s]
                        licence: Open Government Licence – Canada
                        country: CAN
                        doc_type: legislation
                    """.formatted(server.url("/acts/mla.pdf")), "sources.yaml");
            Harvester harvester = new Harvester(data.resolve("harvest"), Clock.systemUTC());

            HarvestReport harvest = harvester.harvest(sources);
            IngestReport ingest = pipeline.ingest(DocumentFiles.list(harvest.files()), IngestOptions.DEFAULT, IngestProgress.SILENT);

            assertThat(harvest.fetched()).hasSize(1);
            assertThat(ingest.failures()).isEmpty();
            assertThat(ingest.indexed()).isEqualTo(1);
            SolrDocumentList units = solr.client().query(new SolrQuery("parent_id:canada-acts-mla").setRows(10)).getResults();
            assertThat(units).isNotEmpty();
            for (SolrDocument unit : units) {
                assertThat(unit.getFieldValue(IndexFields.SOURCE_URL)).isEqualTo(server.url("/acts/mla.pdf").toString());
                assertThat(unit.getFieldValue(IndexFields.LICENCE)).isEqualTo("Open Government Licence – Canada");
                assertThat(unit.getFieldValue(IndexFields.RETRIEVED_AT)).as("retrieval time indexed").isInstanceOf(java.util.Date.class);
                assertThat(unit.getFieldValue(IndexFields.COUNTRY)).isEqualTo("CAN");
            }

            // Nothing changed on the server: the harvest downloads nothing and the ingest re-reads nothing.
            HarvestReport again = harvester.harvest(sources);
            IngestReport reingest = pipeline.ingest(DocumentFiles.list(again.files()), IngestOptions.DEFAULT, IngestProgress.SILENT);
            assertThat(again.unchanged()).hasSize(1);
            assertThat(again.bytes()).isZero();
            assertThat(reingest.indexed()).isZero();
            assertThat(reingest.unchanged()).isEqualTo(1);
            // The whole harvest folder, as reindex would read it, gives the same ids.
            assertThat(DocumentFiles.list(List.of(harvester.filesRoot()))).singleElement()
                    .satisfies(f -> assertThat(f.defaultId()).isEqualTo("canada-acts-mla"));
        }
    }
}
