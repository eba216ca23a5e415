package org.mycroft.api.solr;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.solr.client.solrj.SolrClient;
import org.apache.solr.client.solrj.SolrQuery;
import org.apache.solr.client.solrj.impl.CloudHttp2SolrClient;
import org.apache.solr.cloud.MiniSolrCloudCluster;
import org.apache.solr.common.cloud.DocCollection;
import org.apache.solr.common.cloud.Replica;
import org.apache.solr.common.cloud.Slice;
import org.apache.solr.embedded.JettySolrRunner;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mycroft.api.search.ConventionReliance;
import org.mycroft.api.search.Facet;
import org.mycroft.api.search.SearchQueryBuilder;
import org.mycroft.api.search.SearchRequest;
import org.mycroft.api.search.SearchResponse;
import org.mycroft.api.search.SearchResultMapper;
import org.mycroft.api.search.SearchService;
import org.mycroft.api.search.SearchSort;
import org.mycroft.api.system.SearchBackendException;
import org.mycroft.core.index.IndexFields;
import org.mycroft.core.solr.CloudAdmin;
import org.mycroft.core.solr.SolrConnection;
import org.mycroft.core.solr.SolrMode;
import org.mycroft.core.solr.SolrSettings;
import org.mycroft.core.taxonomy.Taxonomy;
import org.mycroft.ingest.pipeline.IngestOptions;
import org.mycroft.ingest.pipeline.IngestPipeline;
import org.mycroft.ingest.pipeline.IngestProgress;
import org.mycroft.ingest.pipeline.IngestReport;
import org.mycroft.ingest.source.DocumentFiles;
import org.mycroft.ingest.source.SourceFile;

/**
 * SolrCloud failover: 2 shards x 2 replicas on 2 nodes, so each node holds one replica of each
 * shard. While searches run and an ingest writes, the node holding shard1's leader is stopped.
 * No search fails after the client's retry (the API answers such a failure with a 503 and
 * Retry-After), the ingest ends with every unit indexed exactly once, and totals and facets
 * equal those of embedded Solr on the same files.
 */
class CloudFailoverTest {

    private static final Taxonomy TAXONOMY = Taxonomy.load();
    private static final int FILES = 150;
    private static final int KILL_AT = 40;
    private static final String[] TOPICS = {
        "Every person who smuggles migrants across a border for a financial or other material benefit commits an offence.",
        "Every person who launders the proceeds of crime or conceals their origin commits an offence.",
        "A person may be surrendered to a foreign State under an extradition treaty for an offence punishable by imprisonment.",
        "The illicit manufacturing of and trafficking in firearms and ammunition is punishable by ten years of imprisonment.",
        "Every person who recruits or transports a person by force for the purpose of exploitation commits trafficking in persons.",
        "The court may order the confiscation of property derived from an offence and the freezing of assets.",
        "The central authority receives requests for mutual legal assistance from foreign States.",
        "A public official who solicits a bribe in exchange for an act in the exercise of official duties commits corruption."};

