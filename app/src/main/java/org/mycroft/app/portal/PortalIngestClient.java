package org.mycroft.app.portal;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.mycroft.ingest.pipeline.IngestOptions;
import org.mycroft.ingest.pipeline.IngestProgress;
import org.mycroft.ingest.pipeline.IngestReport;

/**
 * {@code mycroft ingest} while a portal holds the embedded index: the paths go to the portal's
 * {@code POST /admin/ingest} on loopback with its token, and its lines come back as the same
 * progress and report a local run gives.
 */
public final class PortalIngestClient {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    /**
     * Ingests through the portal of {@code dataDir}; empty when no portal runs there (no handle,
     * or a handle left by a portal that was killed: nothing listens).
     */
    public Optional<IngestReport> ingest(Path dataDir, List<Path> paths, IngestOptions options, IngestProgress progress)
            throws IOException, InterruptedException {
        Optional<PortalHandle> handle = PortalHandle.read(dataDir);
        if (handle.isEmpty()) {
            return Optional.empty();
        }
        String body = JSON.writeValueAsString(Map.of(
                "paths", paths.stream().map(p -> p.toAbsolutePath().normalize().toString()).toList(),
                "force", options.force(), "prune", options.prune()));
        HttpRequest request = HttpRequest.newBuilder(URI.create(handle.get().url() + "/admin/ingest"))
                .header("Authorization", "Bearer " + handle.get().token())
                .header("Content-Type", "application/json")
                .header("Accept", "application/x-ndjson, application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
        HttpResponse<Stream<String>> response;
        try {
            response = http.send(request, HttpResponse.BodyHandlers.ofLines());
        } catch (ConnectException e) {
            return Optional.empty();
        }
        try (Stream<String> lines = response.body()) {
            if (response.statusCode() != 200) {
                String error = String.join("\n", lines.toList());
                throw new IOException("The running portal refused the ingest (HTTP " + response.statusCode() + "): "
                        + JSON.readTree(error).path("message").asText(error));
            }
            Iterator<String> it = lines.iterator();
            while (it.hasNext()) {
                String line = it.next();
                if (line.isBlank()) {
                    continue;
                }
                IngestReport report = IngestEvents.read(line, progress);
                if (report != null) {
                    return Optional.of(report);
                }
            }
        }
        throw new IOException("The portal closed the connection before the end of the ingest (was it stopped?)");
    }
}
