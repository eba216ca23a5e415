package org.mycroft.api;

import java.nio.file.Path;
import org.apache.solr.client.solrj.SolrClient;
import org.mycroft.core.taxonomy.Taxonomy;
import org.mycroft.ingest.pipeline.IngestProgress;
import org.mycroft.ingest.pipeline.IngestReport;
import org.mycroft.ingest.pipeline.SampleCorpusLoader;

/** Loads the shipped sample corpus into a test index, failing loudly if any sample cannot be read. */
public final class SampleIndex {

    private SampleIndex() {}

    public static IngestReport load(SolrClient solr, Taxonomy taxonomy, Path workDir) throws Exception {
        IngestReport report = SampleCorpusLoader.load(solr, taxonomy, workDir, IngestProgress.SILENT);
        if (!report.failures().isEmpty()) {
            throw new AssertionError("Sample corpus failed to ingest: " + report.summary());
        }
        return report;
    }
}
