package dev.pillid.catalog;

import dev.pillid.testing.Management;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.pillid.config.PillIdConfig;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The service as it starts on a new machine: the database is empty, so it loads the default
 * catalog, the 4,390 RxImage pills of data/rximage-catalog.json, once, however many replicas start.
 * Photos come from a remote base URL here, so that every pill with a photo reference counts.
 */
@QuarkusTest
@TestProfile(DefaultCatalogTest.DefaultCatalog.class)
class DefaultCatalogTest {

    static final String PHOTOS = "https://images.example.org/rximage/";

    public static class DefaultCatalog implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("pillid.catalog.load-when-empty", "rximage",
                    "pillid.images.base-url", PHOTOS,
                    "pillid.catalog.snapshot-file", "target/default-catalog-test/snapshot.json");
        }
    }

    @Inject
    CatalogService catalog;
    @Inject
    PillRepository pills;
    @Inject
    ObjectMapper json;
    @Inject
    Vocabularies vocabularies;
    @Inject
    AgroalDataSource database;

    BundledCatalog bundled() {
        return BundledCatalog.read(json, vocabularies, PillIdConfig.Catalog.Bundled.RXIMAGE);
    }

    @Test
    void theFirstStartLoadsTheRxImagePillsAndSaysSo() {
        assertEquals(4390, pills.count());
        given().get("/v1/pills/search?imprint=AN 627").then().statusCode(200)
                .body("results[0].pill.medicine_name", equalTo("TRAMADOL HYDROCHLORIDE"))
                .body("results[0].pill.strength", equalTo("50 mg"))
                .body("results[0].pill.rxcui", equalTo("835603"))
                .body("results[0].pill.ndc11", equalTo("65162-0627-11"))
                .body("results[0].pill.source", equalTo("rximage"))
                .body("results[0].pill.image_urls[0]", equalTo(PHOTOS + "65162-0627-11_RXNAVIMAGE10_5212A925.jpg"));

        int version = given().get("/v1/catalog").then().statusCode(200)
                .body("pills", equalTo(4390))
                .body("demo", equalTo(false))
                .body("pills_with_photos", equalTo(4390))
                .body("photos", equalTo("base_url"))
                .body("sources.size()", equalTo(1))
                .body("sources[0].name", equalTo("rximage"))
                .body("sources[0].pills", equalTo(4390))
                .body("sources[0].title", containsString("NLM RxImage"))
                .body("sources[0].source_date", equalTo("2025-11-11"))
                .body("sources[0].license", containsString("Public domain"))
                .extract().path("version");
        Management.given().get("/q/health/ready").then().statusCode(200)
                .body("checks.find { it.name == 'catalog' }.data.pills", equalTo(4390))
                .body("checks.find { it.name == 'catalog' }.data.version", equalTo(version));
    }

    @Test
    void aSecondLoadAddsNothing() {
        long version = pills.version();
        assertEquals(0, catalog.loadIfEmpty(this::bundled));
        assertEquals(4390, pills.count());
        assertEquals(version, pills.version(), "nothing changed");
    }

    /** The RxImage file names no RxCUI: importing it over the bundled catalog leaves the bundled RxCUIs as they were. */
    @Test
    void importingTheRxImageFileAgainKeepsTheRxcuis() {
        String loperamide = "/v1/pills/search?ndc=00093-0311-01&group=false";
        String rxcui = given().get(loperamide).then().statusCode(200).extract().path("results[0].pill.rxcui");
        long withRxcui = countWithRxcui();
        var job = dev.pillid.imports.Imports.upload(java.nio.file.Path.of("src/test/resources/fixtures/rximage/rximage-rows.csv"));
        assertEquals("succeeded", job.path("state"), job.asString());
        assertEquals(0, (int) job.path("counts.added"), job.asString());
        assertEquals(0, (int) job.path("counts.updated"), "the file says nothing the bundled catalog does not: " + job.asString());
        catalog.refresh();
        given().get(loperamide).then().statusCode(200).body("results[0].pill.rxcui", equalTo(rxcui));
        assertEquals(withRxcui, countWithRxcui(), "no RxCUI lost");
    }

    private long countWithRxcui() {
        try (Connection c = database.getConnection(); Statement s = c.createStatement();
             var rows = s.executeQuery("select count(*) from pill where rxcui is not null")) {
            rows.next();
            return rows.getLong(1);
        } catch (java.sql.SQLException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void replicasStartingTogetherOnAnEmptyDatabaseLoadItOnce() throws Exception {
        try (Connection c = database.getConnection(); Statement s = c.createStatement()) {
            s.executeUpdate("delete from pill");
            s.executeUpdate("delete from catalog_source");
        }
        BundledCatalog bundled = bundled();
        ExecutorService replicas = Executors.newFixedThreadPool(2);
        try {
            CountDownLatch together = new CountDownLatch(1);
            List<Future<Integer>> loads = new ArrayList<>();
            for (int i = 0; i < 2; i++) {
                loads.add(replicas.submit(() -> {
                    together.await();
                    return catalog.loadIfEmpty(() -> bundled);
                }));
            }
            together.countDown();
            List<Integer> loaded = new ArrayList<>();
            for (Future<Integer> load : loads) {
                loaded.add(load.get());
            }
            loaded.sort(null);
            assertEquals(List.of(0, 4390), loaded, "one replica loads, the other finds the catalog filled");
        } finally {
            replicas.shutdownNow();
        }
        assertEquals(4390, pills.count());
        catalog.refresh();
        given().get("/v1/catalog").then().statusCode(200)
                .body("pills", equalTo(4390))
                .body("sources[0].source_date", equalTo("2025-11-11"));
    }
}
