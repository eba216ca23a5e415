package org.mycroft.api.ops;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * One line per request on the {@code mycroft.request} logger, as key=value pairs a log shipper can
 * parse: method, path, status, total milliseconds and milliseconds spent in Solr. A request whose
 * Solr time passes {@code mycroft.solr.slow-query-threshold} is logged again, with its query
 * string, on {@code mycroft.slow-query} at WARN.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
public class RequestLog extends OncePerRequestFilter {

    private static final Logger REQUESTS = LoggerFactory.getLogger("mycroft.request");
    private static final Logger SLOW = LoggerFactory.getLogger("mycroft.slow-query");

    private final long slowNanos;

    public RequestLog(@Value("${mycroft.solr.slow-query-threshold:500ms}") Duration slowQueryThreshold) {
        this.slowNanos = slowQueryThreshold.toNanos();
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        long start = System.nanoTime();
        try {
            chain.doFilter(request, response);
        } finally {
            long nanos = System.nanoTime() - start;
            AtomicLong solr = (AtomicLong) request.getAttribute(SolrTiming.REQUEST_TOTAL);
            long solrNanos = solr == null ? 0 : solr.get();
            // Formatted only when written: String.format on every request showed in the API's profile (JFR, bench search).
            if (REQUESTS.isInfoEnabled()) {
                REQUESTS.info("method={} path={} status={} ms={} solr_ms={}", request.getMethod(), request.getRequestURI(),
                        response.getStatus(), millis(nanos), millis(solrNanos));
            }
            if (solrNanos > slowNanos) {
                SLOW.warn("solr_ms={} method={} path={} query={}", millis(solrNanos), request.getMethod(),
                        request.getRequestURI(), request.getQueryString());
            }
        }
    }

    private static String millis(long nanos) {
        return String.format(java.util.Locale.ROOT, "%.1f", nanos / 1e6);
    }
}
