package dev.pillid.search.candidates;

import dev.pillid.quality.SearchQualityHarness;
import dev.pillid.search.CriterionMatch;
import dev.pillid.search.Hit;
import dev.pillid.search.PillDocument;
import dev.pillid.search.RankedPill;
import dev.pillid.search.SearchIndex;
import dev.pillid.search.SearchQuery;
import dev.pillid.search.SearchResult;
import dev.pillid.search.ranking.ImprintMatcher;
import dev.pillid.search.text.CharacterMask;
import dev.pillid.search.text.Edits;
import dev.pillid.search.text.Imprint;
import dev.pillid.testing.SharedData;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The index only chooses which pills are judged: on the real catalog, every kind of query the
 * evaluation makes gets the same answer (results, order, scores, total) as judging every pill.
 */
class CandidateIndexTest {

    static final long SEED = 5;
    static final int PER_KIND = 100;
    static SearchQualityHarness harness;

    @BeforeAll
    static void loadTheRealCatalog() throws Exception {
        harness = SearchQualityHarness.load(SharedData.require("rximage-metadata").getParent());
    }

    @Test
    void everyKindOfEvaluationQueryGetsTheSameAnswerAsJudgingEveryPill() {
        for (SearchQualityHarness.Kind kind : SearchQualityHarness.Kind.values()) {
            for (SearchQuery query : harness.queries(kind, SEED, PER_KIND).values()) {
                assertSameAnswer(query);
            }
        }
    }

    @Test
    void unreadableCharactersPrefixesFragmentsAndTwoErrorsGetTheSameAnswer() {
        Random random = new Random(SEED);
        List<String> typed = new ArrayList<>();
        for (SearchQuery query : harness.queries(SearchQualityHarness.Kind.EXACT, SEED, 150).values()) {
            String imprint = query.imprint();
            int at = random.nextInt(imprint.length());
            typed.add(imprint.substring(0, at) + "?" + imprint.substring(Math.min(imprint.length(), at + 1)));
            typed.add(imprint.substring(0, Math.max(1, imprint.length() / 2)));
            typed.add(imprint.substring(Math.min(1, imprint.length() - 1)));
            char[] twoErrors = Imprint.compact(imprint).toCharArray();
            if (twoErrors.length >= 6) {
                twoErrors[random.nextInt(twoErrors.length)] = 'X';
                twoErrors[random.nextInt(twoErrors.length)] = '7';
                typed.add(new String(twoErrors));
            }
        }
        typed.addAll(List.of("1", "10", "M", "??", "A?", "logo", "RN", "VV", "5?3", "PD155", "魑𬹤𧯐𤪳", "ÀÉ12", "Ωmega 5"));
        for (String text : typed) {
            assertSameAnswer(new SearchQuery(text, List.of(), null, null, null, null));
        }
    }

    @Test
    void namesAndNdcsGetTheSameAnswer() {
        List<PillDocument> pills = harness.pills();
        Random random = new Random(SEED);
        for (int i = 0; i < 100; i++) {
            PillDocument pill = pills.get(random.nextInt(pills.size()));
            if (!pill.name().isBlank()) {
                String name = pill.name();
                assertSameAnswer(new SearchQuery(null, List.of(), null, null, null, name));
                assertSameAnswer(new SearchQuery(null, List.of(), null, null, null, name.substring(0, Math.min(4, name.length()))));
                assertSameAnswer(new SearchQuery(null, List.of(), null, null, null, name.replaceFirst("[aeiou]", "x")));
            }
            for (String ndc : pill.ndcs()) {
                assertSameAnswer(new SearchQuery(null, List.of(), null, null, null, null, ndc));
            }
        }
    }

    @Test
    void everyPageAndACountOnlyGetTheSameAnswer() {
        for (SearchQualityHarness.Kind kind : SearchQualityHarness.Kind.values()) {
            for (SearchQuery query : harness.queries(kind, SEED + 1, PER_KIND / 5).values()) {
                assertSameAnswer(query, 5, 0);
                assertSameAnswer(query, 10, 25);
                assertSameAnswer(query, 0, 0);
            }
        }
        for (String broad : List.of("1", "0", "M", "10", "A1", "5 1")) {
            assertSameAnswer(new SearchQuery(broad, List.of(), null, null, null, null), 3, 7);
        }
    }

