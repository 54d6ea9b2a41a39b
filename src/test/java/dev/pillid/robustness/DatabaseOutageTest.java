package dev.pillid.robustness;

import dev.pillid.testing.AdminTokens;
import dev.pillid.testing.Fixtures;
import dev.pillid.testing.Management;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * PostgreSQL goes away under a running service, for real (a TCP proxy the test cuts): searches go
 * on from memory, readiness says the database is down, changes answer 503, and everything
 * recovers without a restart when the database returns.
 */
@QuarkusTest
@TestProfile(DatabaseOutageTest.BehindAProxy.class)
class DatabaseOutageTest {

    public static class BehindAProxy implements QuarkusTestProfile {
        @Override
        public List<TestResourceEntry> testResources() {
            return List.of(new TestResourceEntry(DatabaseProxyResource.class, Map.of("open", "true"), true));
        }

        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("pillid.catalog.snapshot-file", "target/outage-test/catalog-snapshot.json");
        }
    }

    static void await(String what, BooleanSupplier condition) throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
        while (!condition.getAsBoolean()) {
            assertTrue(Instant.now().isBefore(deadline), "not within 30 s: " + what);
            Thread.sleep(250);
        }
    }

    @Test
    void searchesGoOnWhileTheDatabaseIsAwayAndEverythingRecoversWhenItReturns() throws Exception {
        Management.given().get("/q/health/ready").then().statusCode(200);
        int id = given().get("/v1/pills/search?imprint=PD 157 40").then().statusCode(200).extract().path("results[0].pill.id");

        DatabaseProxyResource.proxy.cut();
        await("readiness reports the database down", () -> Management.given().get("/q/health/ready").statusCode() == 503);
        Management.given().get("/q/health/ready").then().statusCode(503)
                .body("checks.find { it.name == 'Database connections health check' }.status", equalTo("DOWN"));
        given().get("/v1/pills/search?imprint=PD 157 40").then().statusCode(200)
                .body("results[0].pill.imprint", equalTo("PD;157;40"));
        given().get("/v1/pills/" + id).then().statusCode(200);
        given().get("/v1/imprints/suggest?prefix=PD").then().statusCode(200);
        Management.given().get("/q/health/live").then().statusCode(200);
        given().auth().oauth2(AdminTokens.catalogAdmin())
                .multiPart("file", Fixtures.PILLBOX.toFile())
                .post("/v1/admin/imports")
                .then().statusCode(503).contentType("application/problem+json")
                .header("Retry-After", "10")
                .body("detail", containsString("Searches still answer"));

        DatabaseProxyResource.proxy.restore();
        await("readiness recovers", () -> Management.given().get("/q/health/ready").statusCode() == 200);
        given().auth().oauth2(AdminTokens.catalogAdmin()).get("/v1/admin/imports").then().statusCode(200);
    }
}
