package org.mycroft.app.cli;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.apache.solr.client.solrj.impl.CloudHttp2SolrClient;
import org.mycroft.core.solr.CloudAdmin;
import org.mycroft.solrconfig.Configset;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** SolrCloud set-up: upload the configset and create the collection Mycroft writes to. */
@Command(name = "solr", mixinStandardHelpOptions = true, description = "Prepare an external SolrCloud for Mycroft.",
        subcommands = {SolrCommand.UploadConfigset.class, SolrCommand.CreateCollection.class})
public final class SolrCommand extends CommandGroup {

    static class ZkOptions {
        @Option(names = "--zk", required = true, split = ",", paramLabel = "HOSTS", description = "ZooKeeper hosts, e.g. zk1:2181,zk2:2181.")
        List<String> zkHosts;

        @Option(names = "--zk-chroot", paramLabel = "PATH", description = "ZooKeeper chroot, e.g. /solr.")
        String chroot;

        String address() {
            return String.join(",", zkHosts) + (chroot == null ? "" : chroot);
        }

        CloudHttp2SolrClient client() {
            return new CloudHttp2SolrClient.Builder(zkHosts, Optional.ofNullable(chroot)).build();
        }
    }

    @Command(name = "upload-configset", mixinStandardHelpOptions = true,
            description = "Upload Mycroft's configset (solr-config) to ZooKeeper.")
    static final class UploadConfigset implements Callable<Integer> {
        @picocli.CommandLine.Mixin
        ZkOptions zk = new ZkOptions();

        @Option(names = "--name", defaultValue = Configset.NAME, description = "Configset name (default: ${DEFAULT-VALUE}).")
        String name;

        @Override
        public Integer call() throws Exception {
            try (CloudHttp2SolrClient client = zk.client()) {
                new CloudAdmin(client, zk.address()).uploadConfigset(name);
            }
            System.out.println("Uploaded configset '" + name + "' to " + zk.address());
            return 0;
        }
    }

    @Command(name = "create-collection", mixinStandardHelpOptions = true,
            description = "Create the collection Mycroft indexes into (upload the configset first).")
    static final class CreateCollection implements Callable<Integer> {
        @picocli.CommandLine.Mixin
        ZkOptions zk = new ZkOptions();

        @Option(names = "--collection", defaultValue = "mycroft", description = "Collection name (default: ${DEFAULT-VALUE}).")
        String collection;

        @Option(names = "--config", defaultValue = Configset.NAME, description = "Configset name (default: ${DEFAULT-VALUE}).")
        String config;

        @Option(names = "--shards", defaultValue = "2", description = "Number of shards (default: ${DEFAULT-VALUE}).")
        int shards;

        @Option(names = "--replicas", defaultValue = "1", description = "Replicas per shard (default: ${DEFAULT-VALUE}).")
        int replicas;

        @Override
        public Integer call() throws Exception {
            try (CloudHttp2SolrClient client = zk.client()) {
                new CloudAdmin(client, zk.address()).createCollection(collection, config, shards, replicas);
            }
            System.out.println("Created collection '" + collection + "' (" + shards + " shard(s) x " + replicas + ")");
            return 0;
        }
    }
}
