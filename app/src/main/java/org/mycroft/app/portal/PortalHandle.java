package org.mycroft.app.portal;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Optional;
import java.util.Properties;

/**
 * How a command finds the portal that holds the embedded index of a data folder: its loopback
 * URL and a token made fresh at each start. The file is readable by its owner only, so whoever
 * may write the data folder may also ingest through the portal, and nobody else.
 */
public record PortalHandle(String url, String token) {

    static final String FILE = "portal.handle";

    public static Optional<PortalHandle> read(Path dataDir) {
        Path file = dataDir.resolve(FILE);
        if (!Files.isReadable(file)) {
            return Optional.empty();
        }
        Properties p = new Properties();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            p.load(in);
        } catch (IOException e) {
            return Optional.empty();
        }
        String url = p.getProperty("url");
        String token = p.getProperty("token");
        return url == null || token == null ? Optional.empty() : Optional.of(new PortalHandle(url, token));
    }

    void write(Path dataDir) throws IOException {
        Files.createDirectories(dataDir);
        Path tmp = Files.createTempFile(dataDir, FILE, ".tmp");
        try {
            if (Files.getFileStore(tmp).supportsFileAttributeView("posix")) {
                Files.setPosixFilePermissions(tmp, PosixFilePermissions.fromString("rw-------"));
            }
            Properties p = new Properties();
            p.setProperty("url", url);
            p.setProperty("token", token);
            try (Writer out = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
                p.store(out, "Written by the running portal; removed when it stops");
            }
            Files.move(tmp, dataDir.resolve(FILE), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }
}
