package org.mycroft.app.cli;

import java.util.ArrayList;
import java.util.List;
import org.mycroft.app.MycroftApplication;
import org.springframework.boot.SpringApplication;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Unmatched;

/** Starts the portal; on an empty index it first ingests the sample corpus. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "Start the portal (pages and JSON API) on http://localhost:PORT.")
public final class ServeCommand implements Runnable {

    private static volatile boolean serving;

    @Option(names = "--port", paramLabel = "N", description = "HTTP port (default: ${DEFAULT-VALUE}).", defaultValue = "8080")
    int port;

    @Option(names = "--no-samples", description = "Do not ingest the sample corpus into an empty index.")
    boolean noSamples;

    @Mixin
    SolrOptions solr;

    @Unmatched
    List<String> springArguments = new ArrayList<>();

    public static boolean serving() {
        return serving;
    }

    @Override
    public void run() {
        List<String> args = new ArrayList<>(solr.asSpringArguments());
        args.add("--server.port=" + port);
        if (noSamples) {
            args.add("--mycroft.samples.load-on-empty=false");
        }
        args.addAll(springArguments); // e.g. --logging.level.root=DEBUG
        serving = true;
        SpringApplication.run(MycroftApplication.class, args.toArray(String[]::new));
    }
}
