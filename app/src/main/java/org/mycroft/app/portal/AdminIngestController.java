package org.mycroft.app.portal;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.mycroft.api.system.ApiError;
import org.mycroft.ingest.pipeline.IngestOptions;
import org.mycroft.ingest.pipeline.IngestProgress;
import org.mycroft.ingest.pipeline.IngestReport;
import org.mycroft.ingest.source.SourceFile;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /admin/ingest}: {@code mycroft ingest} sends its paths here when the portal holds
 * the embedded index. The answer streams one JSON line per file as it is done (failures with
 * their reason), then the report ({@link IngestEvents}). Admins only ({@link AdminSecurity}).
 */
@RestController
record AdminIngestController(PortalIngest ingest) {

    private static final Logger LOG = LoggerFactory.getLogger(AdminIngestController.class);
    static final String NDJSON = "application/x-ndjson";

    /** Absolute paths of files or folders on the portal's machine. */
    record IngestCommand(List<String> paths, Boolean force, Boolean prune) {}

    @PostMapping(value = "/admin/ingest", consumes = MediaType.APPLICATION_JSON_VALUE)
    void ingest(@RequestBody IngestCommand command, HttpServletResponse response) throws Exception {
        List<Path> paths = paths(command);
        IngestOptions options = IngestOptions.DEFAULT.withForce(Boolean.TRUE.equals(command.force()))
                .withPrune(Boolean.TRUE.equals(command.prune()));
        LineSender lines = new LineSender(response);
        try {
            IngestReport report = ingest.ingest(paths, options, new IngestProgress() {
                @Override
                public void started(int files) {
                    lines.send(IngestEvents.started(files));
                }

                @Override
                public void fileDone(SourceFile file, Outcome outcome, String detail) {
                    lines.send(IngestEvents.file(file, outcome, detail));
                }
            });
            lines.send(IngestEvents.done(report, ingest.stopping()));
        } catch (PortalIngest.BusyException e) {
            throw e; // refused before anything was streamed: a plain 409
        } catch (Exception e) {
            LOG.warn("Ingest through the portal failed", e);
            lines.send(IngestEvents.error(e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()));
        }
    }

    private static List<Path> paths(IngestCommand command) {
        if (command.paths() == null || command.paths().isEmpty()) {
            throw new BadCommand("Give at least one file or folder to ingest.");
        }
        List<Path> paths = new ArrayList<>();
        for (String p : command.paths()) {
            Path path = Path.of(p);
            if (!path.isAbsolute() || !Files.exists(path)) {
                throw new BadCommand("Not an existing absolute path on the portal's machine: " + p);
            }
            paths.add(path);
        }
        return paths;
    }

    /**
     * Writes lines as they come, the response opened at the first one (a refusal before it is
     * still a plain JSON error). A client that went away does not stop the ingest: PrintWriter
     * swallows the write errors.
     */
    private static final class LineSender {
        private final HttpServletResponse response;
        private PrintWriter out;

        LineSender(HttpServletResponse response) {
            this.response = response;
        }

        synchronized void send(String line) {
            try {
                if (out == null) {
                    response.setContentType(NDJSON);
                    response.setCharacterEncoding("UTF-8");
                    out = response.getWriter();
                }
            } catch (IOException e) {
                return;
            }
            out.write(line);
            out.flush();
        }
    }

    static final class BadCommand extends RuntimeException {
        BadCommand(String message) {
            super(message);
        }
    }

    @ExceptionHandler(BadCommand.class)
    ResponseEntity<ApiError> bad(BadCommand e) {
        return ResponseEntity.badRequest().contentType(MediaType.APPLICATION_JSON)
                .body(new ApiError(400, "Bad Request", e.getMessage(), "paths"));
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<ApiError> unreadable(HttpMessageNotReadableException e) {
        return bad(new BadCommand("The body must be JSON: {\"paths\": [absolute paths], \"force\": false, \"prune\": false}."));
    }

    @ExceptionHandler(PortalIngest.BusyException.class)
    ResponseEntity<ApiError> busy(PortalIngest.BusyException e) {
        return ResponseEntity.status(HttpStatus.CONFLICT).contentType(MediaType.APPLICATION_JSON)
                .body(new ApiError(409, "Conflict", e.getMessage(), null));
    }
}
