package org.mycroft.samples;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * Builds the sample corpus shipped with Mycroft: reads every {@code <id>.md} source, writes
 * {@code <id>.<format>} plus a JSON sidecar {@code <id>.<format>.json} and the {@code INDEX} (one
 * document file name a line) the application reads from the classpath. Files whose bytes did not
 * change are left alone; generated files whose source is gone are deleted.
 *
 * <p>Usage: {@code SampleCorpusGenerator <sources dir> <output dir>}
 */
public final class SampleCorpusGenerator {

    /** Name of the list of document files, in the output directory. */
    public static final String INDEX = "INDEX";
    /** Extensions of files this generator owns in the output directory. */
    static final Set<String> OWNED = Set.of(".pdf", ".docx", ".html", ".txt", ".json");

    private SampleCorpusGenerator() {}

    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            System.err.println("usage: SampleCorpusGenerator <sources dir> <output dir>");
            System.exit(2);
        }
        Result r = generate(Path.of(args[0]), Path.of(args[1]));
        System.out.printf("%d documents: %d files written, %d unchanged, %d deleted -> %s%n",
                r.documents().size(), r.written(), r.unchanged(), r.deleted(), Path.of(args[1]).toAbsolutePath());
    }

    /** What a run did. documents: the generated document file names, sorted. */
    public record Result(List<String> documents, int written, int unchanged, int deleted) {}

    /** Reads the sources (sorted by file name) and validates them all before writing anything. */
    public static List<SourceDocument> readSources(Path sourcesDir) throws IOException {
        List<Path> files;
        try (Stream<Path> s = Files.list(sourcesDir)) {
            files = s.filter(p -> p.getFileName().toString().endsWith(".md")).sorted().toList();
        }
        List<SourceDocument> docs = new ArrayList<>();
        List<String> errors = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (Path f : files) {
            try {
                SourceDocument d = FrontMatter.read(f);
                if (!ids.add(d.id())) {
                    errors.add(f.getFileName() + ": duplicate id " + d.id());
                }
                docs.add(d);
            } catch (IllegalArgumentException e) {
                errors.add(e.getMessage());
            }
        }
        if (!errors.isEmpty()) {
            throw new IllegalArgumentException("invalid sources:\n  " + String.join("\n  ", errors));
        }
        return docs;
    }

    public static Result generate(Path sourcesDir, Path outDir) throws IOException {
        List<SourceDocument> docs = readSources(sourcesDir);
        Files.createDirectories(outDir);
        Set<String> produced = new TreeSet<>();
        TreeSet<String> documents = new TreeSet<>();
        int written = 0;
        int unchanged = 0;
        for (SourceDocument d : docs) {
            byte[] content = switch (d.format()) {
                case "pdf" -> new PdfRenderer().render(d);
                case "docx" -> new DocxRenderer().render(d);
                case "html" -> new HtmlRenderer().render(d).getBytes(StandardCharsets.UTF_8);
                case "txt" -> d.plainText().getBytes(StandardCharsets.UTF_8);
                default -> throw new IllegalStateException(d.format());
            };
            String name = d.fileName();
            documents.add(name);
            if (write(outDir.resolve(name), content)) written++; else unchanged++;
            if (write(outDir.resolve(name + ".json"), Json.sidecar(d).getBytes(StandardCharsets.UTF_8))) written++;
            else unchanged++;
            produced.add(name);
            produced.add(name + ".json");
        }
        String index = String.join("\n", documents) + "\n";
        if (write(outDir.resolve(INDEX), index.getBytes(StandardCharsets.UTF_8))) written++; else unchanged++;
        produced.add(INDEX);

        int deleted = 0;
        try (Stream<Path> s = Files.list(outDir)) {
            for (Path p : s.toList()) {
                String n = p.getFileName().toString();
                boolean owned = OWNED.stream().anyMatch(n::endsWith);
                if (owned && !produced.contains(n) && Files.isRegularFile(p)) {
                    Files.delete(p);
                    deleted++;
                }
            }
        }
        return new Result(List.copyOf(documents), written, unchanged, deleted);
    }

    /** Writes the file unless it already has exactly these bytes. Returns whether it wrote. */
    private static boolean write(Path file, byte[] content) throws IOException {
        if (Files.isRegularFile(file) && Arrays.equals(Files.readAllBytes(file), content)) {
            return false;
        }
        Files.write(file, content);
        return true;
    }
}
