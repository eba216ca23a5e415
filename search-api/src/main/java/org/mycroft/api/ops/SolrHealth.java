package org.mycroft.api.ops;

import org.apache.solr.client.solrj.SolrClient;
import org.apache.solr.client.solrj.SolrQuery;
import org.mycroft.api.solr.SolrSupport;
import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;
import org.springframework.stereotype.Component;

/**
 * The {@code solr} component of {@code /actuator/health} and of the readiness group: up when the
 * index answers a query (within the Solr read timeout), down otherwise. Liveness leaves it out: a
 * Solr outage is no reason to restart the portal, which resumes by itself.
 */
@Component("solr")
public class SolrHealth extends AbstractHealthIndicator {

    private final SolrClient solr;

    public SolrHealth(SolrClient solr) {
        super("Solr health check failed");
        this.solr = solr;
    }

    @Override
    protected void doHealthCheck(Health.Builder builder) {
        long documents = SolrSupport.query(solr, new SolrQuery("*:*").setRows(0)).getResults().getNumFound();
        builder.up().withDetail("documents", documents);
    }
}
