package dev.pillid.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The load tests' fixed answer is JSON of exactly the size asked for, and stays out of the API
 * description. (It is benchmark code: the service has it only in the tests and in bench-http.)
 */
@QuarkusTest
class FixedAnswerTest {

    @Test
    void isValidJsonOfTheSizeAskedFor() throws Exception {
        for (int bytes : new int[] {64, 5609, 17648}) {
            byte[] body = FixedAnswerResource.body(bytes);
            assertEquals(bytes, body.length);
            assertEquals(bytes - 12, new ObjectMapper().readTree(body).get("fixed").asText().length());
        }
    }

    @Test
    void servesItOverHttp() {
        byte[] body = given().when().get("/v1/benchmark/fixed-answer?bytes=5000")
                .then().statusCode(200).contentType("application/json").extract().asByteArray();
        assertEquals(5000, body.length);
        given().when().get("/v1/benchmark/fixed-answer?bytes=10")
                .then().statusCode(400).contentType("application/problem+json")
                .body("detail", containsString("between 64 and"));
    }

    @Test
    void isNotInTheApiDescription() {
        given().when().get("/q/openapi?format=json").then().statusCode(200)
                .body(containsString("/v1/pills/search"))
                .body("paths.'/v1/benchmark/fixed-answer'", equalTo(null));
    }
}
