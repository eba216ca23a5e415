package org.mycroft.core.solr;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.concurrent.TimeUnit;
import org.apache.solr.client.solrj.SolrClient;
import org.apache.solr.client.solrj.embedded.EmbeddedSolrServer;
import org.apache.solr.client.solrj.impl.CloudHttp2SolrClient;
import org.apache.solr.client.solrj.impl.Http2SolrClient;

/**
 * The one seam between Mycroft and Solr: every reader and writer gets its {@link SolrClient}
 * here, already bound to the collection, whatever the mode.
 */
public final class SolrConnection implements AutoCloseable {

    private final SolrClient client;

    private SolrConnection(SolrClient client) {
        this.client = client;
    }

    public static SolrConnection open(SolrSettings settings) {
        return open(settings, SolrTimeouts.DEFAULT);
    }

    /** {@code timeouts} bound every request to a remote Solr; embedded Solr has no network to wait for. */
    public static SolrConnection open(SolrSettings settings, SolrTimeouts timeouts) {
        SolrClient client = switch (settings.mode()) {
            case EMBEDDED -> EmbeddedSolr.start(settings.solrHome(), settings.collection());
            case HTTP -> bounded(new Http2SolrClient.Builder(settings.url()), timeouts)
                    .withDefaultCollection(settings.collection())
                    .build();
            case CLOUD -> cloudClient(settings, timeouts);
        };
        return new SolrConnection(client);
    }

    private static SolrClient cloudClient(SolrSettings settings, SolrTimeouts timeouts) {
        CloudHttp2SolrClient.Builder builder = settings.zkHosts().isEmpty()
                ? new CloudHttp2SolrClient.Builder(java.util.List.of(settings.url().split(",")))
                : new CloudHttp2SolrClient.Builder(settings.zkHosts(), settings.zkChroot());
        int connectMillis = (int) Math.min(Integer.MAX_VALUE, timeouts.connect().toMillis());
        return builder.withDefaultCollection(settings.collection())
                .withInternalClientBuilder(bounded(new Http2SolrClient.Builder(), timeouts))
                .withZkConnectTimeout(connectMillis, TimeUnit.MILLISECONDS)
                .build();
    }

    private static Http2SolrClient.Builder bounded(Http2SolrClient.Builder builder, SolrTimeouts timeouts) {
        builder.withConnectionTimeout(timeouts.connect().toMillis(), TimeUnit.MILLISECONDS)
                .withIdleTimeout(timeouts.read().toMillis(), TimeUnit.MILLISECONDS)
                .withRequestTimeout(timeouts.read().toMillis(), TimeUnit.MILLISECONDS);
        return builder;
    }

    public SolrClient client() {
        return client;
    }

    @Override
    public void close() {
        try {
            if (client instanceof EmbeddedSolrServer e && !e.getCoreContainer().isShutDown()) {
                commitQuietly(e); // whatever was reported as indexed survives a shutdown
            }
            client.close();
            // EmbeddedSolrServer leaves a container it did not create running, holding the index lock.
            if (client instanceof EmbeddedSolrServer e && !e.getCoreContainer().isShutDown()) {
                e.getCoreContainer().shutdown();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void commitQuietly(EmbeddedSolrServer server) {
        try {
            server.commit();
        } catch (Exception e) {
            org.slf4j.LoggerFactory.getLogger(SolrConnection.class).warn("Final commit of the embedded index failed", e);
        }
    }
}
