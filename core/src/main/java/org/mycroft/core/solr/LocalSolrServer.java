package org.mycroft.core.solr;

import java.io.IOException;
import java.util.Collection;
import org.apache.solr.client.solrj.embedded.EmbeddedSolrServer;
import org.apache.solr.common.SolrInputDocument;
import org.apache.solr.common.params.ModifiableSolrParams;
import org.apache.solr.core.CoreContainer;
import org.apache.solr.core.SolrCore;
import org.apache.solr.request.LocalSolrQueryRequest;
import org.apache.solr.request.SolrQueryRequest;
import org.apache.solr.response.SolrQueryResponse;
import org.apache.solr.update.AddUpdateCommand;
import org.apache.solr.update.processor.UpdateRequestProcessor;

/**
 * Embedded Solr that can also take documents straight into the core's update chain.
 * EmbeddedSolrServer serialises every request to javabin and parses it back; in bulk ingest of
 * long statutes that round trip was a quarter of the pipeline's CPU.
 */
public final class LocalSolrServer extends EmbeddedSolrServer {

    public LocalSolrServer(CoreContainer container, String coreName) {
        super(container, coreName);
    }

    /** Adds documents through the default update chain: the same processors, no serialisation. */
    public void addDirect(Collection<SolrInputDocument> docs) throws IOException {
        try (SolrCore core = coreContainer.getCore(coreName)) {
            if (core == null) {
                throw new IOException("No Solr core named " + coreName);
            }
            SolrQueryRequest request = new LocalSolrQueryRequest(core, new ModifiableSolrParams());
            try {
                UpdateRequestProcessor processor = core.getUpdateProcessingChain(null)
                        .createProcessor(request, new SolrQueryResponse());
                try {
                    for (SolrInputDocument doc : docs) {
                        AddUpdateCommand command = new AddUpdateCommand(request);
                        command.solrDoc = doc;
                        processor.processAdd(command);
                    }
                    processor.finish();
                } finally {
                    processor.close();
                }
            } finally {
                request.close();
            }
        }
    }
}
