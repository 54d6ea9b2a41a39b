package dev.pillid.api;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;

/** Every refused search answers 400 with an RFC 9457 problem that says what to send instead. Queries are sent as written (already URL-encoded). */
@QuarkusTest
class SearchErrorsTest {

    static ValidatableResponse badRequest(String query) {
        return given().urlEncodingEnabled(false).when().get("/v1/pills/search" + query)
                .then().statusCode(400).contentType("application/problem+json")
                .body("type", equalTo("urn:pillid:problem:invalid-parameter"))
                .body("title", equalTo("Invalid parameter"))
                .body("status", equalTo(400))
                .body(not(containsString("Exception")))
                .body(not(containsString("java.")));
    }

    @Test
    void noCriterionAtAll() {
        badRequest("")
                .body("detail", containsString("at least one of: imprint, color, shape, size_mm, score, name"))
                .body("instance", equalTo("/v1/pills/search"));
        badRequest("?imprint=%20%20&limit=5").body("detail", containsString("at least one of"));
    }

    /** An imprint of 64 '?' judged every pill with the costliest comparison there is; it is refused before any pill is looked at. */
    @Test
    void mostlyUnreadableImprintIsRefusedBeforeItCosts() {
        badRequest("?imprint=" + "%3F".repeat(64)).body("detail", containsString("64 unreadable characters ('?')"));
        badRequest("?imprint=M" + "%3F".repeat(8)).body("detail", containsString("more unreadable characters ('?') than characters read"));
        badRequest("?imprint=%3F%3F&color=white").body("detail", containsString("2 against 0"));
        given().when().get("/v1/pills/search?imprint=M?67").then().statusCode(200);
    }

    @Test
    void imprintWithoutAnyLetterOrDigit() {
        badRequest("?imprint=-%2F.").body("detail", containsString("has no letter or digit"));
    }

    @Test
    void unknownColourListsTheValidColours() {
        badRequest("?imprint=PD&color=sparkly")
                .body("detail", allOf(containsString("Unknown color 'sparkly'"), containsString("GET /v1/colors")))
                .body("valid_values", hasSize(12))
                .body("valid_values", hasItems("WHITE", "TURQUOISE"))
                .body("instance", equalTo("/v1/pills/search?imprint=PD&color=sparkly"));
    }

    @Test
    void aColourPhraseWithNoColourWordNamesTheNearestKnownWords() {
        badRequest("?color=bleu")
                .body("detail", allOf(containsString("Unknown color 'bleu'"), containsString("'bleu': not a colour word; the nearest known: blue")))
                .body("valid_values", hasSize(12));
        badRequest("?color=light").body("detail", containsString("'light': no colour word for it to change"));
        badRequest("?color=sparkly&color=shiny").body("detail", containsString("Unknown color 'sparkly, shiny'"));
        badRequest("?color=%2F%20and").body("detail", containsString("Unknown color '/ and': no word of it reads as a colour. Send"));
    }

    @Test
    void colourPhrasesAreShortAndNameAtMostFourColours() {
        badRequest("?color=" + "blue%20".repeat(21)).body("detail", containsString("color is 105 characters long; describe the colour in at most 100"));
        badRequest("?color=blue%20and%20white%20and%20red%20and%20green%20and%20yellow").body("detail", containsString("at most 4"));
    }

    @Test
    void unknownShapeListsTheValidShapes() {
        badRequest("?shape=blob")
                .body("detail", allOf(containsString("Unknown shape 'blob'"), containsString("GET /v1/shapes")))
                .body("valid_values", hasSize(19))
                .body("valid_values", hasItems("ROUND", "HEXAGON (6 SIDES)"));
    }

    @Test
    void limitOverOneHundred() {
        badRequest("?imprint=PD&limit=101").body("detail", equalTo(
                "limit '101' is not accepted; send a whole number from 1 to 100; page through longer lists with offset."));
    }

    @Test
    void limitOrOffsetThatIsNotAWholeNumber() {
        badRequest("?imprint=PD&limit=ten").body("detail", containsString("limit 'ten' is not accepted"));
        badRequest("?imprint=PD&limit=0").body("detail", containsString("limit '0'"));
        badRequest("?imprint=PD&offset=-1").body("detail", containsString("offset '-1'"));
    }

    @Test
    void imprintOverSixtyFourCharacters() {
        badRequest("?imprint=" + "A".repeat(65)).body("detail", containsString("imprint is 65 characters long; an imprint has at most 64"));
    }

    @Test
    void sizeAndScoreOutOfRange() {
        badRequest("?size_mm=huge").body("detail", containsString("size_mm 'huge' is not a size"));
        badRequest("?size_mm=0").body("detail", containsString("above 0"));
        badRequest("?size_mm=NaN").body("detail", containsString("not a size"));
        badRequest("?score=5").body("detail", containsString("score '5' is not accepted; send 1 for an unscored tablet"));
    }

    @Test
    void tooManyColours() {
        badRequest("?color=white,blue,red,green,yellow").body("detail", containsString("at most 4"));
    }

    @Test
    void unknownPathAndMethodAreProblemsToo() {
        given().get("/v2/anything").then().statusCode(404).contentType("application/problem+json")
                .body("status", equalTo(404)).body("detail", containsString("/v1"));
        given().delete("/v1/pills/search").then().statusCode(405).contentType("application/problem+json")
                .body("status", equalTo(405));
    }
}