    @Test
    void aNodeDiesUnderSearchesAndIngestAndNothingIsLostOrFailed(@TempDir Path tmp) throws Exception {
        Path docs = corpus(Files.createDirectories(tmp.resolve("docs")));
        List<SourceFile> files = DocumentFiles.list(List.of(docs));
        assertThat(files).hasSize(FILES);

        MiniSolrCloudCluster cluster = new MiniSolrCloudCluster.Builder(2, tmp.resolve("cluster")).build();
        try (SolrConnection embedded = SolrConnection.open(SolrSettings.embedded(tmp.resolve("embedded")))) {
            String zk = cluster.getZkServer().getZkAddress();
            String zkHost = cluster.getZkServer().getZkHost();
            SolrSettings settings = new SolrSettings(SolrMode.CLOUD, null, null, List.of(zkHost),
                    Optional.of(zk.substring(zkHost.length())), "mycroft");
            try (SolrConnection cloud = SolrConnection.open(settings)) {
                CloudHttp2SolrClient client = (CloudHttp2SolrClient) cloud.client();
                CloudAdmin admin = new CloudAdmin(client, zk);
                admin.uploadConfigset("mycroft");
                admin.createCollection("mycroft", "mycroft", 2, 2);
                cluster.waitForActiveCollection("mycroft", 2, 4);
                DocCollection collection = client.getClusterState().getCollection("mycroft");
                for (Slice shard : collection.getSlices()) {
                    assertThat(shard.getReplicas().stream().map(Replica::getNodeName).distinct())
                            .as("each node holds a replica of %s", shard.getName()).hasSize(2);
                }
                String leaderNode = collection.getSlice("shard1").getLeader().getNodeName();
                JettySolrRunner victim = cluster.getJettySolrRunners().stream()
                        .filter(j -> j.getNodeName().equals(leaderNode)).findFirst().orElseThrow();

                IngestReport reference;
                try (IngestPipeline pipeline = IngestPipeline.create(embedded.client(), TAXONOMY)) {
                    reference = pipeline.ingest(files, IngestOptions.DEFAULT, IngestProgress.SILENT);
                }

                SearchService search = service(client);
                List<SearchRequest> requests = requests();
                AtomicBoolean ingesting = new AtomicBoolean(true);
                AtomicBoolean nodeDown = new AtomicBoolean();
                AtomicInteger searches = new AtomicInteger();
                AtomicInteger searchesWhileDown = new AtomicInteger();
                AtomicInteger retried = new AtomicInteger();
                AtomicInteger failed = new AtomicInteger();
                ExecutorService load = Executors.newFixedThreadPool(2);
                List<Future<?>> clients = new ArrayList<>();
                for (int c = 0; c < 2; c++) {
                    int offset = c;
                    clients.add(load.submit(() -> {
                        for (int i = offset; ingesting.get() || i < 40; i++) {
                            if (!searchWithRetry(search, requests.get(i % requests.size()), retried)) {
                                failed.incrementAndGet();
                            }
                            searches.incrementAndGet();
                            if (nodeDown.get()) {
                                searchesWhileDown.incrementAndGet();
                            }
                        }
                        return null;
                    }));
                }

                IngestReport report;
                try (IngestPipeline pipeline = IngestPipeline.create(client, TAXONOMY)) {
                    AtomicInteger done = new AtomicInteger();
                    report = pipeline.ingest(files, IngestOptions.DEFAULT, new IngestProgress() {
                        @Override
                        public void started(int count) {}

                        @Override
                        public void fileDone(SourceFile file, Outcome outcome, String detail) {
                            if (done.incrementAndGet() == KILL_AT) {
                                try {
                                    cluster.stopJettySolrRunner(victim);
                                    cluster.waitForJettyToStop(victim);
                                    nodeDown.set(true);
                                } catch (Exception e) {
                                    throw new IllegalStateException(e);
                                }
                            }
                        }
                    });
                } finally {
                    ingesting.set(false);
                }
                for (Future<?> c : clients) {
                    c.get(5, TimeUnit.MINUTES);
                }
                load.shutdown();
                System.out.printf("Failover: %d searches (%d with the node down), %d needed the client's retry, %d failed%n",
                        searches.get(), searchesWhileDown.get(), retried.get(), failed.get());

                assertThat(nodeDown).as("the node was stopped during the ingest").isTrue();
                assertThat(searchesWhileDown.get()).as("searches ran while the node was down").isPositive();
                assertThat(failed.get()).as("searches failed after the client's retry").isZero();
                assertThat(report.failures()).isEmpty();
                assertThat(report.indexed()).isEqualTo(FILES);
                assertThat(report.units()).isEqualTo(reference.units());

                assertThat(unitsPerDocument(client)).as("every unit exactly once, as in embedded Solr")
                        .isEqualTo(unitsPerDocument(embedded.client()));
                assertThat(total(client)).isEqualTo(reference.units());
                SearchService local = service(embedded.client());
                for (SearchRequest request : requests) {
                    SearchResponse onCloud = search.search(request);
                    SearchResponse onEmbedded = local.search(request);
                    assertThat(onCloud.total()).as("total of %s", request).isEqualTo(onEmbedded.total());
                    assertThat(onCloud.facets()).as("facets of %s", request).isEqualTo(onEmbedded.facets());
                }
            }
        } finally {
            cluster.shutdown();
        }
    }

    /** The client's side of a 503 with Retry-After: try again, a bounded number of times. */
    private static boolean searchWithRetry(SearchService search, SearchRequest request, AtomicInteger retried)
            throws InterruptedException {
        for (int attempt = 1; attempt <= 3; attempt++) {
            try {
                search.search(request);
                return true;
            } catch (SearchBackendException e) {
                retried.incrementAndGet();
                TimeUnit.SECONDS.sleep(1); // the client's back-off before its retry
            }
        }
        return false;
    }

    private static Map<String, Long> unitsPerDocument(SolrClient solr) throws Exception {
        Map<String, Long> counts = new TreeMap<>();
        solr.query(new SolrQuery("*:*").setRows(0).setFacet(true).addFacetField(IndexFields.PARENT_ID)
                .setFacetLimit(-1).setFacetMinCount(1)).getFacetField(IndexFields.PARENT_ID).getValues()
                .forEach(c -> counts.put(c.getName(), c.getCount()));
        return counts;
    }

    private static long total(SolrClient solr) throws Exception {
        return solr.query(new SolrQuery("*:*").setRows(0)).getResults().getNumFound();
    }

    private static Path corpus(Path dir) throws Exception {
        Random random = new Random(14);
        for (int i = 0; i < FILES; i++) {
            StringBuilder law = new StringBuilder("Criminal Matters Act No. " + i + " (fictional)\n");
            int sections = 2 + random.nextInt(3);
            for (int s = 1; s <= sections; s++) {
                law.append("Section ").append(s).append(". Provision\n").append(TOPICS[random.nextInt(TOPICS.length)])
                        .append(" Reference ").append(i).append('-').append(s).append(".\n");
            }
            Files.writeString(dir.resolve("act-" + i + ".txt"), law);
        }
        return dir;
    }

    private static List<SearchRequest> requests() {
        List<SearchRequest> requests = new ArrayList<>();
        for (String q : List.of("", "smuggles migrants", "extradition", "proceeds of crime", "firearms", "\"mutual legal assistance\"")) {
            requests.add(new SearchRequest(q, Map.of(), q.isEmpty() ? SearchSort.NEWEST : SearchSort.RELEVANCE, 1, 20, "en"));
        }
        requests.add(new SearchRequest("offence", Map.of(Facet.LANGUAGE, List.of("en")), SearchSort.RELEVANCE, 2, 10, "fr"));
        requests.add(new SearchRequest("", Map.of(Facet.CROSS_CUTTING, List.of("extradition")), SearchSort.NEWEST, 1, 20, "es"));
        return requests;
    }

    private static SearchService service(SolrClient solr) {
        SearchQueryBuilder queries = new SearchQueryBuilder();
        return new SearchService(solr, queries, new SearchResultMapper(TAXONOMY), new ConventionReliance(solr, queries, TAXONOMY));
    }
}
