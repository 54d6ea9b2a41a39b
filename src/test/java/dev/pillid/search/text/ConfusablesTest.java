package dev.pillid.search.text;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

class ConfusablesTest {

    @Test
    void theBundledPairsReadEachGroupAsItsFirstCharacter() {
        assertEquals("0000", Imprint.confusable("0ODQ"));
        assertEquals("111", Imprint.confusable("1IL"));
        assertEquals("5826", Imprint.confusable("SBZG"));
        assertEquals("PF12ER", Imprint.confusable("PFIZER"));
    }

    @Test
    void aSequenceIsReadAsItsCharacterBeforeSingleCharacters() {
        assertEquals("W0M5", Imprint.confusable("VVORN5"));
        assertEquals("WV", Imprint.confusable("VVV"));
        assertEquals("MN", Imprint.confusable("RNN"));
        assertEquals("RWN", Imprint.confusable("RVVN"));
    }

    @Test
    void unreadableAndUnlistedCharactersAreKept() {
        String text = "A?X7";
        assertSame(text, Imprint.confusable(text));
    }

    @Test
    void aPairAddedToTheTableIsReadBothWays() {
        List<Confusables.Pair> pairs = new ArrayList<>(Confusables.BUNDLED.pairs());
        pairs.add(new Confusables.Pair("7", "T", "a seven with a serif read as T"));
        pairs.add(new Confusables.Pair("UU", "W", "two u printed close together read as w"));
        Confusables more = new Confusables(pairs);
        assertEquals(more.read("7"), more.read("T"));
        assertEquals("W", more.read("UU"));
        assertEquals("UU", Imprint.confusable("UU"));
        assertEquals(Imprint.confusable("M0"), more.read("M0"));
    }

    @Test
    void partnersAreTheOtherCharactersOfEachPairInTableOrder() {
        assertEquals("ODQ", Confusables.BUNDLED.partnersOf('0'));
        assertEquals("0DQ", Confusables.BUNDLED.partnersOf('O'));
        assertEquals("0O", Confusables.BUNDLED.partnersOf('D'));
        assertEquals("1L", Confusables.BUNDLED.partnersOf('I'));
        assertEquals("", Confusables.BUNDLED.partnersOf('M'));
    }

    @Test
    void pairsThatWouldMakeTheReadingDependOnOrderAreRefused() {
        List<Confusables.Pair> pairs = new ArrayList<>(Confusables.BUNDLED.pairs());
        pairs.add(new Confusables.Pair("OO", "8", "two O read as an eight"));
        assertThrows(IllegalArgumentException.class, () -> new Confusables(pairs));
        assertThrows(IllegalArgumentException.class, () -> new Confusables.Pair("RN", "MM", "two sequences"));
        assertThrows(IllegalArgumentException.class, () -> new Confusables.Pair("o", "0", "lower case"));
        assertThrows(IllegalArgumentException.class, () -> new Confusables.Pair("A", "A", "the same"));
    }
}
