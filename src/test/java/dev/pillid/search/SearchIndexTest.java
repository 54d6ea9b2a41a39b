package dev.pillid.search;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SearchIndexTest {

    static final VocabularyTerm WHITE = new VocabularyTerm("C48325", "WHITE", "White", "FFFFFF", List.of("off-white"));
    static final VocabularyTerm BLUE = new VocabularyTerm("C48333", "BLUE", "Blue", "0000FF", List.of());
    static final VocabularyTerm PINK = new VocabularyTerm("C48328", "PINK", "Pink", "FFC0CB", List.of());
    static final VocabularyTerm OVAL = new VocabularyTerm("C48345", "OVAL", "Oval", null, List.of());
    static final VocabularyTerm ROUND = new VocabularyTerm("C48348", "ROUND", "Round", null, List.of());

    static final PillDocument LIPITOR_10 = PillDocument.of(1, "PD;155;10", List.of("Lipitor", "ATORVASTATIN CALCIUM"), List.of("WHITE"), "OVAL", 10.0, 1);
    static final PillDocument LIPITOR_20 = PillDocument.of(2, "PD;156;20", List.of("Lipitor", "ATORVASTATIN CALCIUM"), List.of("WHITE"), "OVAL", 12.0, 1);
    static final PillDocument VIAGRA_50 = PillDocument.of(3, "VGR50;Pfizer", List.of("Viagra", "SILDENAFIL CITRATE"), List.of("BLUE"), "DIAMOND", 11.0, 1);
    static final PillDocument PRAZOSIN = PillDocument.of(4, "TEVA;4068", List.of("Prazosin"), List.of("PINK", "WHITE"), "CAPSULE", 18.0, 1);
    static final PillDocument NO_LOOKS = PillDocument.of(5, "PD;155;5", List.of("Unknown"), List.of(), null, null, null);

    static final SearchIndex INDEX = new SearchIndex(List.of(LIPITOR_10, LIPITOR_20, VIAGRA_50, PRAZOSIN, NO_LOOKS));

    static List<Long> ids(SearchResult result) {
        return result.page().stream().map(r -> r.pill().id()).toList();
    }

    static SearchQuery imprint(String imprint) {
        return new SearchQuery(imprint, List.of(), null, null, null, null);
    }

    @Test
    void exactImprintRanksFirstAndOnlyMatchesAreCandidates() {
        SearchResult result = INDEX.search(imprint("pd 155 10"), 20, 0);
        assertEquals(1L, ids(result).get(0));
        assertEquals(1.0, result.page().get(0).relevance());
        assertTrue(!ids(result).contains(3L), "Viagra does not match PD 155 10");
    }

    @Test
    void oneSideReturnsEveryPillWithThatSide() {
        SearchResult result = INDEX.search(imprint("PD"), 20, 0);
        assertEquals(3, result.total());
        assertTrue(ids(result).containsAll(List.of(1L, 2L, 5L)));
    }

    @Test
    void colourIsASignalNotAFilter() {
        SearchQuery blueLipitor = new SearchQuery("PD 155 10", List.of(BLUE), null, null, null, null);
        SearchResult result = INDEX.search(blueLipitor, 20, 0);
        assertEquals(1L, ids(result).get(0), "the imprint match stays although its colour was described differently");
        RankedPill first = result.page().get(0);
        assertTrue(first.relevance() < 1.0);
        CriterionMatch color = first.matches().stream().filter(m -> m.criterion() == Criterion.COLOR).findFirst().orElseThrow();
        assertEquals(MatchLevel.NOT_MATCHED, color.level());
        assertEquals("the pill is white, not blue", color.explanation());
    }

    @Test
    void matchingColourAndShapeLiftAPillAmongEqualImprintMatches() {
        SearchQuery query = new SearchQuery("PD 155", List.of(WHITE), OVAL, null, null, null);
        SearchResult result = INDEX.search(query, 20, 0);
        assertEquals(1L, ids(result).get(0));
        assertEquals(5L, ids(result).get(1), "no recorded colour or shape ranks below a described match");
    }

    @Test
    void exactImprintWithWrongColourAndShapeStillOutranksOneSideWithRightOnes() {
        SearchQuery query = new SearchQuery("PD 156 20", List.of(BLUE), ROUND, null, null, null);
        SearchResult result = INDEX.search(query, 20, 0);
        assertEquals(2L, ids(result).get(0));
    }

    @Test
    void twoTonePillsMatchTheirColoursInEitherOrder() {
        SearchQuery query = new SearchQuery(null, List.of(WHITE, PINK), null, null, null, null);
        RankedPill first = INDEX.search(query, 20, 0).page().get(0);
        assertEquals(4L, first.pill().id());
        assertEquals(MatchLevel.EXACT, first.matches().get(0).level());
    }

    @Test
    void lookAloneRanksByHowMuchMatches() {
        SearchQuery query = new SearchQuery(null, List.of(WHITE), OVAL, 12.0, null, null);
        SearchResult result = INDEX.search(query, 20, 0);
        assertEquals(2L, ids(result).get(0), "white oval 12 mm is Lipitor 20");
        assertEquals(1L, ids(result).get(1), "Lipitor 10 is 2 mm smaller");
        assertTrue(ids(result).indexOf(3L) > 1, "a blue diamond of about that size comes after both white ovals");
    }

    @Test
    void nameFindsBrandAndIngredient() {
        SearchQuery brand = new SearchQuery(null, List.of(), null, null, null, "viagra");
        assertEquals(List.of(3L), ids(INDEX.search(brand, 20, 0)));
        SearchQuery ingredient = new SearchQuery(null, List.of(), null, null, null, "atorvastatin");
        assertEquals(List.of(1L, 2L), ids(INDEX.search(ingredient, 20, 0)));
    }

    @Test
    void relevanceStaysWithinZeroAndOne() {
        SearchQuery everything = new SearchQuery("PD", List.of(WHITE), OVAL, 10.0, 1, "lipitor");
        for (RankedPill ranked : INDEX.search(everything, 20, 0).page()) {
            assertTrue(ranked.relevance() >= 0 && ranked.relevance() <= 1, String.valueOf(ranked.relevance()));
        }
    }

    @Test
    void pagesFollowTheRankOrder() {
        SearchResult all = INDEX.search(imprint("PD"), 20, 0);
        SearchResult second = INDEX.search(imprint("PD"), 1, 1);
        assertEquals(3, second.total());
        assertEquals(List.of(ids(all).get(1)), ids(second));
        assertEquals(List.of(), ids(INDEX.search(imprint("PD"), 5, 10)));
    }

    @Test
    void queryWithoutCriterionIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> new SearchQuery(" ", List.of(), null, null, null, ""));
    }
}
