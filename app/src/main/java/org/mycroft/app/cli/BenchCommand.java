package org.mycroft.app.cli;

import java.util.concurrent.Callable;
import org.mycroft.core.taxonomy.Taxonomy;
import org.mycroft.tagging.Tagger;
import org.mycroft.tagging.TaggingEvaluation;
import picocli.CommandLine.Command;

/** Quality and speed figures, printed for the notes; never asserted in tests. */
@Command(name = "bench", mixinStandardHelpOptions = true, description = "Measure tagging quality or ingest speed.",
        subcommands = {BenchCommand.Tagging.class, BenchIngestCommand.class, BenchCoverageCommand.class})
public final class BenchCommand implements Runnable {

    @Override
    public void run() {
        new picocli.CommandLine(this).usage(System.out);
    }

    @Command(name = "tagging", mixinStandardHelpOptions = true,
            description = "Precision and recall of the tagger on the labelled evaluation set, per family and overall.")
    static final class Tagging implements Callable<Integer> {
        @Override
        public Integer call() {
            Taxonomy taxonomy = Taxonomy.load();
            System.out.println(TaggingEvaluation.run(Tagger.loadDefault(taxonomy), TaggingEvaluation.loadDefault()).format());
            return 0;
        }
    }
}
