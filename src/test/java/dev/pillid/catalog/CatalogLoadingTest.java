package dev.pillid.catalog;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

@QuarkusTest
class CatalogLoadingTest {

    @Inject
    CatalogService catalog;
    @Inject
    PillRepository pills;
    @Inject
    Vocabularies vocabularies;
    @Inject
    ObjectMapper json;

    @Test
    void theDemoCatalogIsLoadedOnceIntoAnEmptyDatabase() {
        int bundled = DemoCatalog.read(json, vocabularies).size();
        assertEquals(bundled, pills.count(), "the start loaded every demo record");
        assertEquals(bundled, catalog.size(), "and searches see them all");

        assertEquals(0, catalog.loadIfEmpty(DemoCatalog.read(json, vocabularies)), "a second load changes nothing");
        assertEquals(bundled, pills.count());
        catalog.refresh();
        assertEquals(bundled, catalog.size());
    }
}
