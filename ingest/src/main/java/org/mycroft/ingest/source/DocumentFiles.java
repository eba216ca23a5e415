package org.mycroft.ingest.source;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** Lists the document files under the paths given to an ingest, skipping sidecars and hidden files. */
public final class DocumentFiles {

    private DocumentFiles() {}

    public static List<SourceFile> list(List<Path> paths) throws IOException {
        List<SourceFile> files = new ArrayList<>();
        for (Path path : paths) {
            Path root = path.toAbsolutePath().normalize();
            if (Files.isRegularFile(root)) {
                if (!isSidecar(root)) { // "law.pdf.json" given with "law.pdf" (a shell glob) is metadata, not a document
                    files.add(new SourceFile(root, root.getParent()));
                }
            } else if (Files.isDirectory(root)) {
                try (Stream<Path> walk = Files.walk(root)) {
                    walk.filter(Files::isRegularFile)
                            .filter(p -> !isSidecar(p) && !isHidden(root.relativize(p)))
                            .sorted()
                            .forEach(p -> files.add(new SourceFile(p, root)));
                }
            } else {
                throw new IOException("No such file or folder: " + path);
            }
        }
        return files;
    }

    static boolean isSidecar(Path p) {
        String name = p.getFileName().toString();
        return name.endsWith(".json") && Files.isRegularFile(p.resolveSibling(name.substring(0, name.length() - 5)));
    }

    private static boolean isHidden(Path relative) {
        for (Path part : relative) {
            if (part.toString().startsWith(".")) {
                return true;
            }
        }
        return false;
    }
}
