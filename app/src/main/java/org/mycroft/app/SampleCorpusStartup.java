package org.mycroft.app;

import java.nio.file.Path;
import org.apache.solr.client.solrj.SolrClient;
import org.mycroft.app.cli.ConsoleProgress;
import org.mycroft.app.cli.SourceRoots;
import org.mycroft.core.taxonomy.Taxonomy;
import org.mycroft.curation.cases.CaseWorkflow;
import org.mycroft.curation.tags.UnitTagApplier;
import org.mycroft.curation.versions.LawVersions;
import org.mycroft.ingest.pipeline.IngestReport;
import org.mycroft.ingest.pipeline.SampleCorpusLoader;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/** On the first start (empty index) the shipped sample corpus is ingested, so the portal is never empty. */
@Component
@ConditionalOnProperty(name = "mycroft.samples.load-on-empty", havingValue = "true", matchIfMissing = true)
record SampleCorpusStartup(SolrClient solr, Taxonomy taxonomy, @Value("${mycroft.data-dir:data}") Path dataDir,
        CaseWorkflow workflow, UnitTagApplier tags, LawVersions lawVersions) implements ApplicationRunner {

    private static final Logger LOG = LoggerFactory.getLogger(SampleCorpusStartup.class);

    @Override
    public void run(ApplicationArguments args) throws Exception {
        if (!SampleCorpusLoader.indexIsEmpty(solr)) {
            return;
        }
        LOG.info("Empty index: ingesting the sample corpus");
        IngestReport report = SampleCorpusLoader.load(solr, taxonomy, dataDir.toAbsolutePath(), new ConsoleProgress(LOG));
        LOG.info(report.summary().strip());
        IngestMetrics.record(report);
        SourceRoots.in(dataDir).remember(dataDir.toAbsolutePath().resolve("samples"));
        // An index rebuilt from nothing (data/solr deleted): curated work comes back from the database.
        int published = workflow.reindexAll();
        int decided = tags.applyAll();
        int versions = lawVersions.sync().indexed();
        if (published + decided + versions > 0) {
            LOG.info("From the curation database: {} published case(s) indexed, tag decisions applied to {} unit(s), {} superseded text(s) of laws indexed",
                    published, decided, versions);
        }
    }
}
