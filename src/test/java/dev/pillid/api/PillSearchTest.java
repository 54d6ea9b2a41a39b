package dev.pillid.api;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.lessThan;
import static org.hamcrest.Matchers.lessThanOrEqualTo;
import static org.hamcrest.Matchers.startsWith;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;

/** Searches against the bundled demo catalog, loaded into the real PostgreSQL test database. */
@QuarkusTest
class PillSearchTest {

    static ValidatableResponse search(String query) {
        return given().when().get("/v1/pills/search?" + query)
                .then().statusCode(200).contentType("application/json");
    }

    @Test
    void returnsTabletForFullImprint() {
        search("imprint=PD;155;10")
                .body("total", greaterThanOrEqualTo(1))
                .body("results[0].pill.imprint", equalTo("PD;155;10"))
                .body("results[0].relevance", equalTo(1.0f))
                .body("results[0].matches[0].criterion", equalTo("imprint"))
                .body("results[0].matches[0].match", equalTo("exact"))
                .body("results[0].matches[0].explanation", equalTo("imprint PD 155 10 matches exactly"));
    }

    @Test
    @SuppressWarnings("unchecked")
    void aPillInAnAnswerIsItsRecordWithItsPhotosEveryTimeItIsShown() {
        for (int shown = 0; shown < 3; shown++) {
            Map<String, Object> found = search("imprint=PD 157 40").extract().path("results[0].pill");
            Map<String, Object> own = given().get("/v1/pills/" + found.get("id")).then().statusCode(200).extract().path("$");
            List<Map<String, Object>> ownPhotos = (List<Map<String, Object>>) own.get("photos");
            assertEquals("Public domain (US government work, National Library of Medicine)", ownPhotos.get(0).get("license"),
                    "the detail gives each photo's licence");
            ownPhotos.forEach(photo -> photo.remove("license"));
            assertEquals(own, found, "a search answer gives the pill as its detail does, but the photos' licence");
            assertEquals(1, ((List<?>) found.get("image_urls")).size(), "the photo of Lipitor 40 mg");
        }
    }

    @Test
    void returnsTabletForImprintWithMissingSpacesAndOtherCase() {
        search("imprint=vgr50pfizer")
                .body("query.imprint_normalized", equalTo("VGR50PFIZER"))
                .body("results[0].pill.medicine_name", equalTo("Viagra"))
                .body("results[0].pill.strength", equalTo("50 mg"))
                .body("results[0].matches[0].match", equalTo("exact"));
    }

    @Test
    void ignoresHyphensDotsAndSlashes() {
        search("imprint=" + "M-3.6/6")
                .body("results[0].pill.imprint", equalTo("M366"))
                .body("results[0].matches[0].match", equalTo("exact"));
    }

    @Test
    void returnsTabletForSidesInTheOtherOrder() {
        search("imprint=Pfizer VGR50")
                .body("results[0].pill.imprint", equalTo("VGR50;Pfizer"))
                .body("results[0].matches[0].match", equalTo("exact"))
                .body("results[0].matches[0].explanation", containsString("another order"));
    }

    @Test
    void returnsEveryTabletSharingOneSideWhenOnlyThatSideIsGiven() {
        search("imprint=VGR100")
                .body("results[0].pill.imprint", equalTo("VGR100;Pfizer"))
                .body("results[0].matches[0].match", equalTo("partial"))
                .body("results[0].matches[0].explanation", equalTo("matches side VGR100 of VGR100 Pfizer; the rest was not given"));
        search("imprint=PD")
                .body("results.pill.imprint", hasItems("PD;155;10", "PD;156;20", "PD;157;40", "PD;158;80"))
                .body("results.matches.flatten().match", everyItem(equalTo("partial")));
    }

    @Test
    void ranksTabletsWithTheWholeSideAboveThoseWhoseImprintOnlyStartsWithIt() {
        search("imprint=T")
                .body("results[0..2].pill.imprint", hasItems("T;I", "T;2", "T;4"))
                .body("results[0..2].matches.flatten().explanation", everyItem(startsWith("matches side T of")))
                .body("results.pill.imprint", hasItems("TEVA;4067", "TV;58"))
                .body("results[3].matches[0].explanation", containsString("starts with T"))
                .body("results[3].relevance", lessThan(0.6f));
    }

