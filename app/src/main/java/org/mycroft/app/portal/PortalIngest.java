package org.mycroft.app.portal;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import org.apache.solr.client.solrj.SolrClient;
import org.mycroft.app.IngestMetrics;
import org.mycroft.app.cli.SourceRoots;
import org.mycroft.core.taxonomy.Taxonomy;
import org.mycroft.curation.tags.UnitTagApplier;
import org.mycroft.ingest.pipeline.IngestOptions;
import org.mycroft.ingest.pipeline.IngestPipeline;
import org.mycroft.ingest.pipeline.IngestProgress;
import org.mycroft.ingest.pipeline.IngestReport;
import org.mycroft.ingest.source.DocumentFiles;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Ingest inside the running portal, through its own Solr client (the embedded index it holds):
 * one run at a time, the same pipeline and after-steps as {@code mycroft ingest}. When the portal
 * shuts down, a running ingest is stopped first (before the web server and Solr close), so every
 * file it has reported is committed.
 */
@Component
public class PortalIngest implements SmartLifecycle {

    private static final Logger LOG = LoggerFactory.getLogger(PortalIngest.class);

    private final SolrClient solr;
    private final Taxonomy taxonomy;
    private final UnitTagApplier tags;
    private final Path dataDir;
    private final ReentrantLock busy = new ReentrantLock();
    private volatile IngestPipeline running;
    private volatile boolean started;

    PortalIngest(SolrClient solr, Taxonomy taxonomy, UnitTagApplier tags, @Value("${mycroft.data-dir:data}") Path dataDir) {
        this.solr = solr;
        this.taxonomy = taxonomy;
        this.tags = tags;
        this.dataDir = dataDir.toAbsolutePath();
    }

    /** Another ingest is running in this portal. */
    static final class BusyException extends RuntimeException {
        BusyException(String message) {
            super(message);
        }
    }

    public IngestReport ingest(List<Path> paths, IngestOptions options, IngestProgress progress) throws Exception {
        if (!started) {
            throw new BusyException("The portal is shutting down.");
        }
        if (!busy.tryLock()) {
            throw new BusyException("Another ingest is running in this portal; try again when it has finished.");
        }
        try (IngestPipeline pipeline = IngestPipeline.create(solr, taxonomy)) {
            running = pipeline;
            IngestReport report = pipeline.ingest(DocumentFiles.list(paths), options, progress);
            paths.forEach(p -> SourceRoots.in(dataDir).remember(p));
            int decided = tags.applyAll(); // reviewers' decisions survive a re-read, as after a CLI ingest
            if (decided > 0) {
                LOG.info("Tag decisions of reviewers applied again to {} unit(s)", decided);
            }
            IngestMetrics.record(report);
            return report;
        } finally {
            running = null;
            busy.unlock();
        }
    }

    /** True when the portal stopped the last run early (shutdown). */
    boolean stopping() {
        return !started;
    }

    @Override
    public void start() {
        started = true;
    }

    @Override
    public boolean isRunning() {
        return started;
    }

    @Override
    public void stop() {
        started = false;
        IngestPipeline pipeline = running;
        if (pipeline == null) {
            return;
        }
        LOG.info("Shutting down: stopping the running ingest after the file in hand");
        pipeline.stop();
        try {
            if (busy.tryLock(60, TimeUnit.SECONDS)) {
                busy.unlock();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Stops before the web server's graceful shutdown (lower phases stop later). */
    @Override
    public int getPhase() {
        return SmartLifecycle.DEFAULT_PHASE;
    }
}
