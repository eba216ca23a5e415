package org.mycroft.app;

import org.mycroft.app.cli.BackupCommand;
import org.mycroft.app.cli.BenchCommand;
import org.mycroft.app.cli.HarvestCommand;
import org.mycroft.app.cli.IngestCommand;
import org.mycroft.app.cli.ReindexCommand;
import org.mycroft.app.cli.RestoreCommand;
import org.mycroft.app.cli.RetagCommand;
import org.mycroft.app.cli.ServeCommand;
import org.mycroft.app.cli.SolrCommand;
import org.mycroft.app.cli.TagCommand;
import org.mycroft.app.cli.UsersCommand;
import org.mycroft.app.cli.DirectoryCommand;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** Entry point of the jar: {@code mycroft serve | ingest | harvest | reindex | tag | bench | solr | users}. */
@Command(name = "mycroft", mixinStandardHelpOptions = true, version = "Mycroft 0.1.0",
        description = "Open knowledge portal for legislation and case law on transnational organized crime.",
        subcommands = {ServeCommand.class, IngestCommand.class, HarvestCommand.class, ReindexCommand.class, RetagCommand.class, TagCommand.class,
                BackupCommand.class, RestoreCommand.class,
                BenchCommand.class, SolrCommand.class, UsersCommand.class, DirectoryCommand.class, CommandLine.HelpCommand.class})
public final class MycroftCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        int exit = commandLine().execute(args);
        if (exit != 0 || !ServeCommand.serving()) {
            System.exit(exit);
        }
    }

    /**
     * The command line with Mycroft's error handling: a failure prints one plain sentence (the
     * stack trace only with MYCROFT_DEBUG set) and exits with 2.
     */
    public static CommandLine commandLine() {
        CommandLine cli = new CommandLine(new MycroftCommand());
        cli.setExecutionExceptionHandler((e, command, parseResult) -> {
            if (System.getenv("MYCROFT_DEBUG") != null) {
                e.printStackTrace(command.getErr());
            }
            String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            command.getErr().println("mycroft " + command.getCommandName() + ": " + message.lines().findFirst().orElse(message));
            return 2;
        });
        return cli;
    }

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }
}
