package org.mycroft.ingest.bench;

import java.io.IOException;
import java.util.List;
import org.apache.solr.client.solrj.SolrServerException;
import org.apache.solr.client.solrj.request.ContentStreamUpdateRequest;
import org.apache.solr.core.SolrCore;
import org.mycroft.core.index.IndexFields;
import org.mycroft.core.solr.LocalSolrServer;
import org.mycroft.ingest.source.SourceFile;

/**
 * What a user would otherwise run: Solr Cell, the extracting request handler, which parses each file
 * with Tika inside Solr and adds it whole as one document, with no splitting, language detection or
 * tagging. The solr-cell module of Solr 9.10.1 is not in the Maven registry these machines reach, so
 * {@link ExtractingHandlerStandIn} does its work on the same embedded core the pipeline writes to: one
 * {@code /update/extract} request per file, from as many threads as the pipeline has workers, with
 * the parameters a user of this schema would give ({@code literal.id}, {@code fmap.content=text_general},
 * {@code fmap.dc_title=title}, {@code lowernames}, {@code uprefix=ignored_}), under the same commit
 * policy (the configset's autoCommit and autoSoftCommit, then one commit at the end).
 */
final class SolrCellBaseline {

    private final List<SourceFile> files;
    private final int threads;

    SolrCellBaseline(List<SourceFile> files, int threads) {
        this.files = files;
        this.threads = threads;
    }

    /** Indexes every file whole; returns the number of documents added. */
    int index(LocalSolrServer solr) throws IOException, SolrServerException {
        String core = solr.getCoreContainer().getAllCoreNames().getFirst();
        try (SolrCore solrCore = solr.getCoreContainer().getCore(core)) {
            if (solrCore.getRequestHandler(ExtractingHandlerStandIn.PATH) == null) {
                solrCore.registerRequestHandler(ExtractingHandlerStandIn.PATH, new ExtractingHandlerStandIn());
            }
        }
        List<Boolean> added = ParallelFiles.map(files, threads, "Solr Cell stand-in failed", f -> add(solr, f));
        solr.commit();
        return (int) added.stream().filter(Boolean::booleanValue).count();
    }

    private static boolean add(LocalSolrServer solr, SourceFile f) throws IOException {
        ContentStreamUpdateRequest request = new ContentStreamUpdateRequest(ExtractingHandlerStandIn.PATH);
        request.addFile(f.path().toFile(), null);
        request.setParam("literal." + IndexFields.ID, "cell-" + f.defaultId());
        request.setParam("fmap.content", IndexFields.TEXT_GENERAL);
        request.setParam("fmap.dc_title", IndexFields.TITLE);
        request.setParam("lowernames", "true");
        request.setParam("uprefix", "ignored_");
        try {
            solr.request(request);
            return true;
        } catch (SolrServerException | RuntimeException e) {
            return false; // Solr Cell answers an error for this file; nothing is indexed
        }
    }
}
