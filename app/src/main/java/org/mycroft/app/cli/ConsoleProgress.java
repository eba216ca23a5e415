package org.mycroft.app.cli;

import java.io.PrintStream;
import java.time.Duration;
import java.time.Instant;
import org.mycroft.ingest.pipeline.IngestProgress;
import org.mycroft.ingest.source.SourceFile;
import org.slf4j.Logger;

/**
 * Ingest progress: a one-line bar with documents per second on a terminal, plain log lines
 * otherwise (CI logs, files), and failures always on their own line.
 */
public final class ConsoleProgress implements IngestProgress {

    private static final int BAR_WIDTH = 30;
    private final Logger log;
    private final PrintStream terminal;
    private int total;
    private int done;
    private Instant start;

    public ConsoleProgress(Logger log) {
        this.log = log;
        this.terminal = System.console() != null && System.console().isTerminal() ? System.out : null;
    }

    @Override
    public void started(int files) {
        total = files;
        start = Instant.now();
        log.info("Ingesting {} file(s)", files);
    }

    @Override
    public synchronized void fileDone(SourceFile file, Outcome outcome, String detail) {
        done++;
        double seconds = Math.max(0.001, Duration.between(start, Instant.now()).toMillis() / 1000.0);
        String rate = String.format("%.1f docs/s", done / seconds);
        if (outcome == Outcome.FAILED) {
            clearLine();
            log.warn("FAILED {}: {}", file.fileName(), detail);
        }
        if (terminal != null) {
            int filled = total == 0 ? BAR_WIDTH : done * BAR_WIDTH / total;
            terminal.printf("\r[%s%s] %d/%d %s ", "#".repeat(filled), " ".repeat(BAR_WIDTH - filled), done, total, rate);
            if (done == total) {
                terminal.println();
            }
            terminal.flush();
        } else if (outcome != Outcome.FAILED) {
            log.info("[{}/{}] {} {} {} ({})", done, total, outcome.name().toLowerCase(), file.fileName(), detail, rate);
        }
    }

    private void clearLine() {
        if (terminal != null) {
            terminal.print("\r" + " ".repeat(BAR_WIDTH + 40) + "\r");
        }
    }
}
