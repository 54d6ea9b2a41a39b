package dev.pillid.api;

import dev.pillid.catalog.PillRecord;
import org.junit.jupiter.api.Test;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The warm-up's searches are made the way users search, from the catalog's own pills. */
class SearchWarmUpQueriesTest {

    private static PillRecord pill(long id, String imprint) {
        return new PillRecord("demo", "lipitor-" + id, "DailyMed \"Lipitor\" label", "Lipitor", "10 mg", List.of("ATORVASTATIN CALCIUM"),
                "TABLET, FILM COATED", "Parke-Davis", "RX", null, "0071-0155", "0071-0155-23", null, null, "617310", imprint,
                List.of("WHITE"), "OVAL", 9.5, 1, List.of())
                .stored(id, OffsetDateTime.of(2026, 11, 27, 9, 30, 0, 0, ZoneOffset.UTC));
    }

    @Test
    void eachPillGivesTheNextKindOfSearchAndAPillWithoutAnImprintIsSearchedByItsLook() {
        List<PillRecord> pills = List.of(pill(1, "PD;155;10"), pill(2, "PD;155;10"), pill(3, " ; "), pill(4, "PD;155;10"),
                pill(5, "PD;155;10"), pill(6, null), pill(7, "PD;155;10"));
        assertEquals(List.of(
                new SearchWarmUp.Query("PD 155 10", "WHITE", "OVAL"),
                new SearchWarmUp.Query("PD15510", null, null),
                new SearchWarmUp.Query(null, "WHITE", "OVAL"),
                new SearchWarmUp.Query("PD", "WHITE", null),
                new SearchWarmUp.Query("PD 165 10", null, "OVAL"),
                new SearchWarmUp.Query(null, "WHITE", "OVAL"),
                new SearchWarmUp.Query("PD ", null, null)), SearchWarmUp.queries(pills));
    }

    @Test
    void aMistypedTextHasItsMiddleCharacterReadAsTheNextOne() {
        assertEquals("PD 165 10", SearchWarmUp.mistyped("PD 155 10"));
        assertEquals("MAA", SearchWarmUp.mistyped("MZA"));
        assertEquals("AC", SearchWarmUp.mistyped("AB"));
        assertEquals("0", SearchWarmUp.mistyped("9"));
    }
}
