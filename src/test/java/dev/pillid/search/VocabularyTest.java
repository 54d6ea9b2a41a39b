package dev.pillid.search;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class VocabularyTest {

    static final Vocabulary SHAPES = new Vocabulary("shape", List.of(
            new VocabularyTerm("C48345", "OVAL", "Oval", null, List.of("elliptical", "egg")),
            new VocabularyTerm("C48343", "HEXAGON (6 SIDES)", "Hexagon (6 sides)", null, List.of("six-sided")),
            new VocabularyTerm("C48336", "CAPSULE", "Capsule", null, List.of("oblong", "capsule-shaped"))));

    @Test
    void resolvesNamesCodesAndSynonymsInAnyCase() {
        assertEquals("OVAL", SHAPES.resolve("oval").orElseThrow().name());
        assertEquals("OVAL", SHAPES.resolve("C48345").orElseThrow().name());
        assertEquals("OVAL", SHAPES.resolve("Elliptical").orElseThrow().name());
        assertEquals("CAPSULE", SHAPES.resolve("OBLONG").orElseThrow().name());
    }

    @Test
    void ignoresSpacesHyphensAndTheSidesSuffix() {
        assertEquals("CAPSULE", SHAPES.resolve("capsule shaped").orElseThrow().name());
        assertEquals("HEXAGON (6 SIDES)", SHAPES.resolve("hexagon").orElseThrow().name());
        assertEquals("HEXAGON (6 SIDES)", SHAPES.resolve("Hexagon (6 sides)").orElseThrow().name());
        assertEquals("HEXAGON (6 SIDES)", SHAPES.resolve("Six sided").orElseThrow().name());
    }

    @Test
    void unknownWordsAreNotGuessed() {
        assertTrue(SHAPES.resolve("blob").isEmpty());
        assertTrue(SHAPES.resolve("").isEmpty());
        assertTrue(SHAPES.resolve(null).isEmpty());
    }
}
