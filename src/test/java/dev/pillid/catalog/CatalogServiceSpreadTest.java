package dev.pillid.catalog;

import org.junit.jupiter.api.Test;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.List;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The pills a warm-up searches for are taken through the whole catalog, never one pill twice. */
class CatalogServiceSpreadTest {

    private static CatalogService serving(int pills) {
        CatalogService catalog = new CatalogService(null, null, null, null, null);
        catalog.serveWithoutDatabase(IntStream.rangeClosed(1, pills).mapToObj(CatalogServiceSpreadTest::pill).toList(), List.of());
        return catalog;
    }

    @Test
    void aCatalogSmallerThanAskedGivesEveryPill() {
        assertEquals(49, new HashSet<>(serving(49).spread(2_000)).size());
    }

    @Test
    void aLargerCatalogGivesAsManyDifferentPillsAsAsked() {
        List<PillRecord> taken = serving(4_424).spread(2_000);
        assertEquals(2_000, new HashSet<>(taken).size());
        // Taken through the whole catalog, not only its first part: the ids run up to near the end.
        assertTrue(taken.stream().mapToLong(PillRecord::id).max().orElse(0) > 4_000, "the last id taken");
        assertEquals(List.of(), serving(10).spread(0));
    }

    private static PillRecord pill(int id) {
        return new PillRecord("test", "T" + id, "made by the test", "Testol", id + " mg", List.of("TESTOLONE"), "TABLET",
                "Test Labs", "RX", null, null, null, null, null, null, "QX;" + id, List.of("WHITE"), "ROUND", 8.0, 1, List.of())
                .stored(id, OffsetDateTime.of(2026, 11, 28, 12, 0, 0, 0, ZoneOffset.UTC));
    }
}
