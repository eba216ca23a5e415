package org.mycroft.app;

import org.mycroft.curation.directory.DirectoryWorkflow;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The directory of competent authorities at start: the sample entries are seeded and published
 * when the directory is empty (a first start, unless samples are off), and the directory's units
 * are put in the index again from the database only when the index lacks them or holds other
 * versions (data/solr lost, a restored database, a new indexer), not at every start. It runs once
 * the application is ready, that is after the sample corpus startup has looked at an empty index,
 * so it never makes that index look full too early.
 */
@Component
record DirectoryStartup(DirectoryWorkflow directory, @Value("${mycroft.samples.load-on-empty:true}") boolean samples) {

    private static final Logger LOG = LoggerFactory.getLogger(DirectoryStartup.class);

    @EventListener(ApplicationReadyEvent.class)
    void ready() {
        int seeded = samples ? directory.seedSamplesIfEmpty() : 0;
        DirectoryWorkflow.IndexCheck check = directory.reindexIfStale();
        LOG.info("Directory of competent authorities: {} sample entries seeded, {} public entries {}", seeded, check.publicEntries(),
                check.rebuilt() ? "indexed again from the database" : "already in the index");
    }
}
