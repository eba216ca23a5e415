package org.mycroft.ingest.harvest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
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
import org.mycroft.ingest.extraction.DocumentFormats;
import org.mycroft.ingest.pipeline.IngestOptions;
import org.mycroft.ingest.pipeline.IngestPipeline;
import org.mycroft.ingest.pipeline.IngestProgress;
import org.mycroft.ingest.pipeline.IngestReport;
import org.mycroft.ingest.source.DocumentFiles;

/**
 * Harvest with the default policy accepts every format ingest reads: Markdown statutes (served as
 * text/markdown, or as text/plain from a .md URL) and RTF are fetched over loopback, indexed, and
 * indexed without their markup.
 */
class HarvestFormatsTest {

    private static final String[] STATES = {"Arcadia", "Borduria", "Carpania", "Dorne", "Elbonia", "Freedonia", "Genovia", "Holmia"};

    @Test
    void defaultAcceptListsEveryFormatTheExtractorReads() {
        assertThat(FetchPolicy.DEFAULT.accept()).contains("text/markdown", "application/vnd.oasis.opendocument.text",
                "application/rtf", "application/pdf", "text/html", "application/zip");
        for (DocumentFormats.Format format : DocumentFormats.ALL) {
            assertThat(FetchPolicy.DEFAULT.accept()).containsAll(format.mediaTypes());
            assertThat(FileNames.extension(format.mediaTypes().getFirst(), java.net.URI.create("http://x.example/get")))
                    .isEqualTo(format.extension());
        }
    }

    @Test
    void markdownAndRtfStatutesAreHarvestedAndIndexedWithoutMarkup(@TempDir Path tmp) throws Exception {
        Path site = Files.createDirectories(tmp.resolve("site"));
        Path data = tmp.resolve("data");
        try (TestServer server = new TestServer();
                SolrConnection solr = SolrConnection.open(SolrSettings.embedded(data));
                IngestPipeline pipeline = IngestPipeline.create(solr.client(), Taxonomy.load())) {
            List<String> urls = new ArrayList<>();
            for (int i = 0; i < STATES.length; i++) {
                Path file = Files.writeString(site.resolve("act-" + i + ".md"), markdownStatute(STATES[i]), StandardCharsets.UTF_8);
                // One server labels Markdown as plain text: the URL's extension still marks it as Markdown.
                String type = i == 0 ? "text/plain; charset=utf-8" : "text/markdown; charset=utf-8";
                server.file("/laws/act-" + i + ".md", file, type, true);
                urls.add(server.url("/laws/act-" + i + ".md").toString());
            }
            Path rtf = Files.writeString(site.resolve("decree.rtf"), """
                    {\\rtf1\\ansi\\deff0 {\\fonttbl {\\f0 Times;}}
                    {\\b Decree on the Proceeds of Crime (fictional)}\\par
                    Article 1. Whoever converts property knowing that it is the proceeds of crime commits money laundering.\\par
                    Article 2. The court orders the confiscation of the proceeds of crime.\\par
                    }
                    """, StandardCharsets.US_ASCII);
            server.file("/laws/decree", rtf, "application/rtf", true);
            urls.add(server.url("/laws/decree").toString());
            HarvestSources sources = HarvestSources.parse("""
                    sources:
                      - name: statutes
                        urls: [%s]
                        licence: Public domain (fictional test laws)
                        doc_type: legislation
                    """.formatted(String.join(", ", urls)), "sources.yaml");

            HarvestReport harvest = new Harvester(data.resolve("harvest"), Clock.systemUTC()).harvest(sources);
            IngestReport ingest = pipeline.ingest(DocumentFiles.list(harvest.files()), IngestOptions.DEFAULT, IngestProgress.SILENT);

            assertThat(harvest.failures()).as("nothing refused by the default accept list").isEmpty();
            assertThat(harvest.fetched()).hasSize(STATES.length + 1);
            assertThat(ingest.failures()).isEmpty();
            assertThat(ingest.indexed()).isEqualTo(STATES.length + 1);
            SolrDocumentList units = solr.client().query(new SolrQuery("parent_id:statutes-*").setRows(1000)).getResults();
            assertThat(units.stream().map(u -> u.getFieldValue("parent_id")).distinct()).hasSize(STATES.length + 1);
            for (SolrDocument unit : units) {
                for (String field : IndexFields.TEXT_FIELDS) {
                    if (unit.getFieldValue(field) != null) {
                        assertThat(String.valueOf(unit.getFieldValue(field))).doesNotContain("##", "**", "{\\rtf", "\\par");
                    }
                }
            }
            assertThat(units).as("the RTF decree's provisions are indexed with their text")
                    .anySatisfy(u -> {
                        assertThat(u.getFieldValue("parent_id")).isEqualTo("statutes-decree");
                        assertThat(String.valueOf(u.getFieldValue(IndexFields.TEXT_EN))).contains("commits money laundering");
                    });
        }
    }

    private static String markdownStatute(String state) {
        return """
                # Organized Crime Act of %s (fictional)

                ## Article 1. Participation in an organized criminal group

                Whoever **knowingly** takes part in the criminal activities of an organized criminal group
                shall be punished by imprisonment of up to ten years.

                ## Article 2. Laundering of proceeds of crime

                Whoever converts or transfers property, knowing that such property is the *proceeds of crime*,
                commits the offence of money laundering.
                """.formatted(state);
    }
}
