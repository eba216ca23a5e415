package org.mycroft.core.solr;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.List;
import java.util.Properties;
import java.util.stream.Stream;
import org.apache.commons.io.file.PathUtils;
import org.apache.solr.client.solrj.SolrQuery;
import org.apache.solr.client.solrj.SolrServerException;
import org.apache.solr.core.SolrCore;

/**
 * Backup and restore of the embedded index: a consistent copy of the Lucene files of the last
 * commit, taken with the index closed (committed first), plus {@code backup.properties} recording
 * how many documents it holds. A restore copies the files into the data folder's core and checks
 * that the reopened index counts the same documents. SolrCloud has its own backup API (README).
 */
public final class IndexBackup {

    public static final String MANIFEST = "backup.properties";
    private static final String INDEX = "index";
    private static final String SOURCES = "sources.txt";

    /** What a backup holds. */
    public record Manifest(String collection, long documents, int files, long bytes, Instant created) {}

    private IndexBackup() {}

    /** Copies the embedded index of {@code settings} into {@code target}, which must be absent or empty. */
    public static Manifest backup(SolrSettings settings, Path target) throws IOException {
        requireEmbedded(settings);
        if (Files.exists(target) && !PathUtils.isEmptyDirectory(target)) {
            throw new IOException("The backup folder " + target + " is not empty");
        }
        Path indexDir;
        long documents;
        try (SolrConnection solr = SolrConnection.open(settings)) {
            solr.client().commit();
            documents = count(solr);
            indexDir = indexDir(solr, settings);
        } catch (SolrServerException e) {
            throw new IOException("The index could not be committed: " + e.getMessage(), e);
        }
        // The connection is closed: the files are those of the last commit and nothing writes them.
        Path index = Files.createDirectories(target.resolve(INDEX));
        long bytes = 0;
        int files = 0;
        for (Path file : indexFiles(indexDir)) {
            Files.copy(file, index.resolve(file.getFileName()));
            bytes += Files.size(file);
            files++;
        }
        Path sources = settings.dataDir().resolve(SOURCES);
        if (Files.exists(sources)) {
            Files.copy(sources, target.resolve(SOURCES));
        }
        Manifest manifest = new Manifest(settings.collection(), documents, files, bytes, Instant.now());
        write(manifest, target.resolve(MANIFEST));
        return manifest;
    }

    /**
     * Replaces the embedded index of {@code settings} with the backup in {@code source}. An index that
     * already holds documents is only replaced with {@code force}. Returns the backup's manifest once
     * the restored index counts its documents.
     */
    public static Manifest restore(Path source, SolrSettings settings, boolean force) throws IOException {
        requireEmbedded(settings);
        Manifest manifest = read(source.resolve(MANIFEST));
        Path indexDir;
        try (SolrConnection solr = SolrConnection.open(settings)) {
            long existing = count(solr);
            if (existing > 0 && !force) {
                throw new IOException("The index in " + settings.dataDir() + " holds " + existing
                        + " documents; restore into an empty data folder, or add --force to replace them");
            }
            indexDir = indexDir(solr, settings);
        }
        try (Stream<Path> old = Files.list(indexDir)) {
            for (Path file : old.toList()) {
                PathUtils.delete(file);
            }
        }
        for (Path file : indexFiles(source.resolve(INDEX))) {
            Files.copy(file, indexDir.resolve(file.getFileName()), StandardCopyOption.REPLACE_EXISTING);
        }
        if (Files.exists(source.resolve(SOURCES))) {
            Files.copy(source.resolve(SOURCES), settings.dataDir().resolve(SOURCES), StandardCopyOption.REPLACE_EXISTING);
        }
        try (SolrConnection solr = SolrConnection.open(settings)) {
            long restored = count(solr);
            if (restored != manifest.documents()) {
                throw new IOException("The restored index counts " + restored + " documents; the backup recorded "
                        + manifest.documents());
            }
        }
        return manifest;
    }

    private static void requireEmbedded(SolrSettings settings) {
        if (settings.mode() != SolrMode.EMBEDDED) {
            throw new IllegalArgumentException("backup and restore work on the embedded index; for SolrCloud use "
                    + "Solr's Collections API (action=BACKUP / RESTORE), see the README");
        }
    }

    private static long count(SolrConnection solr) throws IOException {
        try {
            return solr.client().query(new SolrQuery("*:*").setRows(0)).getResults().getNumFound();
        } catch (SolrServerException e) {
            throw new IOException("The index could not be read: " + e.getMessage(), e);
        }
    }

    private static Path indexDir(SolrConnection solr, SolrSettings settings) throws IOException {
        LocalSolrServer server = (LocalSolrServer) solr.client();
        try (SolrCore core = server.getCoreContainer().getCore(settings.collection())) {
            if (core == null) {
                throw new IOException("No index named " + settings.collection() + " in " + settings.solrHome());
            }
            return Path.of(core.getIndexDir());
        }
    }

    private static List<Path> indexFiles(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(Files::isRegularFile).filter(f -> !f.getFileName().toString().equals("write.lock")).sorted().toList();
        }
    }

    private static void write(Manifest manifest, Path file) throws IOException {
        Properties p = new Properties();
        p.setProperty("collection", manifest.collection());
        p.setProperty("documents", Long.toString(manifest.documents()));
        p.setProperty("files", Integer.toString(manifest.files()));
        p.setProperty("bytes", Long.toString(manifest.bytes()));
        p.setProperty("created", manifest.created().toString());
        try (OutputStream out = Files.newOutputStream(file)) {
            p.store(out, "Mycroft index backup");
        }
    }

    private static Manifest read(Path file) throws IOException {
        if (!Files.exists(file)) {
            throw new IOException("Not a Mycroft backup: " + file + " is missing");
        }
        Properties p = new Properties();
        try (InputStream in = Files.newInputStream(file)) {
            p.load(in);
        }
        try {
            return new Manifest(p.getProperty("collection"), Long.parseLong(p.getProperty("documents")),
                    Integer.parseInt(p.getProperty("files")), Long.parseLong(p.getProperty("bytes")),
                    Instant.parse(p.getProperty("created")));
        } catch (RuntimeException e) {
            throw new IOException("Damaged backup manifest " + file + ": " + e.getMessage(), e);
        }
    }
}
