package org.mycroft.core.solr;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * How to reach the index. {@code dataDir} holds the embedded index; {@code url} is a standalone
 * Solr base URL (".../solr"); {@code zkHosts} and {@code zkChroot} locate a SolrCloud cluster.
 */
public record SolrSettings(
        SolrMode mode,
        Path dataDir,
        String url,
        List<String> zkHosts,
        Optional<String> zkChroot,
        String collection) {

    public static final String DEFAULT_COLLECTION = "mycroft";

    public SolrSettings {
        Objects.requireNonNull(mode, "mode");
        zkHosts = zkHosts == null ? List.of() : List.copyOf(zkHosts);
        zkChroot = zkChroot == null ? Optional.empty() : zkChroot;
        collection = collection == null || collection.isBlank() ? DEFAULT_COLLECTION : collection;
        if (mode == SolrMode.EMBEDDED && dataDir == null) {
            throw new IllegalArgumentException("Embedded Solr needs a data directory");
        }
        if (mode == SolrMode.HTTP && (url == null || url.isBlank())) {
            throw new IllegalArgumentException("mycroft.solr.url is required in http mode");
        }
        if (mode == SolrMode.CLOUD && zkHosts.isEmpty() && (url == null || url.isBlank())) {
            throw new IllegalArgumentException("mycroft.solr.zk-hosts (or mycroft.solr.url) is required in cloud mode");
        }
    }

    public static SolrSettings embedded(Path dataDir) {
        return new SolrSettings(SolrMode.EMBEDDED, dataDir, null, List.of(), Optional.empty(), DEFAULT_COLLECTION);
    }

    public Path solrHome() {
        return dataDir.resolve("solr");
    }
}
