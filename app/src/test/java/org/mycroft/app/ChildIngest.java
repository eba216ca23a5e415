package org.mycroft.app;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * {@code mycroft ingest} of a folder of short notes running in a child JVM, whose output a test reads
 * line by line to interrupt it halfway (the tests of a killed or signalled ingest). Closing it closes
 * the reading end of the child's output.
 */
record ChildIngest(Process process, BufferedReader output) implements AutoCloseable {

    /** Writes {@code count} notes {@code note-I.txt} into {@code dir}; {@code text} is formatted with I twice. */
    static Path notes(Path dir, int count, String text) throws IOException {
        Files.createDirectories(dir);
        for (int i = 0; i < count; i++) {
            Files.writeString(dir.resolve("note-" + i + ".txt"), text.formatted(i, i));
        }
        return dir;
    }

    /** Starts {@code mycroft ingest --data DATA DOCS}, output and errors on one stream. */
    static ChildIngest start(Path data, Path docs) throws IOException {
        Process child = CommandRun.childJvm("ingest", "--data", data.toString(), docs.toString()).start();
        return new ChildIngest(child, new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8)));
    }

    /** The lines the child prints, as they come, until its output ends; to be iterated once. */
    Iterable<String> lines() {
        return () -> output.lines().iterator();
    }

    @Override
    public void close() throws IOException {
        output.close();
    }
}
