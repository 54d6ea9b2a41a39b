package dev.pillid.sync;

import dev.pillid.testing.AdminTokens;
import dev.pillid.testing.CatalogState;
import dev.pillid.testing.Fixtures;
import dev.pillid.testing.SharedData;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.stream.Stream;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The DailyMed sync against a DailyMed of the test's own ({@link DailyMedServer}): real labels
 * (the fixtures; the 13 of ../shared/data/spl-xml when present) packed in DailyMed's layout.
 */
@QuarkusTest
class DailyMedSyncTest {

    static final Path WORK = Path.of("target/sync-work");
    /** The Tylenol-like label imprinted L227, red. */
    static final String RED_L227 = "07209d28-eab2-482d-bb78-75e18f202cc1.xml";
    static final List<String> FIRST = List.of(RED_L227, "136cd1d5-5dcf-4457-8ce1-3b61029f132d.xml",
            "1ba2d191-b7af-4edd-97c3-e690f96cd6f2.xml", "3e5194dd-9f02-493c-acd5-bd0fde061511.xml");
    static final List<String> SECOND = List.of("5ad45abf-cc46-4b2f-80a9-c778b3db8721.xml", "64f8040f-938d-4236-8e22-c838c9b5f8da.xml",
            "lipitor-orig.xml");

    static DailyMedServer dailymed;

    @Inject
    CatalogState catalog;
    @Inject
    AgroalDataSource database;

    @BeforeAll
    static void startDailyMed() throws IOException {
        dailymed = new DailyMedServer();
    }

    @AfterAll
    static void stopDailyMed() {
        dailymed.close();
    }

    @AfterEach
    void forgetTheSync() throws Exception {
        dailymed.reset();
        try (Connection c = database.getConnection(); Statement s = c.createStatement()) {
            s.executeUpdate("delete from sync_file");
            s.executeUpdate("delete from sync_run");
        }
        catalog.resetToDemo();
        if (Files.exists(WORK)) {
            try (Stream<Path> files = Files.walk(WORK)) {
                files.sorted(Comparator.reverseOrder()).filter(p -> !p.equals(WORK)).forEach(p -> p.toFile().delete());
            }
        }
    }

    static DailyMedServer.Offered daily(String date, Path folder, List<String> labels) throws IOException {
        return new DailyMedServer.Offered("dm_spl_daily_update_" + date + ".zip",
                DailyMedServer.updateFile(DailyMedServer.Label.read(folder, labels)));
    }

    /** The red L227 label, now green: the same set id and NDCs, a later version. */
    static DailyMedServer.Offered greenL227(String date, Path folder) throws IOException {
        String xml = Files.readString(folder.resolve(RED_L227));
        String green = xml.replaceAll("code=\"C48326\"([^>]*)displayName=\"RED\"", "code=\"C48329\"$1displayName=\"GREEN\"");
        assertFalse(green.equals(xml), "the label names its colour as the test expects");
        return new DailyMedServer.Offered("dm_spl_daily_update_" + date + ".zip",
                DailyMedServer.updateFile(List.of(new DailyMedServer.Label(RED_L227, green))));
    }

    static ExtractableResponse<Response> sync() {
        String location = given().auth().oauth2(AdminTokens.catalogAdmin())
                .when().post("/v1/admin/sync")
                .then().statusCode(202).contentType("application/json").extract().header("Location");
        return awaitEnd(location);
    }

