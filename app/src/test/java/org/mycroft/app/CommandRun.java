package org.mycroft.app;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine;

/** A {@code mycroft} command run in this JVM with its output captured, or started in a child JVM. */
public record CommandRun(int exit, String out, String err) {

    public static CommandRun of(String... args) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        ByteArrayOutputStream errors = new ByteArrayOutputStream();
        PrintStream original = System.out;
        PrintStream capture = new PrintStream(bytes, true, StandardCharsets.UTF_8);
        System.setOut(capture);
        try {
            CommandLine cli = MycroftCommand.commandLine();
            cli.setOut(new PrintWriter(capture, true));
            cli.setErr(new PrintWriter(new PrintStream(errors, true, StandardCharsets.UTF_8), true));
            int exit = cli.execute(args);
            capture.flush();
            return new CommandRun(exit, bytes.toString(StandardCharsets.UTF_8), errors.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(original);
        }
    }

    /** {@code mycroft ARGS} in a child JVM with this test's class path, output and errors on one stream. */
    public static ProcessBuilder childJvm(String... args) {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "--enable-native-access=ALL-UNNAMED", MycroftCommand.class.getName()));
        command.addAll(List.of(args));
        return new ProcessBuilder(command).redirectErrorStream(true);
    }
}
