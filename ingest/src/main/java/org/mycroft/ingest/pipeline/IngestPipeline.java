package org.mycroft.ingest.pipeline;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Set;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.LongAdder;
import org.apache.solr.client.solrj.SolrClient;
import org.apache.solr.client.solrj.SolrQuery;
import org.apache.solr.client.solrj.SolrServerException;
import org.apache.solr.common.SolrDocument;
import org.apache.solr.common.SolrDocumentList;
import org.apache.solr.common.SolrInputDocument;
import org.mycroft.core.index.IndexFields;
import org.mycroft.core.index.IndexQueries;
import org.mycroft.core.taxonomy.Taxonomy;
import org.mycroft.ingest.dedup.NearDuplicateFinder;
import org.mycroft.ingest.extraction.ExtractionException;
import org.mycroft.ingest.extraction.TikaExtractor;
import org.mycroft.ingest.indexing.IndexUnit;
import org.mycroft.ingest.indexing.UnitDocuments;
import org.mycroft.ingest.language.LanguageGuesser;
import org.mycroft.ingest.source.Sidecar;
import org.mycroft.ingest.source.SidecarReader;
import org.mycroft.ingest.source.SourceFile;
import org.mycroft.tagging.Tagger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Files to index: hash, skip if unchanged, extract, split, detect, tag, replace the document's
 * units in Solr. A file that fails is reported with its reason and the batch goes on.
 */
