package org.mycroft.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.NoMergePolicy;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** bench ingest-scale reports what the last commit references, not leftover files of merged-away segments. */
class CommittedIndexSizeTest {

    @Test
    void countsOnlyTheSegmentsOfTheLastCommit(@TempDir Path data) throws Exception {
        Path index = Files.createDirectories(data.resolve("solr/mycroft/data/index"));
        try (FSDirectory dir = FSDirectory.open(index);
                IndexWriter writer = new IndexWriter(dir, new IndexWriterConfig(new StandardAnalyzer()).setMergePolicy(NoMergePolicy.INSTANCE))) {
            for (int commit = 0; commit < 2; commit++) {
                Document doc = new Document();
                doc.add(new TextField("text", "provision " + commit, Field.Store.YES));
                writer.addDocument(doc);
                writer.commit();
            }
        }
        long committedFiles;
        try (var files = Files.list(index)) {
            committedFiles = files.mapToLong(f -> f.toFile().length()).sum();
        }
        // a merged-away segment's file that Lucene has not deleted yet
        Files.write(index.resolve("_zz.cfs"), new byte[100_000]);

        BenchIngestScaleCommand.CommittedIndex measured = BenchIngestScaleCommand.committedIndex(data);

        assertEquals(2, measured.segments());
        assertTrue(measured.bytes() > 0 && measured.bytes() <= committedFiles,
                measured.bytes() + " bytes should be at most the committed files' " + committedFiles);
    }
}
