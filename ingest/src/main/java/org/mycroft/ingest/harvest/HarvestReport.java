package org.mycroft.ingest.harvest;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * What a harvest did, URL by URL. {@code bytes} counts every body downloaded, index pages
 * included; a run where everything answered 304 downloads nothing.
 */
public record HarvestReport(List<Outcome> outcomes, long bytes, Duration took) {

    public enum Status { FETCHED, UNCHANGED, FAILED }

    /** {@code file}: where the document is (null when it failed); {@code reason}: why it failed. */
    public record Outcome(URI url, Status status, Path file, String reason, long bytes) {}

    public HarvestReport {
        outcomes = List.copyOf(outcomes);
    }

    public List<Outcome> fetched() {
        return with(Status.FETCHED);
    }

    public List<Outcome> unchanged() {
        return with(Status.UNCHANGED);
    }

    public List<Outcome> failures() {
        return with(Status.FAILED);
    }

    /** Every document we have a current copy of: fetched now or unchanged since an earlier run. */
    public List<Path> files() {
        return outcomes.stream().filter(o -> o.file() != null).map(Outcome::file).toList();
    }

    public String summary() {
        StringBuilder out = new StringBuilder();
        out.append(String.format("Harvest: %d document(s) fetched, %d unchanged, %d failed, %s downloaded in %.1f s%n",
                fetched().size(), unchanged().size(), failures().size(), size(bytes), took.toMillis() / 1000.0));
        for (Outcome f : failures()) {
            out.append("  FAILED ").append(f.url()).append(": ").append(f.reason()).append(System.lineSeparator());
        }
        return out.toString();
    }

    private List<Outcome> with(Status status) {
        return outcomes.stream().filter(o -> o.status() == status).toList();
    }

    private static String size(long bytes) {
        if (bytes < 1024) {
            return bytes + " B";
        }
        return bytes < 1024 * 1024 ? String.format("%.1f KB", bytes / 1024.0) : String.format("%.1f MB", bytes / (1024.0 * 1024));
    }
}
