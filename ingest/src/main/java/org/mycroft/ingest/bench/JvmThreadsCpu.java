package org.mycroft.ingest.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * CPU seconds the JVM's own threads have used so far: the JIT compilers ("C1/C2 CompilerThread") and the
 * garbage collector ("GC Thread#", "G1 …"), read from Linux's per-thread accounting in
 * {@code /proc/self/task}. The process CPU a benchmark charges to a phase includes both; a phase the JIT
 * is still compiling in looks slower than it is in a long run. Elsewhere than Linux: unknown (NaN).
 */
record JvmThreadsCpu(double jit, double gc) {

    private static final Path TASKS = Path.of("/proc/self/task");
    /** Linux's clock ticks per second for /proc times (USER_HZ, 100 on every mainstream kernel). */
    private static final double TICKS = 100.0;

    static JvmThreadsCpu now() {
        if (!Files.isDirectory(TASKS)) {
            return new JvmThreadsCpu(Double.NaN, Double.NaN);
        }
        long jit = 0;
        long gc = 0;
        try (Stream<Path> tasks = Files.list(TASKS)) {
            for (Path task : (Iterable<Path>) tasks::iterator) {
                String name;
                String stat;
                try {
                    name = Files.readString(task.resolve("comm")).strip();
                    stat = Files.readString(task.resolve("stat"));
                } catch (IOException e) {
                    continue; // the thread ended meanwhile
                }
                boolean compiler = name.contains("CompilerThre");
                boolean collector = name.startsWith("GC Thread") || name.startsWith("G1 ");
                if (compiler || collector) {
                    // after the ")" closing the name: state is field 3, utime and stime fields 14 and 15
                    String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                    long ticks = Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
                    if (compiler) {
                        jit += ticks;
                    } else {
                        gc += ticks;
                    }
                }
            }
        } catch (IOException | RuntimeException e) {
            return new JvmThreadsCpu(Double.NaN, Double.NaN);
        }
        return new JvmThreadsCpu(jit / TICKS, gc / TICKS);
    }

    JvmThreadsCpu since(JvmThreadsCpu start) {
        return new JvmThreadsCpu(jit - start.jit, gc - start.gc);
    }
}
