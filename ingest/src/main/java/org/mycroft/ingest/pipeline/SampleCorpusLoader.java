package org.mycroft.ingest.pipeline;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.apache.solr.client.solrj.SolrClient;
import org.apache.solr.client.solrj.SolrServerException;
import org.mycroft.core.index.IndexQueries;
import org.mycroft.core.taxonomy.Taxonomy;
import org.mycroft.ingest.source.DocumentFiles;
import org.mycroft.ingest.source.SampleCorpus;

/** Indexes the shipped sample corpus, on first start (empty index) or on demand. */
public final class SampleCorpusLoader {

    private SampleCorpusLoader() {}

    public static boolean indexIsEmpty(SolrClient solr) throws IOException, SolrServerException {
        return solr.query(IndexQueries.everything().setRows(0)).getResults().getNumFound() == 0;
    }

    /** Copies the samples under {@code workDir/samples} and ingests them. */
    public static IngestReport load(SolrClient solr, Taxonomy taxonomy, Path workDir, IngestProgress progress)
            throws IOException, SolrServerException {
        Path dir = SampleCorpus.copyTo(workDir.resolve("samples"));
        try (IngestPipeline pipeline = IngestPipeline.create(solr, taxonomy)) {
            return pipeline.ingest(DocumentFiles.list(List.of(dir)), IngestOptions.DEFAULT, progress);
        }
    }
}
