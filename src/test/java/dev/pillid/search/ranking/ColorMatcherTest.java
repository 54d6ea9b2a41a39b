package dev.pillid.search.ranking;

import dev.pillid.search.CriterionMatch;
import dev.pillid.search.MatchLevel;
import dev.pillid.search.PillDocument;
import dev.pillid.search.VocabularyTerm;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ColorMatcherTest {

    static final VocabularyTerm WHITE = new VocabularyTerm("C48325", "WHITE", "White", null, List.of());
    static final VocabularyTerm BLUE = new VocabularyTerm("C48333", "BLUE", "Blue", null, List.of());
    static final VocabularyTerm PEACH = new VocabularyTerm("C48331", "PEACH", "Peach", null, List.of(), Map.of("ORANGE", 0.75));

    @Test
    void aTwoToneDescriptionMatchesInEitherOrder() {
        CriterionMatch match = new ColorMatcher(List.of(BLUE, WHITE)).match(pill("WHITE", "BLUE"));
        assertEquals(MatchLevel.EXACT, match.level());
        assertEquals(1.0, match.score());
    }

    @Test
    void sharingOneColourIsWorthItsShareOfTheDifferentColoursThePillHas() {
        // Three colours on record, two of them different: blue is half of what the pill shows.
        CriterionMatch match = new ColorMatcher(List.of(BLUE)).match(pill("WHITE", "BLUE", "WHITE"));
        assertEquals(MatchLevel.PARTIAL, match.level());
        assertEquals(ColorMatcher.PARTIAL_SHARE / 2, match.score(), 1e-12);
        assertEquals("blue matches; the pill is white and blue", match.explanation());
    }

    @Test
    void aNeighbouringColourIsSimilarAsCloseAsTheVocabularySays() {
        CriterionMatch match = new ColorMatcher(List.of(PEACH)).match(pill("ORANGE"));
        assertEquals(MatchLevel.SIMILAR, match.level());
        assertEquals(ColorMatcher.NEIGHBOUR * 0.75, match.score(), 1e-12);
        assertEquals("the pill is orange; peach is close to it", match.explanation());
    }

    private static PillDocument pill(String... colours) {
        return PillDocument.of(1, "L227", List.of("Pain Relief"), List.of(colours), "ROUND", 11.0, 1);
    }
}
