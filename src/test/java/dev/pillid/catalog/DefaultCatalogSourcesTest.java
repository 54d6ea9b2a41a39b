package dev.pillid.catalog;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.pillid.testing.SharedData;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** The committed default catalog is what src/test/scripts/make-catalog makes from ../shared/data. Skipped when it is absent. */
class DefaultCatalogSourcesTest {

    static final Path COMMITTED = Path.of("data/rximage-catalog.json");

    @Test
    void theScriptRemakesTheCommittedCatalogByteForByte() throws Exception {
        SharedData.require(RxImageCatalogMaker.RXIMAGE);
        SharedData.require(RxImageCatalogMaker.RXNORM);
        RxImageCatalogMaker.Made made = RxImageCatalogMaker.make(SharedData.ROOT);
        assertArrayEquals(Files.readAllBytes(COMMITTED), made.bytes(),
                COMMITTED + " differs from what the script makes (" + made.summary() + "): rerun src/test/scripts/make-catalog");
    }

    @Test
    void everyPillListsAnRxImagePhotograph() throws Exception {
        Path photos = SharedData.require("rximage-images");
        List<String> missing = new ArrayList<>();
        int pills = 0;
        for (JsonNode record : new ObjectMapper().readTree(COMMITTED.toFile()).path("records")) {
            pills++;
            if (record.path("images").isEmpty() || !Files.isRegularFile(photos.resolve(record.path("images").get(0).asText()))) {
                missing.add(record.path("key").asText());
            }
        }
        assertEquals(4390, pills);
        assertEquals(List.of(), missing, "pills whose photo is not in " + photos);
    }
}
