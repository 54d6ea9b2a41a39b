package dev.pillid.api;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;

@QuarkusTest
class VocabularyTest {

    @Test
    void listsTheTwelveSplColoursWithCodesAndSynonyms() {
        given().get("/v1/colors").then().statusCode(200).contentType("application/json")
                .body("colors", hasSize(12))
                .body("colors.find { it.name == 'WHITE' }.code", equalTo("C48325"))
                .body("colors.find { it.name == 'WHITE' }.display_name", equalTo("White"))
                .body("colors.find { it.name == 'WHITE' }.synonyms", hasItem("off-white"))
                .body("colors.find { it.name == 'ORANGE' }.synonyms", hasItem("peach"))
                .body("colors.name", hasItems("BLACK", "TURQUOISE", "YELLOW"));
    }

    @Test
    void listsTheNineteenSplShapesWithCodesAndSynonyms() {
        given().get("/v1/shapes").then().statusCode(200).contentType("application/json")
                .body("shapes", hasSize(19))
                .body("shapes.find { it.name == 'ROUND' }.code", equalTo("C48348"))
                .body("shapes.find { it.name == 'OVAL' }.synonyms", hasItems("elliptical", "egg", "almond", "football"))
                .body("shapes.find { it.name == 'CAPSULE' }.synonyms", hasItem("oblong"))
                .body("shapes.name", hasItems("DOUBLE CIRCLE", "HEPTAGON (7 SIDES)", "TRIANGLE"));
    }

    /** Everyday shape words are searched as the SPL shape they describe, as the answer's query says. */
    @Test
    void everydayShapeWordsAreSearchedAsTheirSplShape() {
        for (String[] word : new String[][] {{"football", "OVAL"}, {"almond-shaped", "OVAL"}, {"kidney", "FREEFORM"},
                {"half moon", "SEMI-CIRCLE"}, {"D-shaped", "SEMI-CIRCLE"}, {"five sided", "PENTAGON (5 SIDES)"}, {"caplet", "CAPSULE"}}) {
            given().queryParam("imprint", "PD 155").queryParam("shape", word[0]).get("/v1/pills/search")
                    .then().statusCode(200).body("query.shape", equalTo(word[1]));
        }
    }
}
