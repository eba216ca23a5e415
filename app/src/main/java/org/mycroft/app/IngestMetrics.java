package org.mycroft.app;

import io.micrometer.core.instrument.Metrics;
import java.util.concurrent.TimeUnit;
import org.mycroft.ingest.pipeline.IngestReport;

/**
 * Ingest runs inside the portal (the sample corpus on an empty index) as Prometheus counters:
 * {@code mycroft_ingest_documents_total}, {@code _units_total}, {@code _failures_total},
 * {@code _unchanged_total} and the {@code mycroft_ingest_seconds} timer.
 */
public final class IngestMetrics {

    private IngestMetrics() {}

    public static void record(IngestReport report) {
        Metrics.counter("mycroft.ingest.documents").increment(report.indexed());
        Metrics.counter("mycroft.ingest.units").increment(report.units());
        Metrics.counter("mycroft.ingest.failures").increment(report.failures().size());
        Metrics.counter("mycroft.ingest.unchanged").increment(report.unchanged());
        Metrics.timer("mycroft.ingest").record(report.took().toNanos(), TimeUnit.NANOSECONDS);
    }
}
