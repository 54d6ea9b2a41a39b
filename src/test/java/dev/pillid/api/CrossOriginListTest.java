package dev.pillid.api;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.containsStringIgnoringCase;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

/**
 * With pillid.cors.origins set to a list, the public reads allow the listed origins only, and every
 * answer there says that it varies by origin, so that a cache never hands one origin's allowance to
 * another; the admin endpoints allow none of them.
 */
@QuarkusTest
@TestProfile(CrossOriginListTest.TwoFrontEnds.class)
class CrossOriginListTest {

    static final String LISTED = "https://app.example.org";
    static final String UNLISTED = "https://example.org";

    public static class TwoFrontEnds implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("pillid.cors.origins", LISTED + ",https://www.example.org");
        }
    }

    @Test
    void aListedOriginsPreflightIsAllowedAndVariesByOrigin() {
        given().header("Origin", LISTED).header("Access-Control-Request-Method", "GET")
                .header("Access-Control-Request-Headers", "If-None-Match")
                .options("/v1/pills/search").then().statusCode(204)
                .header("Access-Control-Allow-Origin", LISTED)
                .header("Vary", containsStringIgnoringCase("Origin"))
                .header("Access-Control-Allow-Methods", containsString("GET"))
                .header("Access-Control-Allow-Headers", containsString("If-None-Match"))
                .header("Access-Control-Max-Age", "86400")
                .header("Access-Control-Allow-Credentials", nullValue());
    }

    @Test
    void anUnlistedOriginsPreflightIsNotAllowedAndVariesByOrigin() {
        given().header("Origin", UNLISTED).header("Access-Control-Request-Method", "GET")
                .options("/v1/pills/search").then()
                .statusCode(not(equalTo(204)))
                .header("Access-Control-Allow-Origin", nullValue())
                .header("Access-Control-Allow-Methods", nullValue())
                .header("Vary", containsStringIgnoringCase("Origin"));
    }

    @Test
    void readsNameTheListedOriginAndVaryByOriginEvenWithoutOne() {
        given().header("Origin", LISTED).get("/v1/colors").then().statusCode(200)
                .header("Access-Control-Allow-Origin", LISTED)
                .header("Access-Control-Expose-Headers", containsString("ETag"))
                .header("Vary", containsStringIgnoringCase("Origin"));
        given().get("/v1/colors").then().statusCode(200)
                .header("Access-Control-Allow-Origin", nullValue())
                .header("Vary", containsStringIgnoringCase("Origin"));
    }

    @Test
    void noListedOriginMayCallTheAdminEndpoints() {
        given().header("Origin", LISTED).header("Access-Control-Request-Method", "POST")
                .options("/v1/admin/imports").then()
                .statusCode(not(equalTo(204)))
                .header("Access-Control-Allow-Origin", nullValue())
                .header("Access-Control-Allow-Methods", nullValue());
        given().header("Origin", LISTED).get("/v1/admin/imports").then().statusCode(401)
                .header("Access-Control-Allow-Origin", nullValue());
    }
}
