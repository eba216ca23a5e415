package org.mycroft.app.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The folders and files ingested into a data directory ({@code data/sources.txt}), so that
 * {@code reindex} can read them all again after a tagger or schema change.
 */
public final class SourceRoots {

    private final Path file;

    private SourceRoots(Path file) {
        this.file = file;
    }

    public static SourceRoots in(Path dataDir) {
        return new SourceRoots(dataDir.toAbsolutePath().resolve("sources.txt"));
    }

    public List<Path> all() {
        try {
            if (!Files.exists(file)) {
                return List.of();
            }
            return Files.readAllLines(file).stream().filter(l -> !l.isBlank()).map(Path::of).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public synchronized void remember(Path root) {
        Set<String> roots = new LinkedHashSet<>(all().stream().map(Path::toString).toList());
        if (roots.add(root.toAbsolutePath().normalize().toString())) {
            try {
                Files.createDirectories(file.getParent());
                Files.write(file, roots);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
