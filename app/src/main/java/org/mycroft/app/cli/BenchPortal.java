package org.mycroft.app.cli;

import java.nio.file.Path;
import org.mycroft.app.MycroftApplication;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;

/** The portal a bench runs in its own JVM: loopback, a free port, an embedded index of its own, no samples. */
final class BenchPortal {

    private BenchPortal() {}

    static ConfigurableApplicationContext start(Path data) {
        String[] args = {"--mycroft.data-dir=" + data.toAbsolutePath(), "--mycroft.solr.mode=embedded",
                "--server.port=0", "--server.address=127.0.0.1", "--mycroft.samples.load-on-empty=false",
                // The per-request log line would measure the console, not the search.
                "--logging.level.mycroft.request=WARN", "--logging.level.mycroft.slow-query=ERROR"};
        return SpringApplication.run(MycroftApplication.class, args);
    }
}
