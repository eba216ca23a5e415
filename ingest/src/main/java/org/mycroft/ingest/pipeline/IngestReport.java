package org.mycroft.ingest.pipeline;

import java.time.Duration;
import java.util.List;

/** What an ingest did: files indexed (and their units), files unchanged, files that failed and why. */
/** {@code pruned}: documents removed because their files are gone ({@code --prune}). */
public record IngestReport(int indexed, int units, int unchanged, int pruned, List<Failure> failures, Duration took) {

    public record Failure(String file, String reason) {}

    public String summary() {
        StringBuilder out = new StringBuilder();
        out.append(String.format("Indexed %d file(s) as %d unit(s), %d unchanged, %d failed in %.1f s%n",
                indexed, units, unchanged, failures.size(), took.toMillis() / 1000.0));
        if (pruned > 0) {
            out.append(String.format("Pruned %d document(s) whose files are gone%n", pruned));
        }
        for (Failure f : failures) {
            out.append("  FAILED ").append(f.file()).append(": ").append(f.reason()).append(System.lineSeparator());
        }
        return out.toString();
    }
}
