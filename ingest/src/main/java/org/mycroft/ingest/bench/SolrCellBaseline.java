package org.mycroft.ingest.bench;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.util.List;
import org.apache.solr.client.solrj.SolrServerException;
import org.apache.solr.common.SolrInputDocument;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.sax.BodyContentHandler;
import org.mycroft.core.index.IndexFields;
import org.mycroft.core.solr.LocalSolrServer;
import org.mycroft.ingest.source.SourceFile;

/**
 * What a user would otherwise run: Solr Cell (the extracting request handler), which parses each
 * file with Tika's AutoDetectParser inside the indexing path and adds it whole as one document,
 * with no splitting, language detection or tagging. The solr-cell module of Solr 9.10.1 is not in
 * the Maven registry these machines reach, so this is the same work done in-process: Tika's
 * default parser to plain text, one document per file, added to the embedded index, requests
 * from as many threads as the pipeline has workers, then one commit.
 */
final class SolrCellBaseline {

    private final List<SourceFile> files;
    private final int threads;
    private final AutoDetectParser parser = new AutoDetectParser();

    SolrCellBaseline(List<SourceFile> files, int threads) {
        this.files = files;
        this.threads = threads;
    }

    /** Indexes every file whole; returns the number of documents added. */
    int index(LocalSolrServer solr) throws IOException, SolrServerException {
        List<Boolean> added = ParallelFiles.map(files, threads, "Solr Cell baseline failed", f -> add(solr, f));
        solr.commit();
        return (int) added.stream().filter(Boolean::booleanValue).count();
    }

    private boolean add(LocalSolrServer solr, SourceFile f) throws IOException {
        BodyContentHandler text = new BodyContentHandler(-1);
        Metadata metadata = new Metadata();
        try (InputStream in = Files.newInputStream(f.path())) {
            parser.parse(in, text, metadata, new ParseContext());
        } catch (Exception e) {
            return false; // Solr Cell answers an error for this file; nothing is indexed
        }
        SolrInputDocument doc = new SolrInputDocument();
        doc.setField(IndexFields.ID, "cell-" + f.defaultId());
        String title = metadata.get(TikaCoreProperties.TITLE);
        doc.setField(IndexFields.TITLE, title == null ? f.fileName() : title);
        doc.setField(IndexFields.TEXT_GENERAL, text.toString());
        solr.addDirect(List.of(doc));
        return true;
    }
}
