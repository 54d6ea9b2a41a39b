package dev.pillid.api;

import dev.pillid.testing.Management;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

/** What every answer tells a browser, and which origins' pages may read which paths. */
@QuarkusTest
class BrowserHeadersTest {

    private static final String OTHER_SITE = "https://example.org";

    static ValidatableResponse hasSecurityHeaders(ValidatableResponse answer) {
        return answer.header("X-Content-Type-Options", "nosniff")
                .header("Referrer-Policy", "no-referrer")
                .header("Content-Security-Policy", "frame-ancestors 'none'");
    }

    @Test
    void searchAnswerCarriesTheSecurityHeaders() {
        hasSecurityHeaders(given().get("/v1/pills/search?imprint=PD").then().statusCode(200));
    }

    @Test
    void problemAnswerCarriesTheSecurityHeaders() {
        hasSecurityHeaders(given().get("/v1/pills/999999999").then().statusCode(404)
                .contentType("application/problem+json"));
    }

    @Test
    void pageAndManagementAnswersCarryTheSecurityHeaders() {
        hasSecurityHeaders(given().get("/").then().statusCode(200).contentType(containsString("text/html")));
        hasSecurityHeaders(Management.given().get("/q/health").then().statusCode(200));
    }

    @Test
    void anyOriginMayReadTheSearch() {
        given().header("Origin", OTHER_SITE).header("Access-Control-Request-Method", "GET")
                .header("Access-Control-Request-Headers", "If-None-Match")
                .options("/v1/pills/search").then().statusCode(204)
                .header("Access-Control-Allow-Origin", "*")
                .header("Access-Control-Allow-Methods", containsString("GET"))
                .header("Access-Control-Allow-Headers", containsString("If-None-Match"))
                .header("Access-Control-Allow-Credentials", nullValue());
        given().header("Origin", OTHER_SITE).get("/v1/pills/search?imprint=PD").then().statusCode(200)
                .header("Access-Control-Allow-Origin", "*")
                .header("Access-Control-Expose-Headers", containsString("ETag"))
                .header("Access-Control-Allow-Credentials", nullValue());
    }

    @Test
    void noOtherOriginMayCallTheAdminEndpoints() {
        given().header("Origin", OTHER_SITE).header("Access-Control-Request-Method", "POST")
                .header("Access-Control-Request-Headers", "Authorization,Content-Type")
                .options("/v1/admin/imports").then()
                .statusCode(not(equalTo(204)))
                .header("Access-Control-Allow-Origin", nullValue())
                .header("Access-Control-Allow-Methods", nullValue());
        given().header("Origin", OTHER_SITE).get("/v1/admin/imports/1").then().statusCode(401)
                .header("Access-Control-Allow-Origin", nullValue());
    }

    @Test
    void aPreflightOnAPublicReadIsAllowedForADay() {
        given().header("Origin", OTHER_SITE).header("Access-Control-Request-Method", "GET")
                .options("/v1/pills/42").then().statusCode(204)
                .header("Access-Control-Allow-Origin", "*")
                .header("Access-Control-Allow-Methods", "GET,HEAD,OPTIONS")
                .header("Access-Control-Allow-Headers", "Accept,Content-Type,If-None-Match")
                .header("Access-Control-Max-Age", "86400")
                .header("Access-Control-Allow-Credentials", nullValue());
    }

    @Test
    void aPreflightOnAnAdminPathGetsNoAllowanceHoweverThePathIsSpelled() {
        for (String path : new String[] {"/v1/admin/imports", "/v1/admin/imports/1/rejections", "/v1/admin;x=1/imports",
                "/v1/admin/imports;x=1", "/v1//admin/imports", "/v1/%61dmin/imports", "/v1/pills/../admin/imports"}) {
            given().urlEncodingEnabled(false).header("Origin", OTHER_SITE).header("Access-Control-Request-Method", "POST")
                    .options(path).then()
                    .statusCode(not(equalTo(204)))
                    .header("Access-Control-Allow-Origin", nullValue())
                    .header("Access-Control-Allow-Methods", nullValue());
            given().urlEncodingEnabled(false).header("Origin", OTHER_SITE).get(path).then()
                    .header("Access-Control-Allow-Origin", nullValue());
        }
    }

    @Test
    void noOtherOriginMayReadTheManagementInterface() {
        Management.given().header("Origin", OTHER_SITE).header("Access-Control-Request-Method", "GET")
                .options("/q/health").then()
                .header("Access-Control-Allow-Methods", nullValue());
        for (String path : new String[] {"/q/health", "/q/health/ready", "/q/metrics"}) {
            Management.given().header("Origin", OTHER_SITE).get(path).then().statusCode(200)
                    .header("Access-Control-Allow-Origin", nullValue())
                    .header("Access-Control-Expose-Headers", nullValue());
        }
    }

    @Test
    void noOtherOriginMayReadTheApiDescription() {
        given().header("Origin", OTHER_SITE).header("Access-Control-Request-Method", "GET")
                .options("/q/openapi").then()
                .header("Access-Control-Allow-Origin", nullValue())
                .header("Access-Control-Allow-Methods", nullValue());
        given().header("Origin", OTHER_SITE).get("/q/openapi").then().statusCode(200)
                .header("Access-Control-Allow-Origin", nullValue());
    }
}
