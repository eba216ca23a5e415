package org.mycroft.app.cli;

import java.io.IOException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.mycroft.ingest.harvest.HarvestConfigException;
import org.mycroft.ingest.harvest.HarvestReport;
import org.mycroft.ingest.harvest.HarvestSources;
import org.mycroft.ingest.harvest.Harvester;
import org.mycroft.ingest.pipeline.IngestOptions;
import org.mycroft.ingest.pipeline.IngestReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** Fetches the documents of a sources file into {@code <data>/harvest}, then indexes them. */
@Command(name = "harvest", mixinStandardHelpOptions = true,
        description = {"Fetch documents from the web (listed URLs, or index pages whose links are followed one level) and index them.",
                "Documents the server reports unchanged (HTTP 304, or the same bytes) are neither saved nor indexed again.",
                "Each document keeps its source URL, retrieval time and licence. File format: ingest/HARVEST.md."},
        exitCodeListHeading = "Exit codes:%n",
        exitCodeList = {"0:every document fetched or unchanged, and indexed", "1:some documents failed (see the list)",
                "2:unusable sources file, or another harvest running"})
public final class HarvestCommand implements Callable<Integer> {

    @Parameters(paramLabel = "SOURCES.yaml", description = "The sources file: fetch settings and the sources to harvest.")
    Path sourcesFile;

    @Option(names = "--no-index", description = "Only download; the next harvest (or 'ingest DATA/harvest/files') indexes them.")
    boolean noIndex;

    @Mixin
    SolrOptions solr;

    @Override
    public Integer call() throws Exception {
        HarvestSources sources;
        try {
            sources = HarvestSources.load(sourcesFile);
        } catch (HarvestConfigException e) {
            System.err.println(e.getMessage());
            return 2;
        } catch (NoSuchFileException e) {
            System.err.println("No such file: " + sourcesFile);
            return 2;
        }
        Harvester harvester = Harvester.in(solr.dataDir());
        HarvestReport harvest;
        try {
            harvest = harvester.harvest(sources);
        } catch (IOException e) {
            System.err.println("Harvest failed: " + e.getMessage());
            return 2;
        }
        System.out.print(harvest.summary());
        boolean ok = harvest.failures().isEmpty();
        if (!noIndex && !harvest.files().isEmpty()) {
            // Unchanged documents go to the ingest too: its content hash skips them at the cost of one
            // query each, and a document whose earlier indexing failed (or ran with --no-index) gets indexed.
            IngestReport ingest = IngestCommand.run(solr, harvest.files(), IngestOptions.DEFAULT,
                    List.of(harvester.filesRoot()));
            System.out.print(ingest.summary());
            ok &= ingest.failures().isEmpty();
        }
        return ok ? 0 : 1;
    }
}
