package dev.pillid.search;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SearchCostTest {

    private static final VocabularyTerm WHITE = new VocabularyTerm("C48325", "WHITE", "White", "#FFFFFF", List.of());

    private static SearchQuery imprint(String typed) {
        return new SearchQuery(typed, null, null, null, null, null);
    }

    private static void allowed(String typed) {
        assertTrue(SearchCost.refusal(imprint(typed)).isEmpty(), typed);
    }

    private static void refused(String typed, String because) {
        String reason = SearchCost.refusal(imprint(typed)).orElseThrow();
        assertTrue(reason.contains(because), reason);
    }

    @Test
    void anImprintMayHaveAsManyUnreadableCharactersAsReadOnesUpToEight() {
        allowed("M?67");
        allowed("M 3?? 7?");
        allowed("A?B?C?D?E?F?G?H?");
        allowed("AB??");
        refused("AB???", "3 against 2");
        refused("??", "2 against 0");
        refused("ABCDEFGHIJ?????????", "9 unreadable");
    }

    @Test
    void spacesAndPunctuationAreNotCountedAsRead() {
        refused("A - ? ?", "2 against 1");
    }

    @Test
    void unreadableCharactersAndTheLookAloneAreBroad() {
        assertTrue(SearchCost.broad(imprint("M?67")));
        assertTrue(SearchCost.broad(new SearchQuery(null, List.of(WHITE), null, null, null, null)));
        assertTrue(SearchCost.broad(new SearchQuery(null, null, null, 10.0, 2, null)));
        assertFalse(SearchCost.broad(imprint("M367")));
        assertFalse(SearchCost.broad(new SearchQuery("M367", List.of(WHITE), null, null, null, null)));
        assertFalse(SearchCost.broad(new SearchQuery(null, List.of(WHITE), null, null, null, "lipitor")));
        assertFalse(SearchCost.broad(new SearchQuery(null, null, null, null, null, null, "0071-0155")));
    }
}
