package org.mycroft.api.solr;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.mycroft.api.search.ConventionReliance;
import org.mycroft.api.search.SearchQueryBuilder;
import org.mycroft.api.search.SearchRequest;
import org.mycroft.api.search.SearchResultMapper;
import org.mycroft.api.search.SearchService;
import org.mycroft.api.search.SearchSort;
import org.mycroft.api.system.BackendUnavailable;
import org.mycroft.api.system.SearchBackendException;
import org.mycroft.core.solr.SolrConnection;
import org.mycroft.core.solr.SolrMode;
import org.mycroft.core.solr.SolrSettings;
import org.mycroft.core.solr.SolrTimeouts;
import org.mycroft.core.taxonomy.Taxonomy;

/**
 * Http mode against a Solr that is not there (connection refused) and one that accepts the
 * connection but never answers (a hung node): both fail as a {@link SearchBackendException}, the
 * 503 of the API, and the hung one within the configured read timeout instead of never.
 */
class RemoteSolrFailureTest {

    private static final SearchRequest SEARCH = new SearchRequest("extradition", Map.of(), SearchSort.RELEVANCE, 1, 20, "en");
    private static final SolrTimeouts SHORT = new SolrTimeouts(Duration.ofSeconds(1), Duration.ofSeconds(2));

    @Test
    void refusedConnectionIsABackendFailure() throws Exception {
        int port;
        try (ServerSocket probe = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = probe.getLocalPort(); // closed again: nothing listens there
        }
        try (SolrConnection solr = SolrConnection.open(http(port), SHORT)) {
            assertThatThrownBy(() -> service(solr).search(SEARCH)).isInstanceOf(SearchBackendException.class)
                    .matches(BackendUnavailable::isCause, "a backend failure");
        }
    }

    @Test
    void hungSolrFailsWithinTheReadTimeout() throws Exception {
        List<Socket> held = new CopyOnWriteArrayList<>();
        try (ServerSocket silent = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
            Thread acceptor = Thread.ofVirtual().start(() -> {
                while (!silent.isClosed()) {
                    try {
                        held.add(silent.accept()); // read nothing, answer nothing
                    } catch (Exception e) {
                        return;
                    }
                }
            });
            try (SolrConnection solr = SolrConnection.open(http(silent.getLocalPort()), SHORT)) {
                // Without the read timeout this call would never return; surefire's fork timeout,
                // not a wall-clock assertion here, is what stops such a hang.
                assertThatThrownBy(() -> service(solr).search(SEARCH)).isInstanceOf(SearchBackendException.class)
                        .matches(BackendUnavailable::isCause, "a backend failure")
                        .hasRootCauseInstanceOf(java.util.concurrent.TimeoutException.class);
            } finally {
                acceptor.interrupt();
                for (Socket s : held) {
                    s.close();
                }
            }
        }
    }

    private static SolrSettings http(int port) {
        return new SolrSettings(SolrMode.HTTP, null, "http://127.0.0.1:" + port + "/solr", List.of(), Optional.empty(), "mycroft");
    }

    private static SearchService service(SolrConnection solr) {
        Taxonomy taxonomy = Taxonomy.load();
        SearchQueryBuilder queries = new SearchQueryBuilder();
        return new SearchService(solr.client(), queries, new SearchResultMapper(taxonomy),
                new ConventionReliance(solr.client(), queries, taxonomy));
    }
}
