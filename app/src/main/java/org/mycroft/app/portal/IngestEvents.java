package org.mycroft.app.portal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.mycroft.ingest.pipeline.IngestProgress;
import org.mycroft.ingest.pipeline.IngestReport;
import org.mycroft.ingest.source.SourceFile;

/**
 * The lines of {@code POST /admin/ingest} (one JSON object per line, sent as they happen): the
 * file count, one line per file with its outcome, then the report, or an error. Written by the
 * portal and read back by {@code mycroft ingest} into the same progress and report as a local run.
 */
public final class IngestEvents {

    private static final ObjectMapper JSON = new ObjectMapper();

    private IngestEvents() {}

    static String started(int files) {
        return line(Map.of("event", "started", "files", files));
    }

    static String file(SourceFile file, IngestProgress.Outcome outcome, String detail) {
        Map<String, Object> line = new LinkedHashMap<>();
        line.put("event", "file");
        line.put("path", file.path().toString());
        line.put("root", file.root().toString());
        line.put("outcome", outcome.name());
        line.put("detail", detail == null ? "" : detail);
        return line(line);
    }

    static String done(IngestReport report, boolean stopped) {
        Map<String, Object> line = new LinkedHashMap<>();
        line.put("event", "done");
        line.put("indexed", report.indexed());
        line.put("units", report.units());
        line.put("unchanged", report.unchanged());
        line.put("pruned", report.pruned());
        line.put("failures", report.failures());
        line.put("tookMillis", report.took().toMillis());
        line.put("stopped", stopped);
        return line(line);
    }

    static String error(String message) {
        return line(Map.of("event", "error", "message", message));
    }

    /** What a line told: progress goes to {@code progress}; the report when the line ends the run. */
    public static IngestReport read(String line, IngestProgress progress) throws IOException {
        JsonNode node = JSON.readTree(line);
        switch (node.path("event").asText()) {
            case "started" -> progress.started(node.path("files").asInt());
            case "file" -> progress.fileDone(new SourceFile(Path.of(node.path("path").asText()), Path.of(node.path("root").asText())),
                    IngestProgress.Outcome.valueOf(node.path("outcome").asText()), node.path("detail").asText());
            case "done" -> {
                List<IngestReport.Failure> failures = new ArrayList<>();
                node.path("failures").forEach(f -> failures.add(new IngestReport.Failure(f.path("file").asText(), f.path("reason").asText())));
                return new IngestReport(node.path("indexed").asInt(), node.path("units").asInt(), node.path("unchanged").asInt(),
                        node.path("pruned").asInt(), List.copyOf(failures), Duration.ofMillis(node.path("tookMillis").asLong()));
            }
            case "error" -> throw new IOException("The portal's ingest failed: " + node.path("message").asText());
            default -> { } // a newer portal's line this command does not know: ignored
        }
        return null;
    }

    private static String line(Map<String, ?> fields) {
        try {
            return JSON.writeValueAsString(fields) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
