package org.mycroft.ingest.pipeline;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.mycroft.ingest.source.SidecarReader;

/**
 * SHA-256 over a file, its sidecar and the pipeline version: re-ingesting an unchanged file is
 * a no-op, while an edited sidecar or a new pipeline version re-indexes it.
 */
public final class ContentHash {

    /** Bump when extraction, splitting or tagging changes what a file becomes in the index. */
    public static final String PIPELINE_VERSION = "mycroft-ingest-15";

    private ContentHash() {}

    public static String of(Path file) throws IOException {
        MessageDigest digest = sha256();
        update(digest, file);
        Path sidecar = SidecarReader.sidecarOf(file);
        if (Files.isRegularFile(sidecar)) {
            update(digest, sidecar);
        }
        digest.update(PIPELINE_VERSION.getBytes(StandardCharsets.UTF_8));
        return HexFormat.of().formatHex(digest.digest());
    }

    private static void update(MessageDigest digest, Path file) throws IOException {
        byte[] buffer = new byte[64 * 1024];
        try (InputStream in = Files.newInputStream(file)) {
            int n;
            while ((n = in.read(buffer)) > 0) {
                digest.update(buffer, 0, n);
            }
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
