package org.mycroft.app.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.mycroft.core.taxonomy.Taxonomy;
import org.mycroft.ingest.extraction.ExtractionException;
import org.mycroft.ingest.extraction.TikaExtractor;
import org.mycroft.ingest.indexing.IndexUnit;
import org.mycroft.ingest.language.LanguageGuesser;
import org.mycroft.ingest.pipeline.DocumentReader;
import org.mycroft.ingest.pipeline.UnitBuilder;
import org.mycroft.ingest.source.DocumentFiles;
import org.mycroft.ingest.source.SourceFile;
import org.mycroft.tagging.TagEvidence;
import org.mycroft.tagging.Tagger;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** Runs reading, splitting and tagging on files without touching the index, to check what the tagger does. */
@Command(name = "tag", mixinStandardHelpOptions = true,
        description = "Read, split and tag files without indexing; print one result per unit (provision or case).")
public final class TagCommand implements Callable<Integer> {

    @Parameters(paramLabel = "FILE", arity = "1..*", description = "Files or folders.")
    List<Path> files;

    @Option(names = "--json", description = "One JSON object per line instead of a readable listing.")
    boolean json;

    @Option(names = "--whole", description = "Treat each file as one unit (do not split laws into provisions).")
    boolean whole;

    @Option(names = "--text", description = "With --json: add the law's title, the unit's heading and its text (for judging units by hand).")
    boolean text;

    @Override
    public Integer call() throws Exception {
        Taxonomy taxonomy = Taxonomy.load();
        UnitBuilder builder = new UnitBuilder(taxonomy, Tagger.loadDefault(taxonomy), new LanguageGuesser());
        ObjectMapper mapper = new ObjectMapper();
        int failures = 0;
        try (TikaExtractor extractor = new TikaExtractor()) {
            DocumentReader reader = new DocumentReader(extractor, builder); // what ingest reads, without Solr
            for (SourceFile file : DocumentFiles.list(files)) {
                try {
                    for (DocumentReader.Part part : reader.read(file, "", Instant.now(), whole)) { // a ZIP: one per member
                        String source = file.root().resolve(part.source()).toString();
                        if (part.failed()) {
                            failures++;
                            System.err.println("FAILED " + source + ": " + part.failure());
                            continue;
                        }
                        for (IndexUnit unit : part.units()) {
                            System.out.println(json ? mapper.writeValueAsString(toJson(source, unit, text)) : readable(unit));
                        }
                    }
                } catch (ExtractionException e) {
                    failures++;
                    System.err.println("FAILED " + file.path() + ": " + e.getMessage());
                }
            }
        }
        return failures == 0 ? 0 : 1;
    }

    private static Map<String, Object> toJson(String source, IndexUnit unit, boolean withText) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("source", source);
        out.put("unit", unit.id());
        out.put("title", unit.title());
        out.put("language", unit.language());
        out.put("country", unit.parent().country());
        out.put("doc_type", unit.parent().docType());
        out.put("articles", unit.tags().articles());
        out.put("crime_types", unit.tags().crimeTypes());
        out.put("cross_cutting", unit.tags().crossCutting());
        out.put("mentions", unit.tags().mentions());
        out.put("evidence", unit.tags().evidence()); // the record's components: tag, text, start, end, rule, confidence
        if (withText) {
            out.put("law_title", unit.parent().title());
            out.put("heading", unit.heading());
            out.put("text", unit.text());
        }
        return out;
    }

    private static String readable(IndexUnit unit) {
        StringBuilder out = new StringBuilder();
        out.append(unit.id()).append("  [").append(unit.language()).append("] ").append(unit.title()).append('\n');
        IndexUnit.Tags tags = unit.tags();
        out.append("  articles: ").append(tags.articles()).append('\n');
        out.append("  crime types: ").append(tags.crimeTypes()).append('\n');
        out.append("  cross-cutting: ").append(tags.crossCutting()).append('\n');
        if (!tags.mentions().isEmpty()) {
            out.append("  mentions: ").append(tags.mentions()).append('\n');
        }
        for (TagEvidence e : tags.evidence()) {
            out.append("    ").append(e.tag()).append(" <- \"").append(e.text()).append("\" (").append(e.rule()).append(")\n");
        }
        return out.toString();
    }
}
