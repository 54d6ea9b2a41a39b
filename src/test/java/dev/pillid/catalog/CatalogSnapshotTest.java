package dev.pillid.catalog;

import dev.pillid.search.SearchQuery;
import dev.pillid.search.SearchResult;
import org.junit.jupiter.api.Test;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class CatalogSnapshotTest {

    /** More than two batches of the database read, the last one partial. */
    static final int PILLS = 2 * PillRepository.LOAD_BATCH + 500;

    @Test
    void aCatalogGivenBatchByBatchFindsEveryPillByIdAndByImprint() {
        List<PillRecord> records = new ArrayList<>();
        for (int id = 1; id <= PILLS; id++) {
            records.add(pill(id));
        }
        CatalogSnapshot.Builder builder = new CatalogSnapshot.Builder();
        for (int from = 0; from < PILLS; from += PillRepository.LOAD_BATCH) {
            builder.add(records.subList(from, Math.min(PILLS, from + PillRepository.LOAD_BATCH)));
        }
        CatalogSnapshot snapshot = builder.build();

        assertEquals(records, builder.records());
        assertEquals(PILLS, snapshot.byId().size());
        assertEquals(PILLS, snapshot.index().size());
        for (int id : new int[] {1, PillRepository.LOAD_BATCH, PillRepository.LOAD_BATCH + 1, PILLS}) {
            assertEquals(records.get(id - 1), snapshot.byId().get((long) id));
            SearchResult found = snapshot.index().search(new SearchQuery("QX " + id, null, null, null, null, null), 5, 0);
            assertEquals(id, found.page().get(0).best().pill().id(), "the first pill found for QX " + id);
        }
        assertEquals(snapshot.byId(), CatalogSnapshot.of(records).byId());
    }

    @Test
    void twoRecordsWithOneIdAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> CatalogSnapshot.of(List.of(pill(3), pill(3))));
    }

    private static PillRecord pill(int id) {
        return new PillRecord("test", "T" + id, "made by the test", "Testol", id + " mg", List.of("TESTOLONE"), "TABLET",
                "Test Labs", "RX", null, null, null, null, null, null, "QX;" + id, List.of("WHITE"), "ROUND", 8.0, 1, List.of())
                .stored(id, OffsetDateTime.of(2026, 11, 28, 12, 0, 0, 0, ZoneOffset.UTC));
    }
}
