package org.mycroft.api.solr;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.solr.client.solrj.impl.CloudHttp2SolrClient;
import org.apache.solr.client.solrj.request.CollectionAdminRequest;
import org.apache.solr.cloud.MiniSolrCloudCluster;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mycroft.api.SampleIndex;
import org.mycroft.api.search.ConventionReliance;
import org.mycroft.api.search.Facet;
import org.mycroft.api.search.SearchQueryBuilder;
import org.mycroft.api.search.SearchRequest;
import org.mycroft.api.search.SearchResponse;
import org.mycroft.api.search.SearchResultMapper;
import org.mycroft.api.search.SearchService;
import org.mycroft.api.search.SearchSort;
import org.mycroft.core.solr.CloudAdmin;
import org.mycroft.core.solr.SolrConnection;
import org.mycroft.core.solr.SolrMode;
import org.mycroft.core.solr.SolrSettings;
import org.mycroft.core.taxonomy.Taxonomy;

/**
 * Cloud mode against a real in-process SolrCloud (2 nodes, 2 shards): the configset is
 * uploaded and the collection created the way {@code mycroft solr …} does it, the samples are
 * ingested through the cloud client, and every total and facet count equals embedded mode's.
 */
class CloudModeTest {

    private static final Taxonomy TAXONOMY = Taxonomy.load();
    private static MiniSolrCloudCluster cluster;
    private static SolrConnection cloud;
    private static SolrConnection embedded;

    @BeforeAll
    static void start(@TempDir Path tmp) throws Exception {
        cluster = new MiniSolrCloudCluster.Builder(2, tmp.resolve("cluster")).build();
        String zk = cluster.getZkServer().getZkAddress();
        String zkHost = cluster.getZkServer().getZkHost();
        String chroot = zk.substring(zkHost.length());
        SolrSettings settings = new SolrSettings(SolrMode.CLOUD, null, null, List.of(zkHost),
                Optional.of(chroot), "mycroft");
        cloud = SolrConnection.open(settings);
        CloudAdmin admin = new CloudAdmin((CloudHttp2SolrClient) cloud.client(), zk);
        admin.uploadConfigset("mycroft");
        admin.createCollection("mycroft", "mycroft", 2, 1);
        cluster.waitForActiveCollection("mycroft", 2, 2);
        assertThat(CollectionAdminRequest.listCollections(cloud.client())).contains("mycroft");

        embedded = SolrConnection.open(SolrSettings.embedded(tmp.resolve("embedded")));
        SampleIndex.load(cloud.client(), TAXONOMY, tmp.resolve("cloud-work"));
        SampleIndex.load(embedded.client(), TAXONOMY, tmp.resolve("embedded-work"));
    }

    @AfterAll
    static void stop() throws Exception {
        if (cloud != null) {
            cloud.close();
        }
        if (embedded != null) {
            embedded.close();
        }
        if (cluster != null) {
            cluster.shutdown();
        }
    }

    @Test
    void cloudGivesTheSameTotalsAndFacetsAsEmbedded() {
        SearchService onCloud = service(cloud);
        SearchService onEmbedded = service(embedded);
        List<SearchRequest> requests = List.of(
                request("", Map.of()),
                request("mutual legal assistance", Map.of()),
                request("extradition", Map.of(Facet.DOC_TYPE, List.of("case"))),
                request("", Map.of(Facet.LANGUAGE, List.of("fr"))),
                request("blanqueo", Map.of()));
        for (SearchRequest request : requests) {
            SearchResponse c = onCloud.search(request);
            SearchResponse e = onEmbedded.search(request);
            assertThat(c.total()).as("total for %s", request).isEqualTo(e.total());
            assertThat(c.facets()).as("facets for %s", request).isEqualTo(e.facets());
        }
        assertThat(onCloud.search(request("", Map.of())).total()).isGreaterThanOrEqualTo(30);
    }

    private static SearchRequest request(String q, Map<Facet, List<String>> filters) {
        return new SearchRequest(q, filters, q.isEmpty() ? SearchSort.NEWEST : SearchSort.RELEVANCE, 1, 20, "en");
    }

    private static SearchService service(SolrConnection connection) {
        SearchQueryBuilder queries = new SearchQueryBuilder();
        return new SearchService(connection.client(), queries, new SearchResultMapper(TAXONOMY),
                new ConventionReliance(connection.client(), queries, TAXONOMY));
    }
}
