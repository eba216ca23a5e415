package org.mycroft.app.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.mycroft.core.solr.IndexBackup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** Puts a backup made by {@code backup} back as the embedded index, and checks its document count. */
@Command(name = "restore", mixinStandardHelpOptions = true,
        description = "Restore the embedded index from DIR (made by 'backup'). Stop the portal first.")
public final class RestoreCommand implements Callable<Integer> {

    @Mixin
    SolrOptions solr;

    @Option(names = "--force", description = "Replace an index that already holds documents.")
    boolean force;

    @Parameters(paramLabel = "DIR", description = "Folder holding the backup.")
    Path source;

    @Override
    public Integer call() throws Exception {
        IndexBackup.Manifest m = IndexBackup.restore(source.toAbsolutePath(), solr.settings(), force);
        System.out.printf("Restored %d documents (backup of %s) into %s%n", m.documents(), m.created(), solr.dataDir());
        return 0;
    }
}
