package org.mycroft.ingest.source;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Reads the optional {@code <file>.json} sidecar of a document. */
public final class SidecarReader {

    private final ObjectMapper mapper = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

    public static Path sidecarOf(Path document) {
        return document.resolveSibling(document.getFileName() + ".json");
    }

    /** The sidecar, {@link Sidecar#EMPTY} when there is none; a malformed one is an error for that file. */
    public Sidecar read(Path document) throws IOException {
        Path file = sidecarOf(document);
        if (!Files.isRegularFile(file)) {
            return Sidecar.EMPTY;
        }
        try {
            return mapper.readValue(file.toFile(), Sidecar.class);
        } catch (JacksonException e) {
            throw new IOException("malformed sidecar " + file.getFileName() + ": " + e.getOriginalMessage(), e);
        }
    }
}