    static ExtractableResponse<Response> awaitEnd(String location) {
        Instant deadline = Instant.now().plus(Duration.ofMinutes(2));
        while (true) {
            ExtractableResponse<Response> run = given().auth().oauth2(AdminTokens.catalogAdmin())
                    .get(location).then().statusCode(200).extract();
            if (!"running".equals(run.path("state"))) {
                return run;
            }
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("sync still running after two minutes: " + run.asString());
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }

    static ExtractableResponse<Response> status() {
        return given().auth().oauth2(AdminTokens.catalogAdmin()).get("/v1/admin/sync")
                .then().statusCode(200).contentType("application/json").extract();
    }

    static List<String> colorsOfL227() {
        // Ungrouped: the demo catalog has this red L227 of its own, which a grouped search shows in its stead.
        return given().get("/v1/pills/search?imprint=L227&group=false&limit=50").then().statusCode(200).extract()
                .path("results.findAll { it.pill.source == 'spl' && it.pill.spl_set_id == '07209d28-eab2-482d-bb78-75e18f202cc1' }.collect { it.pill.colors.join('/') }");
    }

    @Test
    void aFirstSyncAppliesTheListedUpdatesOldestFirstAndAnUpdateChangesWhatSearchShows() throws Exception {
        syncsTheLabelsAndThenTheirUpdate(Fixtures.SPL);
    }

    @Test
    void syncsTheThirteenRealLabelsAndThenAnUpdate() throws Exception {
        syncsTheLabelsAndThenTheirUpdate(SharedData.require("spl-xml"));
    }

    private void syncsTheLabelsAndThenTheirUpdate(Path folder) throws Exception {
        // Listed newest first, as DailyMed's page does: applied oldest first all the same.
        DailyMedServer.Offered second = dailymed.offer(daily("12022026", folder, SECOND));
        DailyMedServer.Offered first = dailymed.offer(daily("12012026", folder, FIRST));

        ExtractableResponse<Response> run = sync();
        assertEquals("succeeded", run.path("state"), run.asString());
        assertEquals(2, run.<Integer>path("files.applied"));
        assertEquals(3, run.<Integer>path("files.listed"), "the two updates and the full release");
        assertEquals(2, run.<Integer>path("files.of_the_kinds_applied"));
        assertEquals(List.of("RED"), colorsOfL227());

        ExtractableResponse<Response> status = status();
        assertEquals(List.of(second.name, first.name), status.path("applied.name"), "newest first");
        assertEquals(List.of(second.md5, first.md5), status.path("applied.md5"));
        assertEquals(List.of("2026-12-02", "2026-12-01"), status.path("applied.date"));
        assertEquals(List.of(second.bytes.length, first.bytes.length), status.path("applied.size"));
        String importUrl = status.path("applied[1].import_url");
        given().auth().oauth2(AdminTokens.catalogAdmin()).get(importUrl).then().statusCode(200)
                .body("state", equalTo("succeeded")).body("file_name", equalTo(first.name))
                .body("submitted_by", equalTo("dailymed-sync"));

        dailymed.offer(greenL227("12032026", folder));
        ExtractableResponse<Response> update = sync();
        assertEquals("succeeded", update.path("state"), update.asString());
        assertEquals(1, update.<Integer>path("files.applied"));
        assertEquals(2, update.<Integer>path("files.skipped"), "the two files applied before");
        assertEquals(List.of("GREEN"), colorsOfL227(), "search shows the label's new appearance");
        assertEquals(3, status().<List<?>>path("applied").size());
    }

    @Test
    void aDownloadCutMidFileIsResumedWithARangeOnTheNextRun() throws Exception {
        DailyMedServer.Offered file = dailymed.offer(daily("12012026", Fixtures.SPL, FIRST));
        int half = file.bytes.length / 2;
        file.cutAfter = half;
        CatalogState.Snapshot before = catalog.snapshot();

        ExtractableResponse<Response> cut = sync();
        assertEquals("failed", cut.path("state"));
        assertTrue(cut.<String>path("error").contains("download cut after " + half + " of " + file.bytes.length + " bytes"),
                cut.<String>path("error"));
        assertEquals(half, Files.size(WORK.resolve(file.name + ".part")), "the partial download is kept");
        assertEquals(before, catalog.snapshot(), "nothing stored");
        assertEquals("failed", status().path("not_applied[0].state"));

        ExtractableResponse<Response> resumed = sync();
        assertEquals("succeeded", resumed.path("state"), resumed.asString());
        assertEquals(List.of(file.name, file.name + " bytes=" + half + "-"), dailymed.fileRequests);
        assertEquals(List.of("RED"), colorsOfL227());
        ExtractableResponse<Response> status = status();
        assertEquals(List.of(file.name), status.path("applied.name"));
        assertEquals(List.of(2), status.path("applied.attempts"));
        assertFalse(Files.exists(WORK.resolve(file.name + ".part")));
        assertFalse(Files.exists(WORK.resolve(file.name)), "an applied file's download is deleted");
    }

    @Test
    void aCorruptZipIsRecordedFailedNothingIsStoredAndTheSyncStopsThere() throws Exception {
        byte[] good = daily("12012026", Fixtures.SPL, FIRST).bytes;
        // Its central directory cut off: the zip's start is there, its index is not.
        byte[] corrupt = Arrays.copyOf(good, good.length - 30);
        DailyMedServer.Offered broken = dailymed.offer(new DailyMedServer.Offered("dm_spl_daily_update_12012026.zip", corrupt));
        dailymed.offer(daily("12022026", Fixtures.SPL, SECOND));
        CatalogState.Snapshot before = catalog.snapshot();

        ExtractableResponse<Response> run = sync();
        assertEquals("failed", run.path("state"));
        assertThat(run.path("error"), "dm_spl_daily_update_12012026.zip is not a readable zip");
        assertEquals(0, run.<Integer>path("files.applied"));
        assertEquals(before, catalog.snapshot(), "nothing of either file is stored");
        ExtractableResponse<Response> status = status();
        assertEquals(List.of(), status.path("applied"));
        assertEquals(List.of(broken.name), status.path("not_applied.name"), "the later file is not taken up");
        assertEquals("failed", status.path("not_applied[0].state"));
        assertThat(status.path("not_applied[0].error"), "dm_spl_daily_update_12012026.zip is not a readable zip");
        assertEquals(List.of(broken.name), dailymed.fileRequests);
    }

    @Test
    void aFileWhoseChecksumIsNotThePublishedOneIsRecordedFailed() throws Exception {
        DailyMedServer.Offered file = dailymed.offer(daily("12012026", Fixtures.SPL, FIRST));
        file.md5 = DailyMedServer.md5("something else".getBytes());
        CatalogState.Snapshot before = catalog.snapshot();

        ExtractableResponse<Response> run = sync();
        assertEquals("failed", run.path("state"));
        assertThat(run.path("error"), file.name + ": its MD5 is " + DailyMedServer.md5(file.bytes) + ", the listing publishes " + file.md5);
        assertEquals(before, catalog.snapshot());
        assertFalse(Files.exists(WORK.resolve(file.name + ".part")), "bytes that do not match are not kept to resume");
    }

    @Test
    void theSameFileOfferedTwiceIsAppliedOnce() throws Exception {
        DailyMedServer.Offered file = daily("12012026", Fixtures.SPL, FIRST);
        dailymed.offer(file);
        dailymed.offer(file);

        ExtractableResponse<Response> run = sync();
        assertEquals("succeeded", run.path("state"), run.asString());
        assertEquals(1, run.<Integer>path("files.applied"));
        assertEquals(1, run.<Integer>path("files.of_the_kinds_applied"), "listed twice, one file");

        ExtractableResponse<Response> again = sync();
        assertEquals("succeeded", again.path("state"));
        assertEquals(0, again.<Integer>path("files.applied"));
        assertEquals(1, again.<Integer>path("files.skipped"));
        assertEquals(List.of(file.name), status().path("applied.name"));
        assertEquals(List.of(file.name), dailymed.fileRequests, "downloaded once");
        long imports = given().auth().oauth2(AdminTokens.catalogAdmin()).get("/v1/admin/imports").then().statusCode(200)
                .extract().<List<String>>path("file_name").stream().filter(file.name::equals).count();
        assertEquals(1, imports, "imported once");
    }

    @Test
    void aSecondSyncWhileOneRunsIsRefusedWithAConflict() throws Exception {
        CountDownLatch gate = new CountDownLatch(1);
        dailymed.listingGate = gate;
        String location = given().auth().oauth2(AdminTokens.catalogAdmin()).post("/v1/admin/sync")
                .then().statusCode(202).extract().header("Location");
        try {
            given().auth().oauth2(AdminTokens.catalogAdmin()).post("/v1/admin/sync")
                    .then().statusCode(409).contentType("application/problem+json")
                    .body("type", equalTo("urn:pillid:problem:sync-running"))
                    .body("detail", startsWith("A sync is already running (" + location + ")"));
            assertEquals(location, status().path("current.self"));
            assertEquals("listing", status().path("current.progress.phase"));
        } finally {
            gate.countDown();
        }
        assertEquals("succeeded", awaitEnd(location).path("state"));
    }

    @Test
    void theSyncIsForCatalogAdminsOnly() {
        given().post("/v1/admin/sync").then().statusCode(401).contentType("application/problem+json");
        given().auth().oauth2(AdminTokens.withoutTheRole()).get("/v1/admin/sync").then().statusCode(403)
                .contentType("application/problem+json");
        given().auth().oauth2(AdminTokens.catalogAdmin()).get("/v1/admin/sync/runs/nope").then().statusCode(404)
                .contentType("application/problem+json");
    }

    private static void assertThat(String actual, String expectedStart) {
        assertTrue(actual != null && actual.startsWith(expectedStart), "expected to start with '" + expectedStart + "': " + actual);
    }
}
