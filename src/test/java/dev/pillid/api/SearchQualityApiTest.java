package dev.pillid.api;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.util.List;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.lessThanOrEqualTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

/** Descriptions wrong the way people get them wrong, over HTTP, on the demo catalog. */
@QuarkusTest
class SearchQualityApiTest {

    @Test
    void findsAnImprintReadWithAConfusedCharacterAndSaysSo() {
        given().get("/v1/pills/search?imprint=VGR5O PFIZER").then().statusCode(200)
                .body("results[0].pill.imprint", equalTo("VGR50;Pfizer"))
                .body("results[0].matches[0].match", equalTo("similar"))
                .body("results[0].matches[0].explanation", containsString("O for 0"))
                .body("results[0].confidence", equalTo("medium"));
    }

    @Test
    void findsAnImprintWithATypingErrorAndAnUnreadableCharacter() {
        given().get("/v1/pills/search?imprint=LAMICTAL 105").then().statusCode(200)
                .body("results[0].pill.imprint", equalTo("LAMICTAL;150"))
                .body("results[0].matches[0].explanation", containsString("1 character away"));
        given().queryParam("imprint", "NORVASC 1?").get("/v1/pills/search").then().statusCode(200)
                .body("results[0].pill.imprint", equalTo("NORVASC;10"))
                .body("results[0].matches[0].match", equalTo("exact"))
                .body("results[0].matches[0].explanation", containsString("? read as any character"));
    }

    @Test
    void setsASymbolWordAsideAndMatchesTheRest() {
        given().get("/v1/pills/search?imprint=logo 4 COUMADIN").then().statusCode(200)
                .body("query.imprint_normalized", equalTo("4COUMADIN"))
                .body("results[0].pill.imprint", equalTo("4;COUMADIN"))
                .body("results[0].matches[0].explanation", containsString("\"logo\" set aside"));
        given().urlEncodingEnabled(false).get("/v1/pills/search?imprint=logo").then().statusCode(400)
                .contentType("application/problem+json")
                .body("detail", containsString("no text for symbols"));
        given().get("/v1/pills/search?imprint=heart&color=blue&shape=diamond").then().statusCode(200)
                .body("results[0].pill.medicine_name", equalTo("Viagra"));
    }

    @Test
    void groupsOneProductSoldUnderSeveralNdcsAndUngroupsOnRequest() {
        given().get("/v1/pills/search?imprint=PD 155 10").then().statusCode(200)
                .body("results.findAll { it.matches[0].match == 'exact' }", hasSize(1))
                .body("results[0].product.pills", equalTo(2))
                .body("results[0].product.ndcs", hasItems("0071-0155-23", "00591-3774-19"))
                .body("results[0].product.labelers", hasItem("Parke-Davis Div of Pfizer Inc"))
                .body("query.grouped", equalTo(true));
        given().get("/v1/pills/search?imprint=PD 155 10&group=false").then().statusCode(200)
                .body("results.findAll { it.matches[0].match == 'exact' }", hasSize(2))
                .body("results.product.pills", everyItem(equalTo(1)));
        given().urlEncodingEnabled(false).get("/v1/pills/search?imprint=PD&group=maybe").then().statusCode(400)
                .contentType("application/problem+json").body("valid_values", equalTo(List.of("true", "false")));
    }

    @Test
    void saysHowConfidentEachResultIs() {
        given().get("/v1/pills/search?imprint=M366&color=white").then().statusCode(200)
                .body("best_confidence", equalTo("high"))
                .body("results[0].confidence", equalTo("high"));
        given().get("/v1/pills/search?imprint=M366&color=blue").then().statusCode(200)
                .body("best_confidence", equalTo("medium"));
        given().get("/v1/pills/search?color=white&shape=round").then().statusCode(200)
                .body("best_confidence", not(equalTo("high")));
        given().get("/v1/pills/search?imprint=QQQQ999").then().statusCode(200)
                .body("best_confidence", nullValue());
    }

    @Test
    void ranksNeighbouringColoursAndSynonymShapesAsSimilar() {
        given().get("/v1/pills/search?imprint=MYLAN 327&color=peach&shape=circle").then().statusCode(200)
                .body("results[0].pill.imprint", equalTo("MYLAN;327"))
                .body("results[0].matches[1].match", equalTo("exact"));
        given().get("/v1/pills/search?imprint=XANAX 0 5&color=pink&shape=egg").then().statusCode(200)
                .body("results[0].pill.imprint", equalTo("XANAX;0;5"))
                .body("results[0].matches[1].match", equalTo("similar"))
                .body("results[0].matches[1].explanation", equalTo("the pill is orange; pink is close to it"));
    }

    @Test
    void findsByNdcAndByAMisspeltName() {
        given().get("/v1/pills/search?ndc=0069-4210-30").then().statusCode(200)
                .body("results[0].pill.medicine_name", equalTo("Viagra"))
                .body("results[0].pill.strength", equalTo("50 mg"))
                .body("results[0].matches[0].criterion", equalTo("ndc"))
                .body("results[0].confidence", equalTo("high"));
        given().get("/v1/pills/search?ndc=00069421030").then().statusCode(200)
                .body("results[0].pill.strength", equalTo("50 mg"));
        given().get("/v1/pills/search?name=lipitr").then().statusCode(200)
                .body("results[0].pill.medicine_name", equalTo("Lipitor"))
                .body("results[0].matches[0].match", equalTo("similar"));
        given().urlEncodingEnabled(false).get("/v1/pills/search?ndc=hello").then().statusCode(400)
                .contentType("application/problem+json").body("detail", containsString("is not an NDC"));
    }

    @Test
    void suggestsImprintsAsTheyAreTyped() {
        given().get("/v1/imprints/suggest?prefix=pd15").then().statusCode(200).contentType("application/json")
                .header("Cache-Control", containsString("max-age"))
                .body("prefix", equalTo("pd15"))
                .body("suggestions.imprint", hasItems("PD 155 10", "PD 156 20", "PD 157 40", "PD 158 80"))
                .body("suggestions[0].imprint", equalTo("PD 155 10"))
                .body("suggestions[0].pills", equalTo(2))
                .body("suggestions.match", everyItem(equalTo("starts_with")));
        given().get("/v1/imprints/suggest?prefix=VGR5O").then().statusCode(200)
                .body("suggestions[0].imprint", equalTo("VGR50 Pfizer"))
                .body("suggestions[0].match", equalTo("similar"));
        given().get("/v1/imprints/suggest?prefix=m&limit=3").then().statusCode(200)
                .body("suggestions", hasSize(3));
        given().get("/v1/imprints/suggest?prefix=zzzz").then().statusCode(200).body("suggestions", hasSize(0));
    }

    @Test
    void refusedSuggestionsSayWhatToSend() {
        given().get("/v1/imprints/suggest").then().statusCode(400).contentType("application/problem+json")
                .body("detail", containsString("Send prefix"));
        given().get("/v1/imprints/suggest?prefix=PD&limit=500").then().statusCode(400).contentType("application/problem+json");
        given().get("/v1/imprints/suggest?prefix=" + "A".repeat(65)).then().statusCode(400);
        given().get("/v1/imprints/suggest?prefix=pd&limit=50").then().statusCode(200)
                .body("suggestions.size()", lessThanOrEqualTo(50));
    }
}
