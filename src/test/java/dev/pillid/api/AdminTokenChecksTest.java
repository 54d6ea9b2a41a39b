package dev.pillid.api;

import dev.pillid.testing.AdminTokens;
import io.quarkus.test.junit.QuarkusTest;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

/**
 * An admin token must be meant for this service (its audience) and recent (its issue time), not
 * merely signed by the trusted key with the right issuer and role; every refusal is a 401 problem.
 */
@QuarkusTest
class AdminTokenChecksTest {

    static void refused(String token) {
        given().auth().oauth2(token).get("/v1/admin/imports").then().statusCode(401)
                .contentType("application/problem+json")
                .header("WWW-Authenticate", "Bearer")
                .body("type", equalTo("urn:pillid:problem:unauthorized"))
                .body("detail", containsString("audience"));
    }

    @Test
    void aTokenForAnotherServiceIsRefused() {
        refused(AdminTokens.forAnotherAudience());
    }

    @Test
    void aTokenWithoutAnAudienceIsRefused() {
        refused(AdminTokens.withoutAnAudience());
    }

    @Test
    void aTokenIssuedLongerAgoThanTheMaximumAgeIsRefusedThoughUnexpired() {
        long maxAge = ConfigProvider.getConfig().getValue("mp.jwt.verify.token.age", Long.class);
        refused(AdminTokens.issuedSecondsAgo(maxAge + 60));
        given().auth().oauth2(AdminTokens.issuedSecondsAgo(maxAge - 60)).get("/v1/admin/imports").then().statusCode(200);
    }

    @Test
    void aTokenForThisServiceIsAccepted() {
        given().auth().oauth2(AdminTokens.catalogAdmin()).get("/v1/admin/imports").then().statusCode(200);
    }
}
