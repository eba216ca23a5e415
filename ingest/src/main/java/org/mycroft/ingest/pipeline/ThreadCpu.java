package org.mycroft.ingest.pipeline;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;

/** The current thread's CPU time, for the pipeline's account of its own work (0 where the JVM cannot tell). */
final class ThreadCpu {

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    private static final boolean SUPPORTED = THREADS.isCurrentThreadCpuTimeSupported() && THREADS.isThreadCpuTimeEnabled();

    private ThreadCpu() {}

    static long now() {
        return SUPPORTED ? THREADS.getCurrentThreadCpuTime() : 0;
    }
}
