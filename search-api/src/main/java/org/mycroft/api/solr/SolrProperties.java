package org.mycroft.api.solr;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.mycroft.core.solr.SolrMode;
import org.mycroft.core.solr.SolrSettings;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code mycroft.solr.*}: mode (embedded, http, cloud), url (http mode, or comma-separated
 * node URLs in cloud mode), zk-hosts and zk-chroot (cloud mode), collection.
 * {@code mycroft.data-dir} holds the embedded index.
 */
@ConfigurationProperties("mycroft.solr")
public record SolrProperties(String mode, String url, List<String> zkHosts, String zkChroot, String collection) {

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
