package org.mycroft.web;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.solr.client.solrj.SolrClient;
import org.mycroft.core.taxonomy.Taxonomy;
import org.mycroft.curation.directory.DirectoryWorkflow;
import org.mycroft.ingest.pipeline.IngestOptions;
import org.mycroft.ingest.pipeline.IngestPipeline;
import org.mycroft.ingest.pipeline.IngestProgress;
import org.mycroft.ingest.pipeline.IngestReport;
import org.mycroft.ingest.pipeline.SampleCorpusLoader;
import org.mycroft.ingest.source.DocumentFiles;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;

/**
 * The portal as the app module will run it, for the frontend tests: the sample corpus plus one
 * hostile test document (markup in its text and metadata) are indexed once, before any test.
 */
@SpringBootApplication(scanBasePackages = "org.mycroft")
public class TestPortalApplication {

    /** Id of the test document whose text and metadata carry markup that must be escaped. */
    public static final String ESCAPING_DOCUMENT = "test-escaping-case";
    private static final List<String> TEST_FILES = List.of("escaping-test-case.txt", "escaping-test-case.txt.json");

    @Bean
    ApplicationRunner indexTestCorpus(SolrClient solr, Taxonomy taxonomy, @Value("${mycroft.data-dir}") Path dataDir,
            DirectoryWorkflow directory) {
        return args -> {
            if (!SampleCorpusLoader.indexIsEmpty(solr)) {
                return;
            }
            // the sample directory, as the app seeds it on a first start (its restricted values carry RESTRICTED-SAMPLE)
            directory.seedSamplesIfEmpty();
            IngestReport samples = SampleCorpusLoader.load(solr, taxonomy, dataDir.resolve("work"), IngestProgress.SILENT);
            if (!samples.failures().isEmpty()) {
                throw new IllegalStateException("Sample corpus failed to index: " + samples.failures());
            }
            Path dir = copyTestDocuments(dataDir.resolve("test-documents"));
            try (IngestPipeline pipeline = IngestPipeline.create(solr, taxonomy)) {
                IngestReport report = pipeline.ingest(DocumentFiles.list(List.of(dir)), IngestOptions.DEFAULT, IngestProgress.SILENT);
                if (!report.failures().isEmpty() || report.indexed() != 1) {
                    throw new IllegalStateException("Test document failed to index: " + report);
                }
            }
        };
    }

    private static Path copyTestDocuments(Path dir) throws IOException {
        Files.createDirectories(dir);
        for (String name : TEST_FILES) {
            try (InputStream in = TestPortalApplication.class.getResourceAsStream("/test-documents/" + name)) {
                if (in == null) {
                    throw new IOException("Missing test resource " + name);
                }
                Files.copy(in, dir.resolve(name));
            }
        }
        return dir;
    }
}
