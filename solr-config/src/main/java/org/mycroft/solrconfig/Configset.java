package org.mycroft.solrconfig;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;

/**
 * The Mycroft configset as classpath resources. Embedded Solr, MiniSolrCloudCluster and the
 * configset upload all need a directory on disk, so the files are copied out (this also works
 * from inside the fat jar, where the resources are not files).
 */
public final class Configset {

    /** Name under which the configset is registered in Solr. */
    public static final String NAME = "mycroft";

    private static final String ROOT = "mycroft/solr/configset/conf/";
    private static final String FILE_LIST = ROOT + "FILES";

    private Configset() {}

    /** Relative paths of every file of the configset, as listed in {@code conf/FILES}. */
    public static List<String> files() {
        try (InputStream in = resource(FILE_LIST)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .map(String::strip)
                    .filter(line -> !line.isEmpty() && !line.startsWith("#"))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Copies the configset into {@code target/conf} and returns the {@code conf} directory.
     * Existing files are overwritten so that an upgraded jar brings its upgraded schema.
     */
    public static Path copyTo(Path target) {
        Path conf = target.resolve("conf");
        try {
            for (String file : files()) {
                Path out = conf.resolve(file);
                Files.createDirectories(out.getParent());
                try (InputStream in = resource(ROOT + file)) {
                    Files.copy(in, out, StandardCopyOption.REPLACE_EXISTING);
                }
            }
            return conf;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not copy the Solr configset to " + target, e);
        }
    }

    private static InputStream resource(String name) throws IOException {
        InputStream in = Configset.class.getClassLoader().getResourceAsStream(name);
        if (in == null) {
            throw new IOException("Missing configset resource " + name + " (is solr-config on the classpath?)");
        }
        return in;
    }
}
