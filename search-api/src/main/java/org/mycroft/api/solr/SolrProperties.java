package org.mycroft.api.solr;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.mycroft.core.solr.SolrMode;
import org.mycroft.core.solr.SolrSettings;
import org.mycroft.core.solr.SolrTimeouts;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code mycroft.solr.*}: mode (embedded, http, cloud), url (http mode, or comma-separated
 * node URLs in cloud mode), zk-hosts and zk-chroot (cloud mode), collection.
 * connect-timeout and read-timeout bound each request in http and cloud modes.
 * {@code mycroft.data-dir} holds the embedded index.
 */
@ConfigurationProperties("mycroft.solr")
public record SolrProperties(String mode, String url, List<String> zkHosts, String zkChroot, String collection,
        Duration connectTimeout, Duration readTimeout) {

    /** Bounds of every request to a remote Solr: a page waits at most about connect + read, then gets a 503. */
    public SolrTimeouts timeouts() {
        return new SolrTimeouts(connectTimeout == null ? Duration.ofSeconds(3) : connectTimeout,
                readTimeout == null ? Duration.ofSeconds(20) : readTimeout);
    }

    public SolrSettings toSettings(Path dataDir) {
        return new SolrSettings(
                SolrMode.parse(mode == null ? "embedded" : mode),
                dataDir,
                url,
                zkHosts,
                Optional.ofNullable(zkChroot).filter(c -> !c.isBlank()),
                collection);
    }
}
