package dev.pillid.catalog;

import dev.pillid.testing.CatalogState;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A change another replica commits reaches this replica's searches within seconds, without a restart. */
@QuarkusTest
class CatalogChangeWatchTest {

    @Inject
    AgroalDataSource database;
    @Inject
    CatalogState catalog;

    @AfterEach
    void backToTheDemoCatalog() throws Exception {
        catalog.resetToDemo();
    }

    @Test
    void seesAPillAnotherReplicaAdded() throws Exception {
        // What another replica's import does: insert the pill and raise the version, in one transaction.
        try (Connection c = database.getConnection()) {
            c.setAutoCommit(false);
            try (Statement s = c.createStatement()) {
                s.executeUpdate("insert into pill (id, source, source_key, medicine_name, imprint, colors, shape, loaded_at) "
                        + "values (nextval('pill_seq'), 'spl', 'replica-test', 'Elsewhere', 'QZ;991', '{WHITE}', 'ROUND', now())");
                s.executeUpdate("update catalog_state set version = version + 1, changed_at = now() where id = 1");
            }
            c.commit();
        }
        Instant deadline = Instant.now().plus(Duration.ofSeconds(15));
        int total = 0;
        while (Instant.now().isBefore(deadline) && total == 0) {
            total = given().get("/v1/pills/search?imprint=QZ 991").then().statusCode(200).extract().path("total");
            if (total == 0) {
                Thread.sleep(200);
            }
        }
        assertTrue(total > 0, "the pill another replica added is found within 15 s (the check runs every 2 s)");
    }
}