    /**
     * What lets the search count pills without judging them and judge the rest best first: the
     * pills the index is sure of all match, and each one whose imprint is not read whole, nor
     * perhaps read as several sides, scores no more than the bound its ways of being found, its
     * imprint's length, the fewest typing errors its characters allow and its longest side that can
     * be within one error give.
     */
    @Test
    void thePillsTheIndexIsSureOfMatchWithinTheirBound() {
        CandidateIndex index = new CandidateIndex(harness.pills());
        List<String> typed = new ArrayList<>(List.of("1", "0", "M", "10", "A1", "RN", "VV", "5 1", "PD155", "TEVA"));
        for (SearchQualityHarness.Kind kind : SearchQualityHarness.Kind.values()) {
            harness.queries(kind, SEED, PER_KIND).values().forEach(query -> typed.add(query.imprint()));
        }
        int bounded = 0;
        for (String text : typed) {
            ImprintMatcher matcher = new ImprintMatcher(text);
            String compact = matcher.compactQuery();
            Found found = new Found();
            index.addImprintCandidates(compact, found);
            java.util.BitSet sure = found.sure();
            for (int doc = sure.nextSetBit(0); doc >= 0; doc = sure.nextSetBit(doc + 1)) {
                PillDocument pill = harness.pills().get(doc);
                CriterionMatch match = matcher.match(pill);
                assertTrue(match.matched(), text + " should match " + pill.readableImprint());
                int length = String.join("", pill.imprintSides()).length();
                int confusableLength = String.join("", pill.confusableSides()).length();
                // Pills that may be read whole are judged first, not bounded: with more sides than are
                // tried in every order, any pill as long as the text.
                boolean manySides = pill.imprintSides().size() > ImprintMatcher.MAX_PERMUTED_SIDES;
                if (found.unsure.get(doc) || pill.imprintSides().size() > ImprintMatcher.MAX_SIDES
                        || manySides && (length == compact.length() || confusableLength == Imprint.confusable(compact).length())
                        || !manySides && ImprintMatcher.orders(pill.imprintSides()).contains(compact)
                        || !manySides && ImprintMatcher.orders(pill.confusableSides()).contains(Imprint.confusable(compact))) {
                    continue;
                }
                int fewestEdits = matcher.fewestEdits(CharacterMask.of(pill.confusableSides()), confusableLength);
                int side = matcher.longestSideWithinOneEdit(ImprintMatcher.sideLengths(pill.imprintSides(), pill.confusableSides()), length);
                double bound = matcher.bestScoreNotReadWhole(found.waysOf(doc), length, fewestEdits, side);
                assertTrue(match.score() <= bound, text + " on " + pill.readableImprint() + ": " + match + " above " + bound);
                // The bound of the ways alone, which a search gives the pills it leaves waiting as one group.
                double ofWays = matcher.bestScoreOfWays(found.waysOf(doc));
                assertTrue(match.score() <= ofWays, text + " on " + pill.readableImprint() + ": " + match + " above " + ofWays
                        + " for ways " + Integer.toBinaryString(found.waysOf(doc)));
                bounded++;
            }
        }
        assertTrue(bounded > 10_000, bounded + " pills bounded");
    }

    private static void assertSameAnswer(SearchQuery query) {
        assertSameAnswer(query, 20, 0);
    }

    private static void assertSameAnswer(SearchQuery query, int limit, int offset) {
        SearchIndex index = harness.index();
        for (boolean grouped : new boolean[] {true, false}) {
            SearchResult indexed = index.search(query, limit, offset, grouped, true);
            SearchResult scanned = index.search(query, limit, offset, grouped, false);
            if (scanned.total() == indexed.total() && describe(scanned).equals(describe(indexed))) {
                continue;
            }
            String missed = missed(query);
            assertTrue(missed.startsWith("; only documented misses"), query + (grouped ? " grouped" : " ungrouped")
                    + " limit " + limit + " offset " + offset + missed);
        }
    }

    /** The pills judging every pill finds and the index does not, to say which in a failure. */
    private static String missed(SearchQuery query) {
        SearchIndex index = harness.index();
        List<String> missing = new ArrayList<>();
        List<Hit> all = index.search(query, Integer.MAX_VALUE / 2, 0, false, false).page();
        java.util.Set<Long> found = new java.util.HashSet<>();
        index.search(query, Integer.MAX_VALUE / 2, 0, false, true).page().forEach(hit -> found.add(hit.best().pill().id()));
        int documented = 0;
        for (Hit hit : all) {
            if (found.contains(hit.best().pill().id())) {
                continue;
            }
            if (theDocumentedMiss(query, hit.best())) {
                documented++;
            } else {
                missing.add(hit.best().pill().readableImprint() + ": " + hit.best().matches().get(0).explanation());
            }
        }
        if (documented == 0 && missing.isEmpty()) {
            return "; no pill missed, yet the answers differ";
        }
        return missing.isEmpty() ? "; only documented misses" : "; missed " + missing;
    }

    /**
     * The one kind of match the index may miss (CandidateIndex): two typing errors from the whole
     * imprint that take a swap of neighbouring characters, that is, more than two substitutions,
     * insertions or deletions.
     */
    private static boolean theDocumentedMiss(SearchQuery query, RankedPill pill) {
        String typed = Imprint.confusable(query.compactImprint());
        if (!pill.matches().get(0).explanation().contains("2 characters away")) {
            return false;
        }
        for (String order : ImprintMatcher.orders(pill.pill().confusableSides())) {
            if (Edits.distance(typed, order, 2) <= 2 && levenshtein(typed, order) <= 2) {
                return false;
            }
        }
        return true;
    }

    /** Substitutions, insertions and deletions, no swaps. */
    private static int levenshtein(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                current[j] = Math.min(Math.min(previous[j] + 1, current[j - 1] + 1), previous[j - 1] + cost);
            }
            int[] spare = previous;
            previous = current;
            current = spare;
        }
        return previous[b.length()];
    }

    private static List<String> describe(SearchResult result) {
        List<String> lines = new ArrayList<>();
        for (Hit hit : result.page()) {
            lines.add(hit.best().pill().id() + " " + hit.best().relevance() + " " + hit.confidence() + " "
                    + hit.sameProduct().stream().map(PillDocument::id).toList());
        }
        return lines;
    }

    @Test
    void theIndexLooksAtFarFewerPillsThanTheCatalogHolds() {
        CandidateIndex index = new CandidateIndex(harness.pills());
        java.util.BitSet found = new java.util.BitSet();
        index.addImprintCandidates(Imprint.compactQuery("PD 155 10"), found);
        assertTrue(found.cardinality() < harness.pills().size() / 20,
                found.cardinality() + " candidates of " + harness.pills().size());
    }
}
