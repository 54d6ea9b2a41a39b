package dev.pillid.health;

import dev.pillid.testing.Management;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Health, metrics and the API description: what operators and client developers rely on. Health
 * and metrics answer on the management port only; the API description on the application port.
 */
@QuarkusTest
class OperationsTest {

    @Test
    void livenessAndStartupAreUp() {
        Management.given().get("/q/health/live").then().statusCode(200).body("status", equalTo("UP"));
        Management.given().get("/q/health/started").then().statusCode(200).body("status", equalTo("UP"));
    }

    @Test
    void readinessChecksTheDatabaseAndTheCatalog() {
        Management.given().get("/q/health/ready").then().statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.name", hasItem("Database connections health check"))
                .body("checks.find { it.name == 'catalog' }.status", equalTo("UP"))
                .body("checks.find { it.name == 'catalog' }.data.pills", equalTo(49));
    }

    @Test
    void prometheusMetricsCountSearches() {
        given().get("/v1/pills/search?imprint=PD").then().statusCode(200);
        Management.given().get("/q/metrics").then().statusCode(200)
                .body(containsString("pillid_searches_total{outcome=\"candidates\"}"))
                .body(containsString("http_server_requests_seconds_count"));
    }

    @Test
    void theApplicationPortServesNeitherHealthNorMetrics() {
        for (String path : List.of("/q/metrics", "/q/health", "/q/health/live", "/q/health/ready")) {
            given().get(path).then().statusCode(404).contentType("application/problem+json")
                    .body("status", equalTo(404));
        }
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
