package dev.pillid.robustness;

import dev.pillid.testing.AdminTokens;
import dev.pillid.testing.Management;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

/**
 * The service starts while PostgreSQL is away (as in production: migration and the catalog load
 * wait for the database), serves the bundled catalog from memory, and catches up when the
 * database arrives, without a restart.
 */
@QuarkusTest
@TestProfile(DatabaseDownAtStartTest.DatabaseAwayAtStart.class)
class DatabaseDownAtStartTest {

    public static class DatabaseAwayAtStart implements QuarkusTestProfile {
        @Override
        public List<TestResourceEntry> testResources() {
            return List.of(new TestResourceEntry(DatabaseProxyResource.class, Map.of("open", "false"), true));
        }

        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of(
                    "%test.quarkus.flyway.migrate-at-start", "false",
                    "%test.quarkus.flyway.clean-at-start", "false",
                    "%test.quarkus.hibernate-orm.schema-management.strategy", "none",
                    "pillid.catalog.snapshot-file", "target/down-at-start-test/no-snapshot-yet.json");
        }
    }

    @Test
    void startsServesTheBundledCatalogAndCatchesUpWhenTheDatabaseArrives() throws Exception {
        Management.given().get("/q/health/ready").then().statusCode(503);
        given().get("/v1/pills/search?imprint=VGR50 Pfizer").then().statusCode(200)
                .body("results[0].pill.medicine_name", equalTo("Viagra"));

        DatabaseProxyResource.proxy.restore();
        DatabaseOutageTest.await("readiness once the database arrives", () -> Management.given().get("/q/health/ready").statusCode() == 200);
        // The schema was migrated once the database answered: the import history can be read.
        DatabaseOutageTest.await("the schema migrated", () -> given().auth().oauth2(AdminTokens.catalogAdmin())
                .get("/v1/admin/imports").statusCode() == 200);
        given().get("/v1/pills/search?imprint=VGR50 Pfizer").then().statusCode(200)
                .body("results[0].pill.medicine_name", equalTo("Viagra"));
    }
}
