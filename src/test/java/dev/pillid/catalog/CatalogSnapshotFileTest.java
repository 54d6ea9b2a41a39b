package dev.pillid.catalog;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class CatalogSnapshotFileTest {

    static final ObjectMapper JSON = new ObjectMapper().findAndRegisterModules();

    @Test
    void aSavedCatalogReadsBackAsItWas() throws Exception {
        Path file = Files.createDirectories(Path.of("target/snapshot-file-test")).resolve("catalog.json");
        List<PillRecord> records = List.of(new PillRecord("spl", "c6e1:0071-0155", "FDA DailyMed", "Lipitor", "10 mg",
                List.of("ATORVASTATIN"), "TABLET", "Parke-Davis", "RX", null, "0071-0155", "0071-0155-23", null, "c6e1", null,
                "PD;155;10", List.of("WHITE"), "OVAL", 10.0, 1, List.of("x.jpg"))
                .stored(7, OffsetDateTime.of(2026, 11, 27, 12, 0, 0, 0, ZoneOffset.UTC)));
        CatalogSnapshotFile.write(JSON, file, records);
        assertEquals(records, CatalogSnapshotFile.read(JSON, file));
    }

    @Test
    void aCopyThatCannotBeMovedIntoPlaceLeavesNoTemporaryFileBehind() throws Exception {
        Path dir = Files.createDirectories(Path.of("target/snapshot-file-test/cannot-move"));
        try (var old = Files.list(dir)) {
            for (Path path : old.toList()) {
                if (Files.isRegularFile(path)) {
                    Files.delete(path);
                }
            }
        }
        // The copy's place is taken by a folder that is not empty: the move fails.
        Path taken = Files.createDirectories(dir.resolve("catalog.json"));
        Files.writeString(taken.resolve("keep"), "x");
        CatalogSnapshotFile.write(JSON, taken, List.of());
        try (var left = Files.list(dir)) {
            assertEquals(List.of(taken), left.toList());
        }
    }

    @Test
    void aMissingOrBrokenFileReadsAsNothing() throws Exception {
        Path dir = Files.createDirectories(Path.of("target/snapshot-file-test"));
        assertEquals(List.of(), CatalogSnapshotFile.read(JSON, dir.resolve("none.json")));
        Path broken = Files.writeString(dir.resolve("broken.json"), "[{\"id\": 1, ");
        assertEquals(List.of(), CatalogSnapshotFile.read(JSON, broken));
    }
}
