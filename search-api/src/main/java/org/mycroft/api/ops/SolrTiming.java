package org.mycroft.api.ops;

import io.micrometer.core.instrument.Metrics;
import io.micrometer.core.instrument.Timer;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

/**
 * Time spent in Solr: every query is recorded in the {@code mycroft.solr.query} timer (Prometheus:
 * {@code mycroft_solr_query_seconds}) and added to the current HTTP request's total, which
 * {@link RequestLog} prints next to the request's own time.
 */
public final class SolrTiming {

    static final String REQUEST_TOTAL = SolrTiming.class.getName() + ".nanos";
    private static final Timer QUERIES = Timer.builder("mycroft.solr.query")
            .description("Solr queries sent by the API and pages")
            .publishPercentileHistogram()
            .register(Metrics.globalRegistry);

    private SolrTiming() {}

    public static void record(long nanos, boolean failed) {
        (failed ? Timer.builder("mycroft.solr.query.failed").register(Metrics.globalRegistry) : QUERIES)
                .record(nanos, TimeUnit.NANOSECONDS);
        RequestAttributes request = RequestContextHolder.getRequestAttributes();
        if (request != null) {
            AtomicLong total = (AtomicLong) request.getAttribute(REQUEST_TOTAL, RequestAttributes.SCOPE_REQUEST);
            if (total == null) {
                total = new AtomicLong();
                request.setAttribute(REQUEST_TOTAL, total, RequestAttributes.SCOPE_REQUEST);
            }
            total.addAndGet(nanos);
        }
    }
}
