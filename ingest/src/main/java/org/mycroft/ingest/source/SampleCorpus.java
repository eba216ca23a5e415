package org.mycroft.ingest.source;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;

/**
 * The sample corpus shipped in the corpus-samples jar. It is copied out to a folder (the jar's
 * resources are not files) and then ingested like any other folder.
 */
public final class SampleCorpus {

    private static final String ROOT = "mycroft/samples/";

    private SampleCorpus() {}

    public static List<String> fileNames() throws IOException {
        try (InputStream in = open(ROOT + "INDEX")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
        }
    }

    /** Copies every sample document and its sidecar into {@code dir}; returns {@code dir}. */
    public static Path copyTo(Path dir) throws IOException {
        Files.createDirectories(dir);
        for (String name : fileNames()) {
            copy(ROOT + name, dir.resolve(name));
            String sidecar = ROOT + name + ".json";
            if (SampleCorpus.class.getClassLoader().getResource(sidecar) != null) {
                copy(sidecar, dir.resolve(name + ".json"));
            }
        }
        return dir;
    }

    private static void copy(String resource, Path target) throws IOException {
        try (InputStream in = open(resource)) {
            Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static InputStream open(String resource) throws IOException {
        InputStream in = SampleCorpus.class.getClassLoader().getResourceAsStream(resource);
        if (in == null) {
            throw new IOException("Sample corpus resource missing: " + resource);
        }
        return in;
    }
}
