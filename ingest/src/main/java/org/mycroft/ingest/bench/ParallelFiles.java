package org.mycroft.ingest.bench;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.mycroft.ingest.source.SourceFile;

/** One task per file on a fixed pool, results in file order: how the benchmarks load their threads. */
final class ParallelFiles {

    /** The work on one file. */
    interface Task<T> {
        T apply(SourceFile file) throws Exception;
    }

    private ParallelFiles() {}

    /** Runs {@code task} on every file with {@code threads} threads; a task's failure becomes an IOException saying {@code failure}. */
    static <T> List<T> map(List<SourceFile> files, int threads, String failure, Task<T> task) throws IOException {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<T>> done = new ArrayList<>();
            for (SourceFile f : files) {
                done.add(pool.submit(() -> task.apply(f)));
            }
            List<T> results = new ArrayList<>(done.size());
            for (Future<T> future : done) {
                results.add(future.get());
            }
            return results;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("Benchmark interrupted", e);
        } catch (ExecutionException e) {
            throw new IOException(failure, e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }
}