    @Test
    void matchesAPrefixAsTypedOnAPhone() {
        search("imprint=VGR1")
                .body("total", equalTo(1))
                .body("results[0].pill.imprint", equalTo("VGR100;Pfizer"))
                .body("results[0].matches[0].explanation", equalTo("imprint VGR100 Pfizer starts with VGR1"));
    }

    @Test
    void matchesAFragmentOfOneSide() {
        search("imprint=zaar")
                .body("results[0].pill.imprint", equalTo("HYZAAR;MRK;747"))
                .body("results[0].matches[0].match", equalTo("partial"))
                .body("results[0].matches[0].explanation", equalTo("zaar is part of the imprint HYZAAR MRK 747"));
    }

    @Test
    void keepsAnImprintMatchWhoseColourWasDescribedDifferentlyButRanksItLower() {
        search("imprint=VGR50 Pfizer&color=white")
                .body("results[0].pill.imprint", equalTo("VGR50;Pfizer"))
                .body("results[0].relevance", lessThan(1.0f))
                .body("results[0].matches[1].criterion", equalTo("color"))
                .body("results[0].matches[1].match", equalTo("not_matched"))
                .body("results[0].matches[1].explanation", equalTo("the pill is blue, not white"));
    }

    @Test
    void letsColourAndShapeOrderTabletsThatShareASide() {
        search("imprint=TEVA&color=pink&shape=capsule")
                .body("results[0].pill.imprint", equalTo("TEVA;4068"))
                .body("results[0].pill.colors", hasItem("PINK"));
    }

    @Test
    void acceptsEverydayWordsForColoursAndShapesInAnyCase() {
        search("imprint=PD 155 10&color=Off-White&shape=ELLIPTICAL")
                .body("query.colors", equalTo(java.util.List.of("WHITE")))
                .body("query.shape", equalTo("OVAL"))
                .body("results[0].matches.match", equalTo(java.util.List.of("exact", "exact", "exact")));
        search("color=peach&shape=circle")
                .body("query.colors[0]", equalTo("ORANGE"))
                .body("query.shape", equalTo("ROUND"))
                .body("results[0].pill.imprint", equalTo("MYLAN;327"));
        search("shape=oblong&color=pink,white")
                .body("query.shape", equalTo("CAPSULE"))
                .body("results[0].pill.imprint", equalTo("TEVA;7372"));
    }

    @Test
    void readsAColourPhraseNobodyListedAndSaysHowEachWordWasRead() {
        search("color=light peach&shape=circle")
                .body("query.colors", equalTo(List.of("ORANGE")))
                .body("query.color_reading.words.word", equalTo(List.of("light", "peach")))
                .body("query.color_reading.words.read_as", equalTo(List.of("modifier", "color")))
                .body("query.color_reading.colors[0].phrase", equalTo("light peach"))
                .body("query.color_reading.colors[0].closeness[0].color", equalTo("ORANGE"))
                .body("query.color_reading.colors[0].closeness[0].similarity", equalTo(1.0f))
                .body("query.color_reading.set_aside", hasSize(0))
                .body("results[0].pill.imprint", equalTo("MYLAN;327"));
        search("color=bluish green&shape=round")
                .body("query.color_reading.words.read_as", equalTo(List.of("tinge", "color")))
                .body("results[0].pill.colors", equalTo(List.of("GREEN")));
    }

    @Test
    void searchesWithTheWordsItUnderstoodAndSaysWhichItSetAside() {
        search("imprint=VGR50&color=sparkly blue")
                .body("query.colors", equalTo(List.of("BLUE")))
                .body("query.color_reading.set_aside", equalTo(List.of("sparkly")))
                .body("query.color_reading.words[0].read_as", equalTo("set_aside"))
                .body("query.color_reading.words[0].detail", startsWith("not a colour word; the nearest known: "))
                .body("results[0].pill.imprint", equalTo("VGR50;Pfizer"))
                .body("results[0].matches[1].match", equalTo("exact"));
    }

