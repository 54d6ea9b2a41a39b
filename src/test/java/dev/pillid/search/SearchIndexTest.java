package dev.pillid.search;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

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
        return result.page().stream().map(r -> r.best().pill().id()).toList();
    }

    static SearchQuery imprint(String imprint) {
        return new SearchQuery(imprint, List.of(), null, null, null, null);
    }

    @Test
    void exactImprintRanksFirstAndOnlyMatchesAreCandidates() {
        SearchResult result = INDEX.search(imprint("pd 155 10"), 20, 0);
        assertEquals(1L, ids(result).get(0));
        assertEquals(1.0, result.page().get(0).best().relevance());
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
        RankedPill first = result.page().get(0).best();
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
        RankedPill first = INDEX.search(query, 20, 0).page().get(0).best();
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
        for (Hit hit : INDEX.search(everything, 20, 0).page()) {
            assertTrue(hit.best().relevance() >= 0 && hit.best().relevance() <= 1, String.valueOf(hit.best().relevance()));
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

    static final PillDocument LIPITOR_REPACK = PillDocument.of(11, "PD;155;10", "Lipitor", List.of("ATORVASTATIN CALCIUM"), "10 mg",
            "55289-800", "55289-800-30", List.of("WHITE"), "OVAL", 10.0, 1);
    static final PillDocument GENERIC = PillDocument.of(12, "PD;155;10", "Atorvastatin", List.of("ATORVASTATIN"), "10 mg",
            "0591-3774", "00591-3774-19", List.of("WHITE"), "OVAL", null, null);
    static final PillDocument BRAND = PillDocument.of(13, "PD;155;10", "Lipitor", List.of("ATORVASTATIN CALCIUM TRIHYDRATE"), "10 mg",
            "0071-0155", "0071-0155-23", List.of("WHITE"), "OVAL", 10.0, 1);
    static final PillDocument OTHER_DRUG = PillDocument.of(14, "5", "Other", List.of("OTHERINE"), "5 mg",
            "11111-222", "11111-222-33", List.of("PINK"), "ROUND", null, null);
    static final PillDocument ANOTHER_DRUG = PillDocument.of(15, "5", "Another", List.of("ANOTHERINE"), "5 mg",
            "22222-333", "22222-333-44", List.of("PINK"), "ROUND", null, null);
    static final SearchIndex PRODUCTS = new SearchIndex(List.of(BRAND, LIPITOR_REPACK, GENERIC, VIAGRA_50, OTHER_DRUG, ANOTHER_DRUG));

    @Test
    void oneDrugStrengthAndAppearanceSoldUnderSeveralNdcsIsOneResult() {
        SearchResult grouped = PRODUCTS.search(imprint("PD 155 10"), 20, 0);
        assertEquals(1, grouped.total());
        assertEquals(2, grouped.page().get(0).sameProduct().size());
        SearchResult ungrouped = PRODUCTS.search(imprint("PD 155 10"), 20, 0, false);
        assertEquals(3, ungrouped.total());
    }

    @Test
    void anExactUnambiguousMatchIsHighlyConfident() {
        assertEquals(Confidence.HIGH, PRODUCTS.search(imprint("PD 155 10"), 20, 0).page().get(0).confidence());
        assertEquals(Confidence.HIGH, PRODUCTS.search(imprint("vgr50 pfizer"), 20, 0).page().get(0).confidence());
    }

    @Test
    void confidenceDropsWhenAnotherDrugMatchesAsWellOrTheLookContradicts() {
        assertEquals(Confidence.MEDIUM, PRODUCTS.search(imprint("5"), 20, 0).page().get(0).confidence(), "two drugs carry 5");
        SearchQuery blue = new SearchQuery("PD 155 10", List.of(BLUE), null, null, null, null);
        assertEquals(Confidence.MEDIUM, PRODUCTS.search(blue, 20, 0).page().get(0).confidence());
        assertEquals(Confidence.MEDIUM, PRODUCTS.search(imprint("PD 155 1O"), 20, 0).page().get(0).confidence());
        assertEquals(Confidence.LOW, PRODUCTS.search(imprint("VGR"), 20, 0).page().get(0).confidence());
        SearchQuery look = new SearchQuery(null, List.of(WHITE), OVAL, null, null, null);
        assertEquals(Confidence.MEDIUM, PRODUCTS.search(look, 20, 0).page().get(0).confidence(), "never high by look alone");
    }

    @Test
    void anExactImprintWithTheWrongLookRanksAboveAConfusableOneWithTheRightLook() {
        PillDocument confusable = PillDocument.of(21, "PO;155;10", "Lookalike", List.of("LOOKALIKE"), "1 mg", null, null,
                List.of("BLUE"), "ROUND", null, null);
        SearchIndex index = new SearchIndex(List.of(BRAND, confusable));
        SearchQuery query = new SearchQuery("PD 155 10", List.of(BLUE), ROUND, null, null, null);
        assertEquals(13L, index.search(query, 20, 0).page().get(0).best().pill().id());
    }

    @Test
    void findsByNdcInAnyLayout() {
        for (String ndc : List.of("0071-0155-23", "00071-0155-23", "00071015523", "0071015523", "0071-0155")) {
            SearchQuery query = new SearchQuery(null, List.of(), null, null, null, null, ndc);
            assertEquals(13L, PRODUCTS.search(query, 20, 0, false).page().get(0).best().pill().id(), ndc);
        }
        SearchQuery otherPackage = new SearchQuery(null, List.of(), null, null, null, null, "0071-0155-99");
        Hit hit = PRODUCTS.search(otherPackage, 20, 0, false).page().get(0);
        assertEquals(MatchLevel.PARTIAL, hit.best().matches().get(0).level());
    }

    @Test
    void findsMisspeltNames() {
        SearchQuery misspelt = new SearchQuery(null, List.of(), null, null, null, "atorvastain");
        Hit hit = PRODUCTS.search(misspelt, 20, 0).page().get(0);
        assertEquals(MatchLevel.SIMILAR, hit.best().matches().get(0).level());
        SearchQuery viagra = new SearchQuery(null, List.of(), null, null, null, "viagara");
        assertEquals(3L, PRODUCTS.search(viagra, 20, 0).page().get(0).best().pill().id());
    }

    @Test
    void neighbouringColoursAndShapesAreSimilar() {
        VocabularyTerm peach = new VocabularyTerm("C48331", "ORANGE", "Orange", null, List.of("peach"), java.util.Map.of("PINK", 0.6));
        VocabularyTerm oblong = new VocabularyTerm("C48336", "CAPSULE", "Capsule", null, List.of("oblong"), java.util.Map.of("OVAL", 0.7));
        SearchQuery query = new SearchQuery("5", List.of(peach), oblong, null, null, null);
        Hit hit = PRODUCTS.search(query, 20, 0).page().get(0);
        assertEquals(MatchLevel.SIMILAR, hit.best().matches().get(1).level());
        assertEquals("the pill is pink; orange is close to it", hit.best().matches().get(1).explanation());
        SearchQuery lipitor = new SearchQuery("PD 155 10", List.of(), oblong, null, null, null);
        CriterionMatch shape = PRODUCTS.search(lipitor, 20, 0).page().get(0).best().matches().get(1);
        assertEquals(MatchLevel.SIMILAR, shape.level());
        assertEquals("the pill is oval; capsule is close to it", shape.explanation());
    }

    @Test
    void suggestsImprintsThatStartWithWhatWasTypedThenConfusableOnes() {
        List<ImprintSuggestion> pd = PRODUCTS.suggest("pd 15", 10);
        assertEquals(new ImprintSuggestion("PD 155 10", 3, MatchLevel.PARTIAL), pd.get(0));
        List<ImprintSuggestion> confused = PRODUCTS.suggest("P0 1", 10);
        assertEquals(new ImprintSuggestion("PD 155 10", 3, MatchLevel.SIMILAR), confused.get(0));
        assertEquals("VGR50 Pfizer", PRODUCTS.suggest("pfizer", 10).get(0).imprint(), "either side first");
        assertEquals(List.of(), PRODUCTS.suggest("zzz", 10));
        assertEquals(1, PRODUCTS.suggest("", 10).size() + 1);
    }

    /**
     * Dozens of products whose imprint is as far from the text as can be (a side one typing error
     * away, the same share of the imprint) tie on relevance; the page is then chosen by the
     * tie-breaks (products with more pills, then name, then id), which the search must follow
     * when it stops judging partway through them, on every page, grouped or not.
     */
    @Test
    void pillsTiedOnRelevanceArePagedByTheTieBreaksAsWhenEveryPillIsJudged() {
        java.util.Random random = new java.util.Random(7);
        List<Long> ids = new java.util.ArrayList<>();
        for (long id = 1; id <= 90; id++) {
            ids.add(id);
        }
        java.util.Collections.shuffle(ids, random);
        List<PillDocument> pills = new java.util.ArrayList<>();
        int next = 0;
        for (int product = 0; product < 40; product++) {
            String ingredient = "DRUG" + (char) ('A' + product % 26) + product;
            String otherSide = "X" + (char) ('A' + product % 26) + (char) ('A' + product / 26);
            for (int pill = 0, pills_ = 1 + random.nextInt(3); pill < pills_; pill++) {
                String name = "Brand" + (char) ('A' + random.nextInt(5));
                pills.add(PillDocument.of(ids.get(next++), "A12;" + otherSide, List.of(name, ingredient), List.of("WHITE"), "ROUND", 8.0, 1));
            }
        }
        // Two better matches (a side is the text) and pills that do not match.
        pills.add(PillDocument.of(ids.get(next++), "A123;Q", List.of("Better", "BETTERONE"), List.of("WHITE"), "ROUND", 8.0, 1));
        pills.add(PillDocument.of(ids.get(next++), "A123;R", List.of("Better", "BETTERTWO"), List.of("BLUE"), "OVAL", 8.0, 1));
        pills.add(PillDocument.of(ids.get(next++), "ZZ;99", List.of("Other", "OTHER"), List.of("WHITE"), "ROUND", 8.0, 1));
        SearchIndex index = new SearchIndex(pills);
        for (SearchQuery query : List.of(imprint("A123"), new SearchQuery("A123", List.of(WHITE), null, null, null, null))) {
            for (boolean grouped : new boolean[] {true, false}) {
                for (int limit : new int[] {1, 3, 5, 12}) {
                    for (int offset : new int[] {0, 2, 7, 30}) {
                        assertSamePageAsJudgingEveryPill(index, query, limit, offset, grouped);
                    }
                }
            }
        }
        // The tie is real: past the two better matches, the page's relevances are all the same.
        SearchResult tied = index.search(imprint("A123"), 10, 2, true);
        assertEquals(1, tied.page().stream().map(hit -> hit.best().relevance()).distinct().count());
    }

    /**
     * Pills found only in ways that score less than a side that is the text (here a longer side
     * starting with it) wait as one group, bounded together: counted in the total when enough
     * results rank above that bound, judged with the rest when they may be on the page.
     */
    @Test
    void pillsOfLesserWaysAreCountedWhenBelowThePageAndJudgedWhenTheyMayBeOnIt() {
        List<PillDocument> pills = new java.util.ArrayList<>();
        long id = 1;
        for (int product = 0; product < 3; product++) {
            // With a colour asked for and not theirs, these can reach less than the group's bound: the group is decided first.
            pills.add(PillDocument.of(id++, "7;ABCDEFGH" + product, List.of("Side" + product, "SIDE" + product), List.of("BLUE"), "OVAL", 8.0, 1));
        }
        for (int product = 0; product < 30; product++) {
            String drug = "PREFIX" + (char) ('A' + product % 26) + product;
            for (int pill = 0; pill < 1 + product % 2; pill++) {
                pills.add(PillDocument.of(id++, "7C" + product + ";Q", List.of("Prefix", drug), List.of("WHITE"), "ROUND", 8.0, 1));
            }
        }
        pills.add(PillDocument.of(id, "ZZ;99", List.of("Other", "OTHER"), List.of("WHITE"), "ROUND", 8.0, 1));
        SearchIndex index = new SearchIndex(pills);
        for (SearchQuery query : List.of(imprint("7"), new SearchQuery("7", List.of(WHITE), null, null, null, null))) {
            for (boolean grouped : new boolean[] {true, false}) {
                for (int limit : new int[] {1, 2, 3, 5, 20}) {
                    for (int offset : new int[] {0, 2, 30}) {
                        assertSamePageAsJudgingEveryPill(index, query, limit, offset, grouped);
                    }
                }
            }
        }
        SearchResult all = index.search(imprint("7"), 20, 0);
        assertEquals(33, all.total());
        assertEquals(20, all.page().size());
    }

    /**
     * A text read across a pill's sides finds it whether its sides are kept packed (18 characters
     * or fewer, ASCII: pill 2's 17 fill both words) or read from the pill (longer, as pill 6's 19,
     * more than eight sides, beyond ASCII).
     */
    @Test
    void textReadAcrossSidesFindsThePillWhateverHowItsSidesAreKept() {
        List<PillDocument> pills = List.of(
                PillDocument.of(1, "12;345;6789", List.of("Short"), List.of("WHITE"), "ROUND", 8.0, 1),
                PillDocument.of(2, "ABCDEFGHIJ;KLMNOPQ", List.of("Long"), List.of("WHITE"), "ROUND", 8.0, 1),
                PillDocument.of(3, "R;S;T;U;V;W;X;Y;Z", List.of("Many"), List.of("WHITE"), "ROUND", 8.0, 1),
                PillDocument.of(4, "\u00c51;23", List.of("Accented"), List.of("WHITE"), "ROUND", 8.0, 1),
                PillDocument.of(5, "ZZ;99", List.of("Other"), List.of("WHITE"), "ROUND", 8.0, 1),
                PillDocument.of(6, "ABCDEFGHIJK;LMNOPQRS", List.of("Longer"), List.of("WHITE"), "ROUND", 8.0, 1));
        SearchIndex index = new SearchIndex(pills);
        Map<String, Long> found = Map.of("6789123", 1L, "KLMNOPQABC", 2L, "KLMNOPQABCDEFGHIJ", 2L, "YXWVUTSR", 3L,
                "23\u00c5", 4L, "3451", 1L, "LMNOPQRSABCD", 6L);
        found.forEach((text, id) -> {
            SearchResult indexed = index.search(imprint(text), 20, 0, true, true);
            assertEquals(index.search(imprint(text), 20, 0, true, false).page().stream().map(hit -> hit.best().pill().id()).toList(),
                    ids(indexed), text);
            assertEquals(id, indexed.page().isEmpty() ? null : indexed.page().get(0).best().pill().id(), text);
        });
    }

    /**
     * Keys are told from a typed side, and from a text one typing error away, by their packed
     * characters: the first 8 are kept in the key's slot, the next 8 beside the key, and longer
     * or non-ASCII keys are read as strings. Sides of 7, 8, 9, 16 and 17 characters and one beyond
     * ASCII are each found by their text and by texts one error away (a character dropped, added,
     * changed, two swapped), as when every pill is judged.
     */
    @Test
    void sidesOfEveryPackedLengthAreFoundExactlyAndOneErrorAway() {
        List<String> sides = List.of("ABCDEFG", "ABCDEFGH", "ABCDEFGHJ", "ABCDEFGHJKMNPRTU", "ABCDEFGHJKMNPRTUV", "\u00c0\u00c9XY12");
        List<PillDocument> pills = new java.util.ArrayList<>();
        for (int i = 0; i < sides.size(); i++) {
            pills.add(PillDocument.of(i + 1, sides.get(i) + ";77", List.of("Pill " + i), List.of("WHITE"), "ROUND", 8.0, 1));
        }
        SearchIndex index = new SearchIndex(pills);
        for (int i = 0; i < sides.size(); i++) {
            String side = sides.get(i);
            int mid = side.length() / 2;
            for (String text : List.of(side, side.substring(0, mid) + side.substring(mid + 1), side.substring(0, mid) + "W" + side.substring(mid),
                    side.substring(0, mid) + "W" + side.substring(mid + 1),
                    side.substring(0, mid) + side.charAt(mid + 1) + side.charAt(mid) + side.substring(mid + 2))) {
                SearchResult indexed = index.search(imprint(text), 20, 0, true, true);
                assertEquals(ids(index.search(imprint(text), 20, 0, true, false)), ids(indexed), text);
                assertEquals(i + 1L, indexed.page().get(0).best().pill().id(), text);
            }
        }
    }

    /**
     * The index keeps a pill of more sides than are tried in every order as a whole imprint in its
     * label's order only, so a text as long as its imprint, as printed or with confused characters
     * read alike, has it judged first: read whole in another order, it scores above its bound as a
     * reading across sides, and the results above that bound would end the search before it. Pill
     * 1 ties the exact matches at the top and wins on its name; pill 2 (RN, read as M, makes its
     * imprint one character shorter with confused characters) reads whole with confused
     * characters, above the pills with a side that is the text.
     */
    @Test
    void aPillOfManySidesAsLongAsTheTextIsJudgedFirst() {
        List<PillDocument> pills = new java.util.ArrayList<>();
        pills.add(PillDocument.of(1, "K;M;N;P;T", List.of("Aaa"), List.of("WHITE"), "ROUND", 8.0, 1));
        pills.add(PillDocument.of(2, "A;C;E;H;RN", List.of("Aab"), List.of("WHITE"), "ROUND", 8.0, 1));
        for (int i = 0; i < 5; i++) {
            pills.add(PillDocument.of(20 + i, "TPN;MK", List.of("Zed " + i), List.of("WHITE"), "ROUND", 8.0, 1));
            pills.add(PillDocument.of(30 + i, "TPNMK;" + i, List.of("Zed " + i), List.of("WHITE"), "ROUND", 8.0, 1));
            pills.add(PillDocument.of(40 + i, "HMACE;XY" + i, List.of("Zed " + i), List.of("WHITE"), "ROUND", 8.0, 1));
        }
        SearchIndex index = new SearchIndex(pills);
        Map.of("TPNMK", 1L, "HMACE", 2L).forEach((text, id) -> {
            SearchResult indexed = index.search(imprint(text), 3, 0, true, true);
            assertEquals(ids(index.search(imprint(text), 3, 0, true, false)), ids(indexed), text);
            assertEquals(id, indexed.page().get(0).best().pill().id(), text);
        });
    }

    /**
     * 5 and S are one product when all else is the same, yet only the pill printed 5 has a side
     * that is the text 5: the other is found by reading S as 5. When many pills are found, those
     * found only so wait as a group; a product is still judged whole, with both its pills.
     */
    @Test
    void aProductWhosePillsAreFoundInDifferentWaysIsJudgedWhole() {
        List<PillDocument> pills = new java.util.ArrayList<>();
        pills.add(PillDocument.of(1, "5;XY", List.of("Parted", "PARTED"), List.of("WHITE"), "ROUND", 8.0, 1));
        pills.add(PillDocument.of(2, "S;XY", List.of("Parted", "PARTED"), List.of("WHITE"), "ROUND", 8.0, 1));
        long id = 3;
        for (int product = 0; product < 60; product++) {
            pills.add(PillDocument.of(id++, "5;W" + product, List.of("Side", "SIDE" + product), List.of("WHITE"), "ROUND", 8.0, 1));
        }
        for (int product = 0; product < 1100; product++) {
            pills.add(PillDocument.of(id++, "5C" + product + ";Q", List.of("Prefix", "PREFIX" + product), List.of("WHITE"), "ROUND", 8.0, 1));
        }
        SearchIndex index = new SearchIndex(pills);
        for (boolean grouped : new boolean[] {true, false}) {
            for (int limit : new int[] {5, 20}) {
                assertSamePageAsJudgingEveryPill(index, imprint("5"), limit, 0, grouped);
            }
        }
        Hit parted = index.search(imprint("5"), 20, 0).page().get(0);
        assertEquals(List.of(1L, 2L), java.util.stream.Stream.concat(java.util.stream.Stream.of(parted.best().pill()),
                parted.sameProduct().stream()).map(PillDocument::id).sorted().toList());
    }

    /** The indexed search's page (total, results, each result's other pills) is the one judging every pill gives. */
    private static void assertSamePageAsJudgingEveryPill(SearchIndex index, SearchQuery query, int limit, int offset, boolean grouped) {
        SearchResult indexed = index.search(query, limit, offset, grouped, true);
        SearchResult scanned = index.search(query, limit, offset, grouped, false);
        String page = query.imprint() + " " + query.colors() + (grouped ? " grouped" : "") + " limit " + limit + " offset " + offset;
        assertEquals(scanned.total(), indexed.total(), page);
        assertEquals(ids(scanned), ids(indexed), page);
        assertEquals(scanned.page().stream().map(hit -> hit.sameProduct().stream().map(PillDocument::id).toList()).toList(),
                indexed.page().stream().map(hit -> hit.sameProduct().stream().map(PillDocument::id).toList()).toList(), page);
    }
}
