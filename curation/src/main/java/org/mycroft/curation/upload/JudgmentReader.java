package org.mycroft.curation.upload;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.commons.io.file.PathUtils;
import org.apache.commons.io.input.BoundedInputStream;
import org.mycroft.core.taxonomy.Taxonomy;
import org.mycroft.curation.cases.CaseFields;
import org.mycroft.curation.cases.Provenance;
import org.mycroft.ingest.extraction.ExtractionException;
import org.mycroft.ingest.extraction.TikaExtractor;
import org.mycroft.ingest.indexing.CaseDetails;
import org.mycroft.ingest.indexing.IndexUnit;
import org.mycroft.ingest.language.LanguageGuesser;
import org.mycroft.ingest.pipeline.DocumentReader;
import org.mycroft.ingest.pipeline.UnitBuilder;
import org.mycroft.ingest.source.SourceFile;
import org.mycroft.tagging.Tagger;

/**
 * Reads an uploaded judgment through the ingest pipeline's own reader (Tika, cleaning, language,
 * country, tagger) and turns it into suggested case fields. Nothing is stored: the curator checks
 * the suggestions in the case form, and the tags stay suggestions until a reviewer confirms them.
 */
public final class JudgmentReader implements AutoCloseable {

    public static final Set<String> EXTENSIONS = Set.of("pdf", "docx", "doc", "odt", "rtf", "html", "htm", "txt");
    public static final long MAX_BYTES = 20L * 1024 * 1024;
    private static final int MAX_SUMMARY = 100_000;

    private final TikaExtractor extractor;
    private final DocumentReader reader;

    public JudgmentReader(Taxonomy taxonomy) {
        this.extractor = new TikaExtractor();
        this.reader = new DocumentReader(extractor, new UnitBuilder(taxonomy, Tagger.loadDefault(taxonomy), new LanguageGuesser()));
    }

    /** Thrown for a file that is not a readable judgment; the message says why, for the curator. */
    public static final class UnreadableJudgmentException extends Exception {
        public UnreadableJudgmentException(String message) {
            super(message);
        }
    }

    public CaseFields read(InputStream content, String originalName) throws IOException, UnreadableJudgmentException {
        String name = originalName == null ? "" : Path.of(originalName.replace('\\', '/')).getFileName() == null ? ""
                : Path.of(originalName.replace('\\', '/')).getFileName().toString();
        int dot = name.lastIndexOf('.');
        String extension = dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
        if (!EXTENSIONS.contains(extension)) {
            throw new UnreadableJudgmentException("unsupported file type '" + extension + "'");
        }
        Path dir = Files.createTempDirectory("mycroft-upload-");
        try {
            Path file = dir.resolve("judgment." + extension);
            try (InputStream bounded = BoundedInputStream.builder().setInputStream(content).setMaxCount(MAX_BYTES + 1).get()) {
                if (Files.copy(bounded, file) > MAX_BYTES) {
                    throw new UnreadableJudgmentException("file larger than " + MAX_BYTES / (1024 * 1024) + " MB");
                }
            }
            List<DocumentReader.Part> parts;
            try {
                parts = reader.read(new SourceFile(file, dir), "", Instant.now(), true);
            } catch (ExtractionException e) {
                throw new UnreadableJudgmentException(e.getMessage());
            }
            IndexUnit unit = parts.stream().filter(p -> !p.failed()).flatMap(p -> p.units().stream()).findFirst()
                    .orElseThrow(() -> new UnreadableJudgmentException("no text could be extracted"));
            return suggest(unit, dot > 0 ? name.substring(0, dot) : name, name);
        } finally {
            PathUtils.deleteDirectory(dir);
        }
    }

    static CaseFields suggest(IndexUnit unit, String baseName, String fileName) {
        String title = unit.title() == null || unit.title().isBlank() || unit.title().equals("judgment") ? baseName : unit.title();
        String text = unit.text() == null ? "" : unit.text().strip();
        if (text.length() > MAX_SUMMARY) {
            text = text.substring(0, MAX_SUMMARY);
        }
        CaseDetails c = unit.caseDetails();
        IndexUnit.Tags tags = unit.tags();
        return new CaseFields(title, text, unit.language(), c.court(), c.cooperationForm() != null ? c.cooperationForm()
                : cooperationForm(tags.articles()), c.requestingState(),
                c.requestedState() != null ? c.requestedState() : unit.parent().country(), c.legalBasis(), null,
                tags.articles(), tags.crimeTypes(), tags.crossCutting(), unit.parent().year(), c.outcome(),
                new Provenance("court-decision", fileName, unit.provenance().sourceUrl(), null, null));
    }

    /** The form of cooperation the tagged articles point to (a suggestion the curator checks). */
    static String cooperationForm(List<String> articles) {
        for (String article : articles) {
            String main = Taxonomy.articleOf(article);
            switch (main) {
                case "UNTOC-16": return "extradition";
                case "UNTOC-18": return "mutual-legal-assistance";
                case "UNTOC-13": return "confiscation-cooperation";
                case "UNTOC-17": return "transfer-of-sentenced-persons";
                case "UNTOC-19": return "joint-investigation";
                case "UNTOC-27": return "law-enforcement-cooperation";
                default: break;
            }
        }
        return null;
    }

    @Override
    public void close() throws IOException {
        extractor.close();
    }
}
