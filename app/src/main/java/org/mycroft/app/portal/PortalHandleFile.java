package org.mycroft.app.portal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.server.context.WebServerInitializedEvent;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Writes {@link PortalHandle} into the data folder once the portal listens, and removes it when
 * the portal stops. Holds the token that {@link AdminSecurity} checks.
 */
@Component
public class PortalHandleFile {

    private static final Logger LOG = LoggerFactory.getLogger(PortalHandleFile.class);

    private final Path dataDir;
    private final byte[] token;

    PortalHandleFile(@Value("${mycroft.data-dir:data}") Path dataDir) {
        this.dataDir = dataDir.toAbsolutePath();
        byte[] random = new byte[32];
        new SecureRandom().nextBytes(random);
        this.token = Base64.getUrlEncoder().withoutPadding().encodeToString(random).getBytes();
    }

    /** Constant-time comparison: the token must not leak through timing. */
    boolean accepts(String presented) {
        return presented != null && MessageDigest.isEqual(token, presented.getBytes());
    }

    @EventListener
    void listening(WebServerInitializedEvent event) {
        if (event.getApplicationContext().getParent() != null) {
            return; // the management child context, if any, is not the portal
        }
        PortalHandle handle = new PortalHandle("http://127.0.0.1:" + event.getWebServer().getPort(), new String(token));
        try {
            handle.write(dataDir);
        } catch (IOException e) {
            LOG.warn("Could not write {}: `mycroft ingest` will not find this portal ({})", dataDir.resolve(PortalHandle.FILE),
                    e.getMessage());
        }
    }

    @EventListener
    void closing(ContextClosedEvent event) throws IOException {
        if (event.getApplicationContext().getParent() == null) {
            Files.deleteIfExists(dataDir.resolve(PortalHandle.FILE));
        }
    }
}
