package dev.pillid.api;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SearchRateLimitTest {

    private static final long SECOND = 1_000_000_000L;

    private final AtomicLong now = new AtomicLong(7 * SECOND);
    private final SimpleMeterRegistry metrics = new SimpleMeterRegistry();

    private SearchRateLimit limit(double perSecond, int burst, int maxClients) {
        return new SearchRateLimit(perSecond, burst, maxClients, now::get, metrics.counter("refused"), Duration.ZERO, null);
    }

    @Test
    void aClientMayBurstThenSearchesAtTheRate() {
        SearchRateLimit limit = limit(2, 5, 100);
        for (int i = 0; i < 5; i++) {
            limit.take("192.0.2.1");
        }
        ApiProblem refused = assertThrows(ApiProblem.class, () -> limit.take("192.0.2.1"));
        assertEquals(429, refused.toProblem("/v1/pills/search").status());
        assertEquals(1, refused.retryAfterSeconds());
        assertTrue(refused.getMessage().contains("2 a second"), refused.getMessage());
        now.addAndGet(SECOND / 2);
        limit.take("192.0.2.1");
        assertThrows(ApiProblem.class, () -> limit.take("192.0.2.1"));
        assertEquals(2, metrics.counter("refused").count());
    }

    @Test
    void retryAfterIsTheWholeSecondsUntilTheNextToken() {
        SearchRateLimit limit = limit(0.1, 1, 100);
        limit.take("192.0.2.1");
        assertEquals(10, assertThrows(ApiProblem.class, () -> limit.take("192.0.2.1")).retryAfterSeconds());
        now.addAndGet(4 * SECOND);
        assertEquals(6, assertThrows(ApiProblem.class, () -> limit.take("192.0.2.1")).retryAfterSeconds());
    }

    @Test
    void eachAddressHasItsOwnShare() {
        SearchRateLimit limit = limit(1, 1, 100);
        limit.take("192.0.2.1");
        assertDoesNotThrow(() -> limit.take("192.0.2.2"));
        assertThrows(ApiProblem.class, () -> limit.take("192.0.2.1"));
    }

    @Test
    void anIpv6NetworkIsOneClient() {
        SearchRateLimit limit = limit(1, 1, 100);
        limit.take("2001:db8:1:2::1");
        assertThrows(ApiProblem.class, () -> limit.take("2001:0db8:0001:0002:ffff::9"));
        assertDoesNotThrow(() -> limit.take("2001:db8:1:3::1"));
        assertEquals("2001:db8:1:2::/64", SearchRateLimit.key("[2001:DB8:1:2:0:0:0:1]"));
        assertEquals("192.0.2.7", SearchRateLimit.key("::ffff:192.0.2.7"));
    }

    @Test
    void addressesBeyondTheTableShareOneBucket() {
        SearchRateLimit limit = limit(1, 1, 2);
        limit.take("192.0.2.1");
        limit.take("192.0.2.2");
        limit.take("192.0.2.3");
        assertThrows(ApiProblem.class, () -> limit.take("192.0.2.4"));
        assertEquals(3, limit.trackedClients());
    }

    @Test
    void idleClientsAreForgotten() {
        SearchRateLimit limit = limit(1, 3, 100);
        limit.take("192.0.2.1");
        limit.take("192.0.2.2");
        now.addAndGet(SECOND);
        limit.take("192.0.2.2");
        limit.take("192.0.2.2");
        now.addAndGet(SECOND);
        limit.forgetIdleClients();
        assertEquals(1, limit.trackedClients());
    }

    @Test
    void zeroTurnsTheLimitOff() {
        SearchRateLimit limit = limit(0, 1, 100);
        for (int i = 0; i < 1000; i++) {
            limit.take("192.0.2.1");
        }
        assertEquals(0, limit.trackedClients());
    }
}
