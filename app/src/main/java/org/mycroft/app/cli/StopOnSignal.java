package org.mycroft.app.cli;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * A SIGTERM (or Ctrl-C) during a command: {@code stop} asks the work to finish early, and the JVM
 * waits (up to {@code grace}) until this is closed, i.e. until what was reported is committed and
 * the index closed. Close it last, after the index.
 */
final class StopOnSignal implements AutoCloseable {

    private final CountDownLatch finished = new CountDownLatch(1);
    private final Thread hook;
    private volatile boolean signalled;

    StopOnSignal(Runnable stop, Duration grace) {
        this.hook = new Thread(() -> {
            signalled = true;
            stop.run();
            try {
                finished.await(grace.toMillis(), TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "stop-on-signal");
        Runtime.getRuntime().addShutdownHook(hook);
    }

    boolean signalled() {
        return signalled;
    }

    @Override
    public void close() {
        finished.countDown();
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException e) {
            // the JVM is already shutting down: the hook is running and returns now
        }
    }
}
