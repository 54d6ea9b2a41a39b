package dev.pillid.imports;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

/** A service started before its admin key exists refuses admin requests with 401, never a 500. */
@QuarkusTest
@TestProfile(MissingVerificationKeyTest.NoKey.class)
class MissingVerificationKeyTest {

    public static class NoKey implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("mp.jwt.verify.publickey.location", "target/no-such-dir/public.pem");
        }
    }

    @Test
    void adminRequestsAre401WhileNoVerificationKeyExists() {
        given().get("/v1/admin/imports").then().statusCode(401).contentType("application/problem+json")
                .header("WWW-Authenticate", "Bearer")
                .body("status", equalTo(401))
                .body("detail", containsString("no verification key"));
        given().get("/v1/pills/search?imprint=PD").then().statusCode(200);
    }
}
