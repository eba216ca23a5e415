package org.mycroft.ingest.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.ConnectException;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.solr.common.SolrException;
import org.junit.jupiter.api.Test;

/** Which failed writes are tried again (a node down, a leader being elected) and which are not. */
class SolrRetryTest {

    private final SolrRetry retry = new SolrRetry(4, Duration.ofMillis(1));

    @Test
    void aPassingFailureIsTriedAgainUntilTheWriteGoesThrough() throws Exception {
        AtomicInteger calls = new AtomicInteger();
        retry.run(() -> {
            if (calls.incrementAndGet() < 3) {
                throw new IOException("Connection refused", new ConnectException());
            }
        });
        assertThat(calls).hasValue(3);
    }

    @Test
    void aLeaderlessShardIsTriedAgainButABadRequestIsNot() throws Exception {
        AtomicInteger calls = new AtomicInteger();
        retry.run(() -> {
            if (calls.incrementAndGet() == 1) {
                throw new SolrException(SolrException.ErrorCode.SERVICE_UNAVAILABLE, "No registered leader was found");
            }
        });
        assertThat(calls).hasValue(2);

        AtomicInteger bad = new AtomicInteger();
        assertThatThrownBy(() -> retry.run(() -> {
            bad.incrementAndGet();
            throw new SolrException(SolrException.ErrorCode.BAD_REQUEST, "unknown field");
        })).isInstanceOf(SolrException.class);
        assertThat(bad).as("a refused request fails at once").hasValue(1);
    }

    @Test
    void aSolrThatStaysDownFailsAfterTheLastAttempt() {
        AtomicInteger calls = new AtomicInteger();
        assertThatThrownBy(() -> retry.run(() -> {
            calls.incrementAndGet();
            throw new IOException("Connection refused");
        })).isInstanceOf(IOException.class);
        assertThat(calls).hasValue(4);
        AtomicInteger once = new AtomicInteger();
        assertThatThrownBy(() -> SolrRetry.none().run(() -> {
            once.incrementAndGet();
            throw new IOException("disk full");
        })).isInstanceOf(IOException.class);
        assertThat(once).hasValue(1);
    }
}
