package org.mycroft.app.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.mycroft.core.solr.IndexBackup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** Copies the embedded index (committed, closed) into a folder. */
@Command(name = "backup", mixinStandardHelpOptions = true,
        description = "Copy the embedded index into DIR (absent or empty). Stop the portal first: one process owns the index.")
public final class BackupCommand implements Callable<Integer> {

    @Mixin
    SolrOptions solr;

    @Parameters(paramLabel = "DIR", description = "Folder to write the backup into.")
    Path target;

    @Override
    public Integer call() throws Exception {
        IndexBackup.Manifest m = IndexBackup.backup(solr.settings(), target.toAbsolutePath());
        System.out.printf("Backed up %d documents (%d files, %.1f MB) to %s%n", m.documents(), m.files(),
                m.bytes() / 1e6, target.toAbsolutePath());
        return 0;
    }
}
