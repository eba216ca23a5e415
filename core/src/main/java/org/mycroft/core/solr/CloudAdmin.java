package org.mycroft.core.solr;

import java.io.IOException;
import java.nio.file.Files;
import org.apache.commons.io.file.PathUtils;
import java.nio.file.Path;
import org.apache.solr.client.solrj.SolrServerException;
import org.apache.solr.client.solrj.impl.CloudSolrClient;
import org.apache.solr.client.solrj.request.CollectionAdminRequest;
import org.apache.solr.common.cloud.SolrZkClient;
import org.apache.solr.common.cloud.ZkMaintenanceUtils;
import java.util.concurrent.TimeUnit;
import org.mycroft.solrconfig.Configset;

/** SolrCloud administration: upload the configset to ZooKeeper and create the collection. */
public final class CloudAdmin {

    private final CloudSolrClient client;
    private final String zkAddress;

    /** @param zkAddress ZooKeeper connection string including the chroot, e.g. "zk1:2181,zk2:2181/solr" */
    public CloudAdmin(CloudSolrClient client, String zkAddress) {
        this.client = client;
        this.zkAddress = zkAddress;
    }

    /** Uploads solr-config's configset under {@code configName}, replacing an older upload. */
    public void uploadConfigset(String configName) throws IOException {
        Path tmp = Files.createTempDirectory("mycroft-configset");
        try (SolrZkClient zk = new SolrZkClient.Builder().withUrl(zkAddress).withTimeout(30, TimeUnit.SECONDS).build()) {
            Path conf = Configset.copyTo(tmp);
            ZkMaintenanceUtils.uploadToZK(zk, conf,
                    ZkMaintenanceUtils.CONFIGS_ZKNODE + "/" + configName, ZkMaintenanceUtils.UPLOAD_FILENAME_EXCLUDE_PATTERN);
        } finally {
            PathUtils.deleteDirectory(tmp);
        }
    }

    public void createCollection(String collection, String configName, int shards, int replicas)
            throws IOException, SolrServerException {
        CollectionAdminRequest.createCollection(collection, configName, shards, replicas).process(client);
    }
}
