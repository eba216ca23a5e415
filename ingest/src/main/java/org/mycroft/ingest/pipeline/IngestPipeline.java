package org.mycroft.ingest.pipeline;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.solr.client.solrj.SolrClient;
import org.apache.solr.client.solrj.SolrQuery;
import org.apache.solr.client.solrj.SolrServerException;
import org.apache.solr.client.solrj.util.ClientUtils;
import org.apache.solr.common.SolrDocument;
import org.apache.solr.common.SolrDocumentList;
import org.apache.solr.common.SolrInputDocument;
import org.mycroft.core.index.IndexFields;
import org.mycroft.core.taxonomy.Taxonomy;
import org.mycroft.ingest.dedup.MinHash;
import org.mycroft.ingest.dedup.NearDuplicateFinder;
import org.mycroft.ingest.extraction.ExtractedDocument;
import org.mycroft.ingest.extraction.ExtractedPart;
import org.mycroft.ingest.extraction.ExtractionException;
import org.mycroft.ingest.extraction.TikaExtractor;
import org.mycroft.ingest.indexing.IndexUnit;
import org.mycroft.ingest.indexing.UnitDocuments;
import org.mycroft.ingest.language.LanguageGuesser;
import org.mycroft.ingest.source.Sidecar;
import org.mycroft.ingest.source.SidecarReader;
import org.mycroft.ingest.source.SourceFile;
import org.mycroft.ingest.tagging.Tagger;
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
    private final UnitBuilder units;
    private final UnitDocuments documents;
    private final SidecarReader sidecars = new SidecarReader();
    private final NearDuplicateFinder duplicates;
    private final Clock clock;

    public IngestPipeline(SolrClient solr, Taxonomy taxonomy, Tagger tagger, TikaExtractor extractor,
            LanguageGuesser languages, Clock clock) {
        this.solr = solr;
        this.extractor = extractor;
        this.units = new UnitBuilder(taxonomy, tagger, languages);
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
        List<SolrInputDocument> batch = new ArrayList<>();
        List<IngestReport.Failure> failures = new ArrayList<>();
        int indexed = 0;
        int unitCount = 0;
        int unchanged = 0;
        for (SourceFile file : files) {
            String name = file.root().relativize(file.path()).toString();
            try {
                Sidecar sidecar = sidecars.read(file.path());
                String id = sidecar.id() != null ? sidecar.id() : file.defaultId();
                extractor.checkSize(file.path()); // a huge file is refused before it is read, even to hash it
                String hash = ContentHash.of(file.path());
                String members = IndexFields.SOURCE_PATH + ":" + ClientUtils.escapeQueryChars(name + "!/") + "*";
                if (!options.force() && indexedHash(id, members).filter(hash::equals).isPresent()) {
                    unchanged++;
                    progress.fileDone(file, IngestProgress.Outcome.UNCHANGED, "");
                    continue;
                }
                // One document per file, or one per member of a ZIP archive ("<zip-id>-<member-slug>",
                // source "archive.zip!/member.pdf"); a member that cannot be read is reported on its own.
                List<ExtractedPart> parts = extractor.extractAll(file.path());
                // Replace, never duplicate: a law re-split into fewer provisions must lose the old ones.
                flush(batch);
                solr.deleteByQuery(IndexFields.PARENT_ID + ":" + ClientUtils.escapeQueryChars(id) + " OR " + members);
                int fileUnits = 0;
                for (ExtractedPart part : parts) {
                    String partName = part.isMember() ? name + "!/" + part.member() : name;
                    if (part.failed()) {
                        failures.add(new IngestReport.Failure(partName, part.failure()));
                        continue;
                    }
                    String partId = part.isMember() ? id + "-" + part.slug() : id;
                    ExtractedDocument extracted = part.document();
                    List<IndexUnit> built = units.build(partId, part.isMember() ? memberSidecar(sidecar) : sidecar,
                            extracted, partName, hash, clock.instant(), false);
                    MinHash minHash = MinHash.of(extracted.text());
                    Optional<String> duplicateOf = duplicates.duplicateOf(partId, minHash);
                    for (IndexUnit unit : built) {
                        SolrInputDocument doc = documents.toSolr(unit);
                        doc.setField(IndexFields.SOURCE_ROOT, file.root().toString());
                        duplicateOf.ifPresent(d -> doc.setField(IndexFields.DUPLICATE_OF, d));
                        if (unit.position() == 0) {
                            doc.setField(IndexFields.DEDUP_BANDS, minHash.bandKeys());
                            doc.setField(IndexFields.DEDUP_SIGNATURE, minHash.encode());
                            doc.setField(IndexFields.DEDUP_SHINGLES, minHash.shingleCount());
                        }
                        batch.add(doc);
                    }
                    duplicates.remember(partId, minHash);
                    if (batch.size() >= options.batchSize()) {
                        flush(batch);
                        // Commit as we go so an ingest killed halfway keeps what it did; a rerun skips it by hash.
                        solr.commit();
                        duplicates.committed();
                    }
                    indexed++;
                    fileUnits += built.size();
                }
                unitCount += fileUnits;
                boolean anyRead = parts.stream().anyMatch(p -> !p.failed());
                progress.fileDone(file, anyRead ? IngestProgress.Outcome.INDEXED : IngestProgress.Outcome.FAILED,
                        anyRead ? fileUnits + " unit(s)" : "no member of the archive could be read");
            } catch (ExtractionException | IOException | RuntimeException e) {
                String reason = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
                if (e instanceof RuntimeException) {
                    LOG.warn("Unexpected failure on {}", name, e);
                }
                failures.add(new IngestReport.Failure(name, reason));
                progress.fileDone(file, IngestProgress.Outcome.FAILED, reason);
            }
        }
        flush(batch);
        int pruned = options.prune() ? prune(files) : 0;
        solr.commit();
        return new IngestReport(indexed, unitCount, unchanged, pruned, List.copyOf(failures),
                Duration.between(start, clock.instant()));
    }

    /** Deletes the documents of the ingested folders whose files no longer exist. */
    private int prune(List<SourceFile> files) throws IOException, SolrServerException {
        int pruned = 0;
        for (Path root : files.stream().map(SourceFile::root).distinct().toList()) {
            SolrQuery query = new SolrQuery("*:*")
                    .addFilterQuery(IndexFields.SOURCE_ROOT + ":" + ClientUtils.escapeQueryChars(root.toString()))
                    .addFilterQuery(IndexFields.POSITION + ":0")
                    .setFields(IndexFields.PARENT_ID, IndexFields.SOURCE_PATH)
                    .setRows(Integer.MAX_VALUE);
            for (SolrDocument doc : solr.query(query).getResults()) {
                String sourcePath = String.valueOf(doc.getFieldValue(IndexFields.SOURCE_PATH));
                // Members of an archive live as long as the archive: "laws.zip!/a.pdf" -> "laws.zip".
                int member = sourcePath.indexOf("!/");
                Path file = root.resolve(member < 0 ? sourcePath : sourcePath.substring(0, member));
                if (!Files.exists(file)) {
                    solr.deleteByQuery(IndexFields.PARENT_ID + ":"
                            + ClientUtils.escapeQueryChars(String.valueOf(doc.getFieldValue(IndexFields.PARENT_ID))));
                    pruned++;
                }
            }
        }
        return pruned;
    }

    private void flush(List<SolrInputDocument> batch) throws IOException, SolrServerException {
        if (!batch.isEmpty()) {
            solr.add(batch);
            batch.clear();
        }
    }

    /** Hash of the file behind {@code parentId}, or behind the members of the archive it was ({@code members}). */
    private Optional<String> indexedHash(String parentId, String members) throws IOException {
        SolrQuery query = new SolrQuery("*:*")
                .addFilterQuery(IndexFields.PARENT_ID + ":" + ClientUtils.escapeQueryChars(parentId) + " OR " + members)
                .setFields(IndexFields.CONTENT_HASH)
                .setRows(1);
        try {
            SolrDocumentList docs = solr.query(query).getResults();
            return docs.isEmpty() ? Optional.empty() : Optional.ofNullable((String) docs.getFirst().getFieldValue(IndexFields.CONTENT_HASH));
        } catch (SolrServerException e) {
            throw new IOException("Solr query failed: " + e.getMessage(), e);
        }
    }

    /** An archive's sidecar applies to each member, except its id and title. */
    private static Sidecar memberSidecar(Sidecar s) {
        return new Sidecar(null, null, s.docType(), s.country(), s.language(), s.year(), s.date(), s.sourceUrl(),
                s.licence(), s.notice(), s.court(), s.cooperationForm(), s.requestingState(), s.requestedState(),
                s.legalBasis(), s.outcome(), s.articles(), s.crimeTypes(), s.crossCutting());
    }

    @Override
    public void close() {
        extractor.close();
    }
}
