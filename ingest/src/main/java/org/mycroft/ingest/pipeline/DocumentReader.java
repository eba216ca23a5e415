package org.mycroft.ingest.pipeline;

import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.LongAdder;
import org.mycroft.ingest.dedup.MinHash;
import org.mycroft.ingest.extraction.ExtractedDocument;
import org.mycroft.ingest.extraction.ExtractedPart;
import org.mycroft.ingest.extraction.ExtractionException;
import org.mycroft.ingest.extraction.TikaExtractor;
import org.mycroft.ingest.indexing.IndexUnit;
import org.mycroft.ingest.source.Sidecar;
import org.mycroft.ingest.source.SidecarReader;
import org.mycroft.ingest.source.SourceFile;

/**
 * Reads one file into documents and their units: the whole file, or one document per member of
 * a ZIP archive ("&lt;zip-id&gt;-&lt;member-slug&gt;", source "archive.zip!/member.pdf"); a member that
 * cannot be read is a part with its failure. Shared by the ingest pipeline and {@code mycroft tag},
 * so what {@code tag} prints is what ingest indexes.
 */
public final class DocumentReader {

    /**
     * One document of a file, read, split and tagged, with the signature near-duplicate detection
     * compares; or the reason it could not be read ({@code failure} non-null, nothing else set).
     * The one form a document takes from reading to the index writer.
     */
    public record Part(String source, String id, ExtractedDocument document, List<IndexUnit> units, MinHash minHash,
                       String failure) {

        static Part failed(String source, String failure) {
            return new Part(source, null, null, List.of(), null, failure);
        }

        public boolean failed() {
            return failure != null;
        }
    }

    private final TikaExtractor extractor;
    private final UnitBuilder units;
    private final SidecarReader sidecars = new SidecarReader();
    /** CPU of this reader's own steps (units, signatures), on whatever threads read; Tika's parsing is on its own threads. */
    private final LongAdder ownCpu = new LongAdder();

    public DocumentReader(TikaExtractor extractor, UnitBuilder units) {
        this.extractor = extractor;
        this.units = units;
    }

    /** Reads the file with its sidecar and the id they give it. */
    public List<Part> read(SourceFile file, String contentHash, Instant now, boolean wholeDocument)
            throws ExtractionException, IOException {
        Sidecar sidecar = sidecars.read(file.path());
        return read(file, sidecar, idOf(file, sidecar), contentHash, now, wholeDocument);
    }

    /** A file's document id: its sidecar's, else the slug of its path. */
    public static String idOf(SourceFile file, Sidecar sidecar) {
        return sidecar.id() != null ? sidecar.id() : file.defaultId();
    }

    /**
     * @param id the file's document id (sidecar id or path slug)
     * @param wholeDocument one unit per document, laws not split
     */
    public List<Part> read(SourceFile file, Sidecar sidecar, String id, String contentHash, Instant now,
            boolean wholeDocument) throws ExtractionException {
        String name = file.root().relativize(file.path()).toString();
        List<Part> parts = new ArrayList<>();
        for (ExtractedPart part : extractor.extractAll(file.path())) {
            String source = part.source(name);
            if (part.failed()) {
                parts.add(Part.failed(source, part.failure()));
                continue;
            }
            String partId = part.id(id);
            long cpu = ThreadCpu.now();
            List<IndexUnit> built = units.build(partId, part.isMember() ? sidecar.forMember() : sidecar,
                    part.document(), source, contentHash, now, wholeDocument);
            parts.add(new Part(source, partId, part.document(), built, MinHash.of(part.document().text()), null));
            ownCpu.add(ThreadCpu.now() - cpu);
        }
        return parts;
    }

    /** CPU nanoseconds spent so far splitting, detecting, tagging and signing the documents read (Tika's parsing not included). */
    long ownCpuNanos() {
        return ownCpu.sum();
    }
}
