package dev.pillid.api;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.startsWith;

@QuarkusTest
class PillDetailTest {

    static int idOf(String imprint) {
        return given().get("/v1/pills/search?imprint=" + imprint).then().statusCode(200)
                .extract().path("results[0].pill.id");
    }

    @Test
    void returnsEveryAttributeOfAPill() {
        given().when().get("/v1/pills/" + idOf("PD 157 40"))
                .then().statusCode(200).contentType("application/json")
                .body("medicine_name", equalTo("Lipitor"))
                .body("strength", equalTo("40 mg"))
                .body("imprint", equalTo("PD;157;40"))
                .body("imprint_sides", equalTo(java.util.List.of("PD", "157", "40")))
                .body("colors", equalTo(java.util.List.of("WHITE")))
                .body("shape", equalTo("OVAL"))
                .body("size_mm", equalTo(15.0f))
                .body("score", equalTo(1))
                .body("rx_otc", equalTo("RX"))
                .body("ndc11", equalTo("0071-0157-23"))
                .body("spl_set_id", notNullValue())
                .body("image_urls", hasSize(1))
                .body("image_urls[0]", startsWith("http://localhost:"))
                .body("photos", hasSize(1))
                .body("photos[0].url", endsWith("/v1/images/00071-0157-23_RXNAVIMAGE10_4E1B2769.jpg"))
                .body("photos[0].thumbnail_url", endsWith("/v1/images/00071-0157-23_RXNAVIMAGE10_4E1B2769.jpg?width=120"))
                .body("photos[0].attribution", equalTo("National Library of Medicine (NLM), RxImage"))
                .body("photos[0].license", equalTo("Public domain (US government work, National Library of Medicine)"))
                .body("source", equalTo("demo"))
                .body("citation", containsString("DailyMed"))
                .body("loaded_at", notNullValue());
    }

    @Test
    void saysWhenAPillHasNoPhoto() {
        given().get("/v1/pills/" + idOf("XANAX 0 5")).then().statusCode(200)
                .body("dea_schedule", equalTo("CIV"))
                .body("image_urls", hasSize(0))
                .body("photos", hasSize(0));
    }

    @Test
    void unknownIdIsNotFound() {
        given().when().get("/v1/pills/987654321")
                .then().statusCode(404).contentType("application/problem+json")
                .body("status", equalTo(404))
                .body("title", equalTo("Not found"))
                .body("detail", equalTo("No pill has id 987654321. Ids come from /v1/pills/search results."))
                .body("instance", equalTo("/v1/pills/987654321"));
    }

    @Test
    void idThatIsNotANumberIsNotFound() {
        given().when().get("/v1/pills/lipitor")
                .then().statusCode(404).contentType("application/problem+json")
                .body("detail", containsString("No pill has id lipitor"));
    }
}
