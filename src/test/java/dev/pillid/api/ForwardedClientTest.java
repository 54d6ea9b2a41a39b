package dev.pillid.api;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Behind a proxy, each client has its own share of searches: the client's address is the one the
 * proxy (here the test itself, on loopback) names in X-Forwarded-For.
 */
@QuarkusTest
@TestProfile(ForwardedClientTest.BehindProxy.class)
class ForwardedClientTest {

    public static class BehindProxy implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("pillid.behind-proxy", "true",
                    "pillid.searches.rate-limit.per-second", "0.05", "pillid.searches.rate-limit.burst", "1",
                    "pillid.searches.refusal-pause", "0s");
        }
    }

    private static int searchFrom(String client) {
        return given().header("X-Forwarded-For", client).get("/v1/pills/search?imprint=PD 155").statusCode();
    }

    @Test
    void eachForwardedClientHasItsOwnShare() {
        assertEquals(200, searchFrom("198.51.100.1"));
        assertEquals(429, searchFrom("198.51.100.1"));
        assertEquals(200, searchFrom("198.51.100.2"));
        assertEquals(200, searchFrom("2001:db8::7"));
        assertEquals(429, searchFrom("2001:db8::8"));
        // Quarkus's own forwarding left a request with an empty first entry unanswered.
        assertEquals(200, searchFrom(","), "the proxy's own share");
        assertEquals(429, searchFrom("not-an-address"));
    }
}
