package dev.pillid.search.text;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ImprintTest {

    @Test
    void compactIgnoresCaseSpacesHyphensDotsAndSlashes() {
        assertEquals("PD15510", Imprint.compact(" pd 155-10 "));
        assertEquals("M366", Imprint.compact("m.36/6"));
        assertEquals("VGR50PFIZER", Imprint.compact("VGR50;Pfizer"));
    }

    /** Only whole words name a symbol; a text naming none comes back as typed (it is not split into words then). */
    @Test
    void symbolWordsAreWholeWordsOnly() {
        assertEquals(" 155", Imprint.withoutSymbolWords("logo 155"));
        assertEquals("-10", Imprint.withoutSymbolWords("Heart-10"));
        assertEquals(List.of("HEART"), Imprint.symbolWords("Heart-10"));
        assertEquals("LOGOS 5", Imprint.withoutSymbolWords("LOGOS 5"));
        assertEquals(List.of(), Imprint.symbolWords("LOGOS 5"));
        String typed = "pd 155-10";
        assertEquals(typed, Imprint.withoutSymbolWords(typed));
        assertEquals(List.of(), Imprint.symbolWords(typed));
    }

    @Test
    void compactOfNothingIsEmpty() {
        assertEquals("", Imprint.compact(null));
        assertEquals("", Imprint.compact(" -./ "));
    }

    @Test
    void sidesSplitOnTheSplSeparatorAndDropEmptySides() {
        assertEquals(List.of("PD", "155", "10"), Imprint.compactSides("PD;155;10"));
        assertEquals(List.of("TEVA", "4067"), Imprint.compactSides("teva; 4067;"));
        assertEquals(List.of(), Imprint.compactSides(null));
    }

    @Test
    void readableJoinsSidesWithSpaces() {
        assertEquals("PD 155 10", Imprint.readable("PD;155;10"));
        assertEquals("VGR50 Pfizer", Imprint.readable("VGR50 ; Pfizer"));
    }
}
