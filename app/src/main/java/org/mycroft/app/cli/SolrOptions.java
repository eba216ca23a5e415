package org.mycroft.app.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.mycroft.core.solr.SolrMode;
import org.mycroft.core.solr.SolrSettings;
import picocli.CommandLine.Option;

/** Where the index is, for commands that read or write it; the same choices as the server's properties. */
public final class SolrOptions {

    @Option(names = "--data", paramLabel = "DIR", description = "Data folder holding the embedded index (default: ${DEFAULT-VALUE}).",
            defaultValue = "${env:MYCROFT_DATA:-data}")
    Path dataDir;

    @Option(names = "--solr-mode", paramLabel = "MODE", description = "embedded (default), http or cloud.", defaultValue = "embedded")
    String mode;

    @Option(names = "--solr-url", paramLabel = "URL", description = "Solr base URL (http mode), or node URLs (cloud mode).")
    String url;

    @Option(names = "--zk", paramLabel = "HOSTS", split = ",", description = "ZooKeeper hosts (cloud mode), e.g. zk1:2181,zk2:2181.")
    List<String> zkHosts = new ArrayList<>();

    @Option(names = "--zk-chroot", paramLabel = "PATH", description = "ZooKeeper chroot, e.g. /solr.")
    String zkChroot;

    @Option(names = "--collection", paramLabel = "NAME", description = "Collection or core name (default: ${DEFAULT-VALUE}).",
            defaultValue = SolrSettings.DEFAULT_COLLECTION)
    String collection;

    public SolrSettings settings() {
        return new SolrSettings(SolrMode.parse(mode), dataDir.toAbsolutePath(), url, zkHosts,
                Optional.ofNullable(zkChroot), collection);
    }

    public Path dataDir() {
        return dataDir.toAbsolutePath();
    }

    /** The same settings as Spring properties, for {@code serve}. */
    public List<String> asSpringArguments() {
        List<String> args = new ArrayList<>();
        args.add("--mycroft.data-dir=" + dataDir.toAbsolutePath());
        args.add("--mycroft.solr.mode=" + mode);
        args.add("--mycroft.solr.collection=" + collection);
        if (url != null) {
            args.add("--mycroft.solr.url=" + url);
        }
        if (!zkHosts.isEmpty()) {
            args.add("--mycroft.solr.zk-hosts=" + String.join(",", zkHosts));
        }
        if (zkChroot != null) {
            args.add("--mycroft.solr.zk-chroot=" + zkChroot);
        }
        return args;
    }
}
