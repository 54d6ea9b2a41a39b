package dev.pillid.search.ranking;

import dev.pillid.search.CriterionMatch;
import dev.pillid.search.MatchLevel;
import dev.pillid.search.PillDocument;
import dev.pillid.search.VocabularyTerm;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Size, score, shape and name: the matchers besides imprint and colour. */
class AttributeMatcherTest {

    static final PillDocument PILL = PillDocument.of(1, "L227", List.of("Pain Relief", "ACETAMINOPHEN"), List.of("RED"), "ROUND", 11.0, 2);

    @Test
    void sizeWithinHalfAMillimetreIsExactAndFurtherOffIsGraded() {
        assertEquals(MatchLevel.EXACT, new SizeMatcher(11.4).match(PILL).level());
        CriterionMatch oneOff = new SizeMatcher(12).match(PILL);
        CriterionMatch twoOff = new SizeMatcher(13).match(PILL);
        assertEquals(MatchLevel.SIMILAR, oneOff.level());
        assertTrue(oneOff.score() > twoOff.score());
        assertEquals(MatchLevel.NOT_MATCHED, new SizeMatcher(20).match(PILL).level());
        assertEquals("the label says 11 mm, 1 mm from 12 mm", oneOff.explanation());
    }

    @Test
    void scoreMustBeTheSameNumberOfPieces() {
        assertEquals(MatchLevel.EXACT, new ScoreMatcher(2).match(PILL).level());
        CriterionMatch unscored = new ScoreMatcher(1).match(PILL);
        assertEquals(MatchLevel.NOT_MATCHED, unscored.level());
        assertEquals("the label says scored into 2 pieces, not unscored", unscored.explanation());
    }

    @Test
    void shapeMatchesItsSplName() {
        VocabularyTerm round = new VocabularyTerm("C48348", "ROUND", "Round", null, List.of("circle"));
        VocabularyTerm oval = new VocabularyTerm("C48345", "OVAL", "Oval", null, List.of());
        assertEquals(MatchLevel.EXACT, new ShapeMatcher(round).match(PILL).level());
        assertEquals("the pill is round, not oval", new ShapeMatcher(oval).match(PILL).explanation());
    }

    @Test
    void unrecordedAttributesNeitherMatchNorCountAsContradiction() {
        PillDocument bare = PillDocument.of(2, "X", List.of("Bare"), List.of(), null, null, null);
        CriterionMatch size = new SizeMatcher(10).match(bare);
        assertEquals(MatchLevel.NOT_MATCHED, size.level());
        assertTrue(size.score() > 0 && size.score() < 1);
        assertEquals("size not on record", size.explanation());
    }

    @Test
    void nameMatchesWholeNamesWordStartsAndParts() {
        assertEquals(MatchLevel.EXACT, new NameMatcher("pain relief").match(PILL).level());
        assertEquals(MatchLevel.EXACT, new NameMatcher("Acetaminophen").match(PILL).level());
        CriterionMatch start = new NameMatcher("acetamin").match(PILL);
        CriterionMatch part = new NameMatcher("tamino").match(PILL);
        assertEquals(MatchLevel.PARTIAL, start.level());
        assertTrue(start.score() > part.score());
        assertEquals(MatchLevel.NOT_MATCHED, new NameMatcher("ibuprofen").match(PILL).level());
        assertEquals(MatchLevel.NOT_MATCHED, new NameMatcher("ac").match(PILL).level());
    }
}
