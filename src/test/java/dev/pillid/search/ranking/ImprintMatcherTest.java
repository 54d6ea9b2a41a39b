package dev.pillid.search.ranking;

import dev.pillid.search.CriterionMatch;
import dev.pillid.search.MatchLevel;
import dev.pillid.search.PillDocument;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ImprintMatcherTest {

    private static final PillDocument LIPITOR = pill("PD;155;10");

    static PillDocument pill(String imprint) {
        return PillDocument.of(1, imprint, List.of("Lipitor"), List.of("WHITE"), "OVAL", 10.0, 1);
    }

    static CriterionMatch match(String typed, PillDocument pill) {
        return new ImprintMatcher(typed).match(pill);
    }

    @Test
    void fullImprintMatchesExactlyWhateverTheSpacingAndCase() {
        for (String typed : List.of("PD;155;10", "pd 155 10", "PD15510", "pd-155/10", "P.D. 155 10")) {
            CriterionMatch m = match(typed, LIPITOR);
            assertEquals(MatchLevel.EXACT, m.level(), typed);
            assertEquals(1.0, m.score(), typed);
        }
    }

    @Test
    void sidesMatchInEitherOrder() {
        CriterionMatch m = match("10 PD 155", LIPITOR);
        assertEquals(MatchLevel.EXACT, m.level());
        assertTrue(m.explanation().contains("another order"), m.explanation());
        assertEquals(MatchLevel.EXACT, match("Pfizer VGR50", pill("VGR50;Pfizer")).level());
    }

    @Test
    void oneSideAloneIsAPartialMatchNamingTheSide() {
        CriterionMatch m = match("155", LIPITOR);
        assertEquals(MatchLevel.PARTIAL, m.level());
        assertTrue(m.explanation().contains("side 155"), m.explanation());
        assertTrue(m.score() < 1.0);
    }

    @Test
    void prefixAndFragmentMatchBelowWholeSides() {
        CriterionMatch side = match("PD", LIPITOR);
        CriterionMatch prefix = match("PD 15", LIPITOR);
        CriterionMatch fragment = match("55", LIPITOR);
        assertEquals(MatchLevel.PARTIAL, prefix.level());
        assertTrue(prefix.explanation().contains("starts with"), prefix.explanation());
        assertEquals(MatchLevel.PARTIAL, fragment.level());
        assertTrue(fragment.explanation().contains("part of"), fragment.explanation());
        assertTrue(side.score() > prefix.score(), side.score() + " > " + prefix.score());
        assertTrue(prefix.score() > fragment.score(), prefix.score() + " > " + fragment.score());
    }

    @Test
    void aWholeMatchOutranksAnyPartialMatch() {
        double exact = match("PD 155 10", LIPITOR).score();
        double mostSides = match("PD 155", LIPITOR).score();
        assertTrue(exact > mostSides);
        assertTrue(mostSides < 0.85, "one side must stay well below a whole match: " + mostSides);
    }

    @Test
    void singleCharacterFragmentsDoNotMatch() {
        assertEquals(MatchLevel.NOT_MATCHED, match("5", LIPITOR).level());
    }

    @Test
    void differentImprintDoesNotMatch() {
        CriterionMatch m = match("M366", LIPITOR);
        assertEquals(MatchLevel.NOT_MATCHED, m.level());
        assertEquals(0.0, m.score());
        assertTrue(m.explanation().contains("PD 155 10"), m.explanation());
    }

    @Test
    void pillWithoutImprintDoesNotMatch() {
        assertEquals(MatchLevel.NOT_MATCHED, match("PD", pill(null)).level());
    }

    @Test
    void repeatedSidesAreEachMatched() {
        PillDocument twice = pill("MYLAN;A;MYLAN;A");
        assertEquals(MatchLevel.EXACT, match("MYLAN A MYLAN A", twice).level());
        assertEquals(MatchLevel.PARTIAL, match("MYLAN A", twice).level());
    }

    @Test
    void confusableCharactersMatchAsSimilarAndSayWhatWasReadAlike() {
        CriterionMatch m = match("P0 155 1O", LIPITOR);
        assertEquals(MatchLevel.SIMILAR, m.level());
        assertEquals(ImprintReading.WHOLE_CONFUSABLE.score(1.0), m.score());
        assertTrue(m.explanation().contains("0 for D") && m.explanation().contains("O for 0"), m.explanation());
        assertEquals(MatchLevel.SIMILAR, match("RN366", pill("M366")).level(), "rn read as m");
        assertEquals(MatchLevel.SIMILAR, match("VVATSON 605", pill("WATSON;605")).level(), "vv read as w");
        assertEquals(MatchLevel.SIMILAR, match("5O", pill("S;0")).level(), "S and 0 sides typed as 5 and O");
        CriterionMatch reordered = match("F1 O", pill("0;FL"));
        assertTrue(reordered.explanation().contains("typed 1 for L, O for 0)"), "pairs in the order read: " + reordered.explanation());
    }

    @Test
    void oneOrTwoTypingErrorsAreSimilarBelowConfusables() {
        CriterionMatch oneError = match("PD 157 10", LIPITOR);
        CriterionMatch swapped = match("PD 515 10", LIPITOR);
        CriterionMatch twoErrors = match("TEVA 7771", pill("TEVA;7270"));
        assertEquals(MatchLevel.SIMILAR, oneError.level());
        assertTrue(oneError.explanation().contains("1 character away"), oneError.explanation());
        assertEquals(MatchLevel.SIMILAR, swapped.level(), "two neighbours swapped is one error");
        assertEquals(MatchLevel.SIMILAR, twoErrors.level());
        assertTrue(ImprintReading.WHOLE_CONFUSABLE.score(1.0) > oneError.score() && oneError.score() > twoErrors.score());
        assertEquals(MatchLevel.NOT_MATCHED, match("XY 999 10", LIPITOR).level());
        assertEquals(MatchLevel.NOT_MATCHED, match("PD 177 10", LIPITOR).level(), "seven characters tolerate one error, eight two");
        assertEquals(MatchLevel.NOT_MATCHED, match("M36", pill("N;7")).level(), "short text tolerates no error against another imprint");
    }

    @Test
    void anExactMatchAlwaysScoresAboveAnyFuzzyOne() {
        double exact = match("PD 155 10", LIPITOR).score();
        for (String fuzzy : List.of("PD 155 1O", "PD 156 10", "PD 15 10", "PO 155 10")) {
            assertTrue(match(fuzzy, LIPITOR).score() < exact, fuzzy);
        }
    }

    @Test
    void aQuestionMarkStandsForOneUnreadableCharacter() {
        CriterionMatch m = match("PD 15? 10", LIPITOR);
        assertEquals(MatchLevel.EXACT, m.level());
        assertTrue(m.score() < 1.0 && m.score() > ImprintReading.WHOLE_CONFUSABLE.score(1.0));
        assertTrue(m.explanation().contains("? read as any character"), m.explanation());
        assertEquals(MatchLevel.PARTIAL, match("?D", LIPITOR).level());
    }

    @Test
    void symbolWordsAreSetAsideAndSaidSo() {
        CriterionMatch m = match("logo 155 10", pill("LOGO;155;10".replace("LOGO;", "")));
        assertEquals(MatchLevel.EXACT, m.level());
        assertTrue(m.explanation().contains("\"logo\" set aside"), m.explanation());
        assertEquals(MatchLevel.PARTIAL, match("heart 155", LIPITOR).level());
        assertEquals(MatchLevel.NOT_MATCHED, match("logo", LIPITOR).level());
    }
}