public final class IngestPipeline implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(IngestPipeline.class);

    private final SolrClient solr;
    private final TikaExtractor extractor;
    private final DocumentReader reader;
    private final UnitDocuments documents;
    private final SidecarReader sidecars = new SidecarReader();
    private final NearDuplicateFinder duplicates;
    private final Clock clock;
    private volatile boolean stopRequested;
    /** CPU of the pipeline's own steps outside the reader: sidecars, hashes, near-duplicates, Solr documents. */
    private final LongAdder ownCpu = new LongAdder();

    public IngestPipeline(SolrClient solr, Taxonomy taxonomy, Tagger tagger, TikaExtractor extractor,
            LanguageGuesser languages, Clock clock) {
        this.solr = solr;
        this.extractor = extractor;
        this.reader = new DocumentReader(extractor, new UnitBuilder(taxonomy, tagger, languages));
        this.documents = new UnitDocuments(taxonomy);
        this.duplicates = new NearDuplicateFinder(solr);
        this.clock = clock;
    }

    /** A pipeline with the default tagger, extractor and language models. */
    public static IngestPipeline create(SolrClient solr, Taxonomy taxonomy) {
        return new IngestPipeline(solr, taxonomy, Tagger.loadDefault(taxonomy), new TikaExtractor(),
                new LanguageGuesser(), Clock.systemUTC());
    }

    public IngestReport ingest(List<SourceFile> files, IngestOptions options, IngestProgress progress)
            throws IOException, SolrServerException {
        Instant start = clock.instant();
        progress.started(files.size());
        Totals totals = new Totals();
        // On an empty index no file can have been indexed before and no earlier document can be
        // duplicated: two Solr queries per file saved on a first, bulk load.
        boolean emptyIndex = isEmpty();
        if (emptyIndex) {
            duplicates.startingOnEmptyIndex();
        }
        List<SolrInputDocument> batch = new ArrayList<>();
        OrderedSolrWriter writer = new OrderedSolrWriter(solr);
        // Reading, splitting and tagging run on worker threads; writing to Solr stays in file
        // order on this thread, so ids, near-duplicate flags and commits do not depend on timing.
        // The window bounds how many read documents wait in memory: two per worker, and more while
        // the files waiting are small, so that a long statute at the head of the window does not
        // leave the other workers idle (corpus-real's two largest laws are half its bytes).
        int workers = Math.max(1, options.workers());
        ExecutorService pool = Executors.newFixedThreadPool(workers, r -> {
            Thread t = new Thread(r, "ingest-worker");
            t.setDaemon(true);
            return t;
        });
        try {
            ArrayDeque<Future<PreparedFile>> window = new ArrayDeque<>();
            ArrayDeque<Long> windowSizes = new ArrayDeque<>();
            long windowBytes = 0;
            int next = 0;
            while (next < files.size() || !window.isEmpty()) {
                if (stopRequested) {
                    break; // files still in the window were never reported: nothing reported is dropped
                }
                while (next < files.size() && (window.size() < workers * 2
                        || window.size() < workers * WINDOW_FILES_PER_WORKER && windowBytes < WINDOW_BYTES)) {
                    SourceFile file = files.get(next++);
                    long size = sizeOf(file);
                    windowSizes.add(size);
                    windowBytes += size;
                    window.add(pool.submit(() -> prepare(file, options, emptyIndex)));
                }
                windowBytes -= windowSizes.poll();
                PreparedFile prepared = await(window.poll());
                long cpu = ThreadCpu.now();
                write(prepared, options, batch, writer, totals, progress);
                ownCpu.add(ThreadCpu.now() - cpu);
            }
            flush(batch, writer);
            writer.commit();
            duplicates.committed();
        } finally {
            pool.shutdownNow();
            writer.close();
        }
        int pruned = options.prune() ? prune(files) : 0;
        if (pruned > 0) {
            solr.commit(); // the run's own writes were committed above
        }
        return new IngestReport(totals.indexed, totals.units, totals.unchanged, pruned, List.copyOf(totals.failures),
                Duration.between(start, clock.instant()));
    }

    /**
     * CPU nanoseconds this pipeline's own work has taken so far, on its worker threads and the writing
     * thread: sidecars, content hashes, splitting, language, tags, near-duplicate signatures and checks,
     * and building the Solr documents. Tika's parsing (its parse threads), Solr's indexing (the writer
     * thread, Lucene's merges) and the JVM's JIT and GC are not in it ({@code mycroft bench ingest}).
     */
    public long ownCpuNanos() {
        return ownCpu.sum() + reader.ownCpuNanos();
    }

    /**
     * Asks a running {@link #ingest} to finish early (a SIGTERM, a portal shutting down): the file
     * being written is finished, every file already reported is committed, the rest is not read.
     */
    public void stop() {
        stopRequested = true;
    }

    /** At most this many files per worker read ahead of the writer, while they hold less than {@link #WINDOW_BYTES}. */
    private static final int WINDOW_FILES_PER_WORKER = 8;
    private static final long WINDOW_BYTES = 32L << 20;

    private static long sizeOf(SourceFile file) {
        try {
            return Files.size(file.path());
        } catch (IOException e) {
            return 0; // prepare() reports why the file cannot be read
        }
    }

    /** Documents between two commits: few enough that the in-memory near-duplicate index stays small. */
    private static final int DOCUMENTS_PER_COMMIT = 5_000;

    /** Counts of one ingest run. */
    private static final class Totals {
        int indexed;
        int units;
        int unchanged;
        final List<IngestReport.Failure> failures = new ArrayList<>();
        /** Ids written in this run: a second file with the same id replaces the first. */
        final Set<String> written = new HashSet<>();
    }

    /** A file after the parallel stage: unchanged, failed with a reason, or read into its parts. */
    private sealed interface PreparedFile {
        SourceFile file();
    }

    private record Unchanged(SourceFile file) implements PreparedFile {}

    private record Failed(SourceFile file, String name, String reason) implements PreparedFile {}

    /**
     * Read into its parts (the whole file, or one per member of a ZIP archive); {@code membersQuery}
     * finds the documents of its members, {@code wasIndexed} says it has documents to replace.
     */
    private record Read(SourceFile file, String id, String membersQuery, boolean wasIndexed, List<DocumentReader.Part> parts)
            implements PreparedFile {}

    /** Worker stage: everything that does not write to Solr. Never throws: a failure is a result. */
    private PreparedFile prepare(SourceFile file, IngestOptions options, boolean emptyIndex) {
        String name = file.root().relativize(file.path()).toString();
        try {
            long cpu = ThreadCpu.now();
            Sidecar sidecar = sidecars.read(file.path());
            String id = DocumentReader.idOf(file, sidecar);
            extractor.checkSize(file.path()); // a huge file is refused before it is read, even to hash it
            String hash = ContentHash.of(file.path());
            ownCpu.add(ThreadCpu.now() - cpu);
            String members = IndexQueries.startsWith(IndexFields.SOURCE_PATH, name + "!/");
            Optional<String> indexedHash = emptyIndex ? Optional.empty() : indexedHash(id, members);
            if (!options.force() && indexedHash.filter(hash::equals).isPresent()) {
                return new Unchanged(file);
            }
            List<DocumentReader.Part> parts = reader.read(file, sidecar, id, hash, clock.instant(), false);
            return new Read(file, id, members, indexedHash.isPresent(), parts);
        } catch (ExtractionException | IOException | RuntimeException e) {
            String reason = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            if (e instanceof RuntimeException) {
                LOG.warn("Unexpected failure on {}", name, e);
            }
            return new Failed(file, name, reason);
        }
    }

    /** Writer stage, in file order: replace the file's documents in Solr. */
    private void write(PreparedFile prepared, IngestOptions options, List<SolrInputDocument> batch,
            OrderedSolrWriter writer, Totals totals, IngestProgress progress) throws IOException {
        switch (prepared) {
            case Unchanged u -> {
                totals.unchanged++;
                progress.fileDone(u.file(), IngestProgress.Outcome.UNCHANGED, "");
            }
            case Failed f -> {
                totals.failures.add(new IngestReport.Failure(f.name(), f.reason()));
                progress.fileDone(f.file(), IngestProgress.Outcome.FAILED, f.reason());
            }
            case Read r -> index(r, options, batch, writer, totals, progress);
        }
    }

    /** Replaces the documents of a file that was read with those of its parts. */
    private void index(Read read, IngestOptions options, List<SolrInputDocument> batch, OrderedSolrWriter writer,
            Totals totals, IngestProgress progress) throws IOException {
        SourceFile file = read.file();
        // Replace, never duplicate: a law re-split into fewer provisions must lose the old ones.
        // Only then: a delete-by-query between adds is costly in Solr, and a new file has nothing to delete.
        if (!totals.written.add(read.id()) || read.wasIndexed()) {
            flush(batch, writer);
            writer.deleteByQuery(IndexQueries.or(IndexQueries.is(IndexFields.PARENT_ID, read.id()), read.membersQuery()));
        }
        int fileUnits = 0;
        boolean anyRead = false;
        for (DocumentReader.Part part : read.parts()) {
            if (part.failed()) {
                totals.failures.add(new IngestReport.Failure(part.source(), part.failure()));
                continue;
            }
            anyRead = true;
            UnitDocuments.Placement placement = new UnitDocuments.Placement(file.root().toString(),
                    duplicates.duplicateOf(part.id(), part.minHash()).orElse(null), part.minHash());
            for (IndexUnit unit : part.units()) {
                batch.add(documents.toSolr(unit, placement));
            }
            duplicates.remember(part.id(), part.minHash());
            if (batch.size() >= options.batchSize()) {
                // No commit per batch: opening searchers stalled the pipeline. Solr's autoCommit makes
                // the work durable as it goes (a killed run keeps it, and a rerun skips it by hash);
                // near-duplicates of this run are found in memory until the next commit, which comes
                // every few thousand documents so that memory stays bounded on any corpus.
                flush(batch, writer);
            }
            if (duplicates.remembered() >= DOCUMENTS_PER_COMMIT) {
                flush(batch, writer);
                writer.commit();
                duplicates.committed();
            }
            totals.indexed++;
            fileUnits += part.units().size();
        }
        totals.units += fileUnits;
        progress.fileDone(file, anyRead ? IngestProgress.Outcome.INDEXED : IngestProgress.Outcome.FAILED,
                anyRead ? fileUnits + " unit(s)" : "no member of the archive could be read");
    }

    private static PreparedFile await(Future<PreparedFile> future) throws IOException {
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("Ingest interrupted", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("prepare() must not throw", e.getCause());
        }
    }

    /** Deletes the documents of the ingested folders whose files no longer exist. */
    private int prune(List<SourceFile> files) throws IOException, SolrServerException {
        int pruned = 0;
        for (Path root : files.stream().map(SourceFile::root).distinct().toList()) {
            SolrQuery query = IndexQueries.everything()
                    .addFilterQuery(IndexQueries.is(IndexFields.SOURCE_ROOT, root.toString()))
                    .addFilterQuery(IndexQueries.is(IndexFields.POSITION, 0))
                    .setFields(IndexFields.PARENT_ID, IndexFields.SOURCE_PATH)
                    .setRows(Integer.MAX_VALUE);
            for (SolrDocument doc : solr.query(query).getResults()) {
                String sourcePath = String.valueOf(doc.getFieldValue(IndexFields.SOURCE_PATH));
                // Members of an archive live as long as the archive: "laws.zip!/a.pdf" -> "laws.zip".
                int member = sourcePath.indexOf("!/");
                Path file = root.resolve(member < 0 ? sourcePath : sourcePath.substring(0, member));
                if (!Files.exists(file)) {
                    solr.deleteByQuery(IndexQueries.is(IndexFields.PARENT_ID, String.valueOf(doc.getFieldValue(IndexFields.PARENT_ID))));
                    pruned++;
                }
            }
        }
        return pruned;
    }

    private static void flush(List<SolrInputDocument> batch, OrderedSolrWriter writer) throws IOException {
        if (!batch.isEmpty()) {
            writer.add(batch);
            batch.clear();
        }
    }

    private boolean isEmpty() throws IOException {
        try {
            return SampleCorpusLoader.indexIsEmpty(solr);
        } catch (SolrServerException e) {
            throw new IOException("Solr query failed: " + e.getMessage(), e);
        }
    }

    /** Hash of the file behind {@code parentId}, or behind the members of the archive it was ({@code members}). */
    private Optional<String> indexedHash(String parentId, String members) throws IOException {
        SolrQuery query = IndexQueries.everything()
                .addFilterQuery(IndexQueries.or(IndexQueries.is(IndexFields.PARENT_ID, parentId), members))
                .setFields(IndexFields.CONTENT_HASH)
                .setRows(1);
        try {
            SolrDocumentList docs = solr.query(query).getResults();
            return docs.isEmpty() ? Optional.empty() : Optional.ofNullable((String) docs.getFirst().getFieldValue(IndexFields.CONTENT_HASH));
        } catch (SolrServerException e) {
            throw new IOException("Solr query failed: " + e.getMessage(), e);
        }
    }

    @Override
    public void close() {
        extractor.close();
    }
}
