package dev.pillid.api;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

/** A client over its share of searches is told so, and when to come back; searches and suggestions share it. */
@QuarkusTest
@TestProfile(SearchRateLimitApiTest.Limited.class)
class SearchRateLimitApiTest {

    public static class Limited implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("pillid.searches.rate-limit.per-second", "0.05", "pillid.searches.rate-limit.burst", "3");
        }
    }

    @Test
    void theFourthSearchInARowIsRefusedWithRetryAfter() {
        given().get("/v1/pills/search?imprint=PD 155").then().statusCode(200);
        given().get("/v1/imprints/suggest?prefix=PD").then().statusCode(200);
        given().get("/v1/pills/search?imprint=PD 155").then().statusCode(200);
        given().get("/v1/pills/search?imprint=PD 155").then().statusCode(429)
                .contentType("application/problem+json")
                .header("Retry-After", equalTo("20"))
                .body("type", equalTo("urn:pillid:problem:too-many-requests"))
                .body("status", equalTo(429))
                .body("detail", containsString("Retry-After"));
        given().get("/v1/imprints/suggest?prefix=PD").then().statusCode(429);
        // A pill's own page is not a search: it is not counted.
        given().get("/v1/pills/999999999").then().statusCode(404);
    }
}
