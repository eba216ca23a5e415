package org.mycroft.app.cli;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import javax.sql.DataSource;
import org.mycroft.core.taxonomy.Taxonomy;
import org.mycroft.curation.Curator;
import org.mycroft.curation.Role;
import org.mycroft.curation.directory.DirectoryWorkflow;
import org.mycroft.curation.directory.ImportReport;
import org.mycroft.curation.directory.ImportRow;
import org.mycroft.curation.directory.SubmissionReader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** The directory of competent national authorities from the command line: a State's bulk submission. */
@Command(name = "directory", mixinStandardHelpOptions = true, description = "Directory of competent national authorities.",
        subcommands = {DirectoryCommand.Import.class})
public final class DirectoryCommand implements Runnable {

    @Override
    public void run() {
        new picocli.CommandLine(this).usage(System.out);
    }

    @Command(name = "import", mixinStandardHelpOptions = true,
            description = {"Import a State's submission (CSV with a header line, or a JSON array of entries) as drafts for review.",
                    "Every row is validated; each bad row is reported with its line and reason, the good rows are saved as drafts,",
                    "all in one transaction (nothing is half-written). Columns: ${COMMAND-NAME} --help-columns.",
                    "Exit status: 0 all rows imported, 1 some rows refused (the others imported), 2 the file could not be read."})
    static final class Import implements Callable<Integer> {

        @Parameters(paramLabel = "FILE", description = "FILE.csv or FILE.json.")
        Path file;

        @Option(names = "--by", paramLabel = "NAME", defaultValue = "import",
                description = "Who the audit log names as the author of the drafts (default: ${DEFAULT-VALUE}).")
        String by;

        @Option(names = "--help-columns", help = true, description = "Print the columns a submission may use and exit.")
        boolean columns;

        @picocli.CommandLine.Mixin
        UsersCommand.Database database = new UsersCommand.Database();

        @Override
        public Integer call() throws Exception {
            if (columns) {
                System.out.println(String.join(",", SubmissionReader.columns()));
                return 0;
            }
            List<ImportRow> rows;
            try (InputStream in = Files.newInputStream(file)) {
                rows = SubmissionReader.read(file.getFileName().toString(), in);
            } catch (IllegalArgumentException | java.io.IOException | java.io.UncheckedIOException e) {
                System.err.println(file + ": " + e.getMessage());
                return 2;
            }
            try (DatabaseOptions.Opened db = database.open()) {
                DataSource ds = db.dataSource();
                ImportReport report = DirectoryWorkflow.forImport(ds, Taxonomy.load())
                        .importDrafts(rows, new Curator(by, Role.CONTRIBUTOR));
                for (ImportReport.Rejected r : report.rejected()) {
                    System.err.println(file.getFileName() + ":" + r.line() + ": " + r.reason());
                }
                System.out.println("Imported " + report.created().size() + " of " + rows.size() + " entries as drafts"
                        + (report.rejected().isEmpty() ? "." : "; " + report.rejected().size() + " refused (see above)."));
                report.created().forEach(id -> System.out.println("  /curation/directory/" + id));
                return report.rejected().isEmpty() ? 0 : 1;
            }
        }
    }
}
