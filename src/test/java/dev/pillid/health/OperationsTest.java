package dev.pillid.health;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** Health, metrics and the API description: what operators and client developers rely on. */
@QuarkusTest
class OperationsTest {

    @Test
    void livenessAndStartupAreUp() {
        given().get("/q/health/live").then().statusCode(200).body("status", equalTo("UP"));
        given().get("/q/health/started").then().statusCode(200).body("status", equalTo("UP"));
    }

    @Test
    void readinessChecksTheDatabaseAndTheCatalog() {
        given().get("/q/health/ready").then().statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.name", hasItem("Database connections health check"))
                .body("checks.find { it.name == 'catalog' }.status", equalTo("UP"))
                .body("checks.find { it.name == 'catalog' }.data.pills", equalTo(49));
    }

    @Test
    void prometheusMetricsCountSearches() {
        given().get("/v1/pills/search?imprint=PD").then().statusCode(200);
        given().get("/q/metrics").then().statusCode(200)
                .body(containsString("pillid_searches_total{outcome=\"candidates\"}"))
                .body(containsString("http_server_requests_seconds_count"));
    }

    @Test
    void swaggerUiIsServed() {
        given().get("/q/swagger-ui/").then().statusCode(200).body(containsString("swagger"));
    }

    /**
     * The committed openapi.yaml is the document the service generates. After changing the API,
     * refresh it with: cp target/openapi.yaml openapi.yaml
     */
    @Test
    void committedOpenApiDocumentIsTheGeneratedOne() throws Exception {
        String generated = given().accept("application/yaml").get("/q/openapi").then().statusCode(200).extract().asString();
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target/openapi.yaml"), generated);
        String committed = Files.readString(Path.of("openapi.yaml"));
        assertEquals(committed.strip(), generated.strip(),
                "openapi.yaml differs from the generated API description; review target/openapi.yaml and copy it over openapi.yaml");
    }
}
