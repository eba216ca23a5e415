package org.mycroft.ingest.pipeline;

import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
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

    /** One document of a file, or the reason it could not be read ({@code failure} non-null). */
    public record Part(String source, String id, ExtractedDocument document, List<IndexUnit> units, String failure) {

        public boolean failed() {
            return failure != null;
        }
    }

    private final TikaExtractor extractor;
    private final UnitBuilder units;
    private final SidecarReader sidecars = new SidecarReader();

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
                parts.add(new Part(source, null, null, List.of(), part.failure()));
                continue;
            }
            String partId = part.id(id);
            List<IndexUnit> built = units.build(partId, part.isMember() ? memberSidecar(sidecar) : sidecar,
                    part.document(), source, contentHash, now, wholeDocument);
            parts.add(new Part(source, partId, part.document(), built, null));
        }
        return parts;
    }

    /** An archive's sidecar applies to each member, except its id and title. */
    private static Sidecar memberSidecar(Sidecar s) {
        return new Sidecar(null, null, s.docType(), s.country(), s.language(), s.year(), s.date(), s.sourceUrl(),
                s.licence(), s.notice(), s.court(), s.cooperationForm(), s.requestingState(), s.requestedState(),
                s.legalBasis(), s.outcome(), s.courtLevel(), s.confiscationType(), s.legalBasisArticles(), s.articles(), s.crimeTypes(), s.crossCutting(), s.retrievedAt());
    }
}
