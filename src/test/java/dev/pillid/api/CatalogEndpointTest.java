package dev.pillid.api;

import dev.pillid.testing.Management;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.pillid.imports.Imports;
import dev.pillid.testing.CatalogState;
import dev.pillid.testing.Fixtures;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** GET /v1/catalog says what searches read: the tests' catalog is the 49 demo records, with their photos in the test folder. */
@QuarkusTest
class CatalogEndpointTest {

    @Inject
    CatalogState catalog;

    @AfterEach
    void backToTheDemoCatalog() throws Exception {
        catalog.resetToDemo();
    }

    @Test
    void saysTheDemoRecordsAreWhatIsLoadedWithTheirSourceAndPhotos() throws Exception {
        int withPhotos = 0;
        for (JsonNode record : new ObjectMapper().readTree(Path.of("data/demo-catalog.json").toFile()).path("records")) {
            withPhotos += record.path("images").isEmpty() ? 0 : 1;
        }
        assertTrue(withPhotos > 0 && withPhotos < 49, "some demo records have photos, some not: " + withPhotos);

        given().get("/v1/catalog").then().statusCode(200)
                .body("pills", equalTo(49))
                .body("demo", equalTo(true))
                .body("pills_with_photos", equalTo(withPhotos))
                .body("photos", equalTo("folder"))
                .body("version", notNullValue())
                .body("changed_at", notNullValue())
                .body("sources.name", contains("demo"))
                .body("sources[0].pills", equalTo(49))
                .body("sources[0].title", equalTo("Demo records written by the pill identifier project"))
                .body("sources[0].source_date", equalTo("2026-11-27"))
                .body("sources[0].license", notNullValue());
    }

    @Test
    void anImportIsCountedAsItsOwnSourceAndRaisesTheVersion() {
        int version = given().get("/v1/catalog").then().statusCode(200).extract().path("version");
        ExtractableResponse<Response> job = Imports.upload(Fixtures.RXIMAGE);
        assertEquals("succeeded", job.path("state"), job.asString());
        int added = job.path("counts.added");

        ExtractableResponse<Response> after = given().get("/v1/catalog").then().statusCode(200)
                .body("demo", equalTo(false))
                .body("sources.name", contains("demo", "rximage"))
                .body("sources[1].pills", equalTo(added))
                .body("sources[1].title", nullValue())
                .body("sources[1].loaded_at", notNullValue())
                .extract();
        assertEquals(49 + added, (int) after.path("pills"));
        assertEquals(version + 1, (int) after.path("version"), "one import, one change");
        Management.given().get("/q/health/ready").then().statusCode(200)
                .body("checks.find { it.name == 'catalog' }.data.pills", equalTo(49 + added))
                .body("checks.find { it.name == 'catalog' }.data.version", equalTo(version + 1));
    }
}
