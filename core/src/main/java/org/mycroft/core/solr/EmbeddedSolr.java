package org.mycroft.core.solr;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.apache.solr.core.CoreContainer;
import org.mycroft.solrconfig.Configset;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Solr inside this JVM, with its home under the data directory. The configset is copied out of
 * the classpath on every start, so a new jar brings its new schema; the index itself is kept.
 */
public final class EmbeddedSolr {

    private static final Logger LOG = LoggerFactory.getLogger(EmbeddedSolr.class);

    private EmbeddedSolr() {}

    public static LocalSolrServer start(Path solrHome, String coreName) {
        try {
            Files.createDirectories(solrHome);
            Path solrXml = solrHome.resolve("solr.xml");
            if (!Files.exists(solrXml)) {
                Files.writeString(solrXml, "<solr></solr>\n");
            }
            Configset.copyTo(solrHome.resolve("configsets").resolve(Configset.NAME));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot prepare the Solr home " + solrHome, e);
        }
        FilterCacheBudget.apply();
        CoreContainer container = CoreContainer.createAndLoad(solrHome);
        if (container.getCoreInitFailures().containsKey(coreName)) {
            Exception cause = container.getCoreInitFailures().get(coreName).exception;
            container.shutdown();
            throw new IllegalStateException("The index in " + solrHome + " cannot be opened: " + cause.getMessage()
                    + " (is another Mycroft process using this data folder?)", cause);
        }
        if (!container.getAllCoreNames().contains(coreName)) {
            LOG.info("Creating index '{}' in {}", coreName, solrHome);
            container.create(coreName, Map.of("configSet", Configset.NAME));
        }
        return new LocalSolrServer(container, coreName);
    }
}
