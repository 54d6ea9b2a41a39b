package dev.pillid.api;

import dev.pillid.testing.Management;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A service started with a warm-up answers searches made from its catalog before it takes
 * requests: searches the API accepts, not counted as users' searches, and the catalog answers as
 * before.
 */
@QuarkusTest
@TestProfile(SearchWarmUpTest.WarmingUp.class)
class SearchWarmUpTest {

    public static class WarmingUp implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("pillid.warm-up.duration", "1s");
        }
    }

    @Inject
    SearchWarmUp warmUp;

    @Test
    void warmsUpWithSearchesTheApiAcceptsAndCountsNoneAsAUsers() {
        // The demo catalog's 49 pills, round and round for a second: many searches of every form.
        assertTrue(warmUp.answered() > 100, "searches made while warming up: " + warmUp.answered());
        assertEquals(0, warmUp.refused(), "searches the API refused");

        Management.given().get("/q/metrics").then().statusCode(200)
                .body(containsString("pillid_searches_total{outcome=\"candidates\"} 0.0"));
        given().get("/v1/pills/search?imprint=VGR50 Pfizer").then().statusCode(200)
                .body("results[0].pill.medicine_name", equalTo("Viagra"));
        Management.given().get("/q/metrics").then().statusCode(200)
                .body(containsString("pillid_searches_total{outcome=\"candidates\"} 1.0"));
    }
}
