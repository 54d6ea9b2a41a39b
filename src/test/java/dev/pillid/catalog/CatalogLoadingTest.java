package dev.pillid.catalog;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.pillid.config.PillIdConfig;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

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
        BundledCatalog demo = BundledCatalog.read(json, vocabularies, PillIdConfig.Catalog.Bundled.DEMO);
        int bundled = demo.records().size();
        assertEquals(bundled, pills.count(), "the start loaded every demo record");
        assertEquals(bundled, catalog.size(), "and searches see them all");

        assertEquals(0, catalog.loadIfEmpty(() -> demo), "a second load changes nothing");
        assertEquals(bundled, pills.count());
        catalog.refresh();
        assertEquals(bundled, catalog.size());
    }

    @Test
    void textArraysAreReadAsPostgresqlWritesThem() throws SQLException {
        List<String> elements = Arrays.asList("WHITE", "LIGHT BLUE", "a,b", "say \"hi\"", "back\\slash", "", "NULL", "null",
                "{x}", " spaced ", "\u00fcn\u00ef", "tab\there", null);
        String written = (String) pills.getEntityManager().createNativeQuery(
                "select cast(array['WHITE', 'LIGHT BLUE', 'a,b', 'say \"hi\"', 'back\\slash', '', 'NULL', 'null', '{x}', ' spaced ',"
                        + " '\u00fcn\u00ef', 'tab' || chr(9) || 'here', null] as text)").getSingleResult();
        assertEquals(elements, PillRepository.texts(written), written);
        assertEquals(List.of(), PillRepository.texts((String) pills.getEntityManager()
                .createNativeQuery("select cast(cast(array[] as text[]) as text)").getSingleResult()));
        assertEquals(List.of(), PillRepository.texts(null));
        String fromZero = (String) pills.getEntityManager()
                .createNativeQuery("select cast(cast('[0:1]={a,\"b c\"}' as text[]) as text)").getSingleResult();
        assertEquals(List.of("a", "b c"), PillRepository.texts(fromZero), fromZero);
        assertThrows(SQLException.class, () -> PillRepository.texts("[1:1][1:1]={{a}}"), "two dimensions with bounds");
        assertThrows(SQLException.class, () -> PillRepository.texts("{{a},{b}}"), "two dimensions");
        assertThrows(SQLException.class, () -> PillRepository.texts("{\"a}"), "an open quote");
    }
}
