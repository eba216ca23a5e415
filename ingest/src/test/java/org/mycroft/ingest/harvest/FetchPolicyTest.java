package org.mycroft.ingest.harvest;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Random;
import org.junit.jupiter.api.Test;

class FetchPolicyTest {

    private final FetchPolicy policy = FetchPolicy.DEFAULT; // backoff 1 s
    private final Random random = new Random(7);

    @Test
    void backoffDoublesWithJitterUpToACap() {
        for (int attempt = 0; attempt < 4; attempt++) {
            long expected = 1000L << attempt;
            assertThat(policy.retryDelay(attempt, null, random)).hasValueSatisfying(d ->
                    assertThat(d.toMillis()).isBetween(expected / 2, expected * 3 / 2));
        }
        assertThat(policy.retryDelay(60, null, random)).hasValueSatisfying(d ->
                assertThat(d).isLessThanOrEqualTo(Duration.ofSeconds(45)));
    }

    @Test
    void retryAfterIsAFloorUnlessItIsTooLong() {
        assertThat(policy.retryDelay(0, Duration.ofSeconds(20), random)).hasValueSatisfying(d ->
                assertThat(d).isGreaterThanOrEqualTo(Duration.ofSeconds(20)));
        assertThat(policy.retryDelay(0, Duration.ofHours(1), random)).isEmpty();
    }
}