    @Test
    void readsTwoTonePhrasesAsTwoColoursOfTheQuery() {
        for (String phrase : List.of("red and white", "white with red", "half red half white", "red/white")) {
            search("shape=capsule&color=" + phrase)
                    .body("query.colors", hasItems("RED", "WHITE"))
                    .body("results[0].pill.imprint", equalTo("BARR;658"))
                    .body("results[0].matches[0].match", equalTo("exact"));
        }
    }

    @Test
    void anSplColourOrAWordForOneKeepsItsExactReading() {
        search("color=peach&shape=circle")
                .body("query.color_reading.words[0].detail", equalTo("a word for the SPL colour ORANGE"))
                .body("query.color_reading.colors[0].closeness.color", hasItems("ORANGE", "PINK"))
                .body("results[0].matches[0].match", equalTo("exact"));
    }

    @Test
    void matchesTwoToneCapsulesWithColoursInEitherOrderAndRepeatedParameters() {
        search("color=white&color=red&shape=capsule")
                .body("results[0].pill.imprint", equalTo("BARR;658"))
                .body("results[0].matches[0].match", equalTo("exact"));
    }

    @Test
    void findsByNameAndRanksBySize() {
        search("name=lipitor&size_mm=15")
                .body("total", equalTo(4))
                .body("results[0].pill.strength", equalTo("40 mg"))
                .body("results[0].matches[1].criterion", equalTo("size"))
                .body("results[0].matches[1].match", equalTo("exact"));
        search("name=atorvastatin")
                .body("results.pill.medicine_name", hasItems("Lipitor", "Atorvastatin"));
    }

    @Test
    void ranksByScore() {
        search("imprint=T&score=2")
                .body("results[0].matches[1].criterion", equalTo("score"))
                .body("results[0].matches[1].match", equalTo("exact"));
    }

    @Test
    void resultsCarryAbsoluteImageUrlsAndScoresWithinZeroAndOne() {
        search("imprint=PD")
                .body("results.relevance", everyItem(lessThanOrEqualTo(1.0f)))
                .body("results.relevance", everyItem(greaterThan(0.0f)))
                .body("results.pill.image_urls.flatten()", everyItem(startsWith("http://localhost:")));
    }

    @Test
    void resultsGiveEachPhotoWithItsThumbnailAndAttributionButNotItsLicence() {
        search("imprint=PD 157 40")
                .body("results[0].pill.photos", hasSize(1))
                .body("results[0].pill.photos[0].url", equalTo(search("imprint=PD 157 40").extract().path("results[0].pill.image_urls[0]")))
                .body("results[0].pill.photos[0].thumbnail_url", endsWith("_RXNAVIMAGE10_4E1B2769.jpg?width=120"))
                .body("results[0].pill.photos[0].attribution", equalTo("National Library of Medicine (NLM), RxImage"))
                .body("results[0].pill.photos[0]", not(hasKey("license")));
        search("imprint=PD")
                .body("results.pill.photos.flatten().thumbnail_url", everyItem(endsWith("?width=120")))
                .body("results.findAll { it.pill.image_urls.isEmpty() }.pill.photos.flatten()", hasSize(0));
    }

    @Test
    void pagesWithLimitAndOffset() {
        search("imprint=PD&limit=2").body("results", hasSize(2)).body("limit", equalTo(2))
                .body("results[1].rank", equalTo(2));
        search("imprint=PD&limit=2&offset=2").body("results[0].rank", equalTo(3)).body("offset", equalTo(2));
        search("imprint=PD&offset=1000").body("results", hasSize(0)).body("total", greaterThan(0));
    }

    @Test
    void answersAnEmptyListWhenNothingMatches() {
        search("imprint=QQQQ999").body("total", equalTo(0)).body("results", hasSize(0));
    }
}
