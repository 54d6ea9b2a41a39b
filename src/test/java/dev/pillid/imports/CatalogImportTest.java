package dev.pillid.imports;

import dev.pillid.testing.CatalogState;
import dev.pillid.testing.Fixtures;
import dev.pillid.testing.SharedData;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Real imports over HTTP, of real records (the fixtures, and the whole RxImage file of ../shared/data), into the real PostgreSQL. */
@QuarkusTest
class CatalogImportTest {

    static final Path WORK = Path.of("target/import-tests");

    @Inject
    CatalogState catalog;

    @AfterEach
    void backToTheDemoCatalog() throws Exception {
        catalog.resetToDemo();
    }

    static Path write(String name, byte[] bytes) throws Exception {
        Files.createDirectories(WORK);
        return Files.write(WORK.resolve(name), bytes);
    }

    static void assertCounts(ExtractableResponse<Response> job, int read, int added, int updated, int unchanged,
                             int duplicates, int rejected) {
        assertEquals("succeeded", job.path("state"), job.asString());
        assertEquals(List.of(read, added, updated, unchanged, duplicates, rejected), List.of(
                job.<Integer>path("counts.read"), job.<Integer>path("counts.added"), job.<Integer>path("counts.updated"),
                job.<Integer>path("counts.unchanged"), job.<Integer>path("counts.duplicates"), job.<Integer>path("counts.rejected")),
                "read, added, updated, unchanged, duplicates, rejected");
    }

    @Test
    void importsTheThirteenSplLabelsAsADailyMedZipOfZips() throws Exception {
        Path zip = write("labels.zip", SplReaderTest.zipOfLabels(true));
        ExtractableResponse<Response> job = Imports.upload(zip);
        assertCounts(job, 35, 34, 0, 0, 0, 1);
        assertEquals("spl", job.path("format"));
        assertEquals("not an oral solid (SOLUTION)", job.path("rejections[0].reason"));
        assertEquals(100.0f, job.<Float>path("progress.percent"));
        assertEquals(34, catalog.count("spl"));

        // Search sees the new catalog at once: Lipitor 10 mg as its label describes it.
        given().get("/v1/pills/search?imprint=PD 155 10&limit=100&group=false").then().statusCode(200)
                .body("results.findAll { it.pill.source == 'spl' && it.matches[0].match == 'exact' }", hasSize(1))
                .body("results.find { it.pill.source == 'spl' }.pill.colors", equalTo(List.of("WHITE")))
                .body("results.find { it.pill.source == 'spl' }.pill.shape", equalTo("OVAL"))
                .body("results.find { it.pill.source == 'spl' }.pill.size_mm", equalTo(10.0f))
                .body("results.find { it.pill.source == 'spl' }.pill.spl_set_id", equalTo("c6e131fe-e7df-4876-83f7-9156fc4e8228"))
                .body("results.find { it.pill.source == 'spl' }.matches[0].match", equalTo("exact"));
        given().get("/v1/pills/search?imprint=VGR100 Pfizer&limit=100&group=false").then().statusCode(200)
                .body("results.findAll { it.pill.source == 'spl' }.pill.colors", hasItem(List.of("BLUE")));
    }

    @Test
    void aZipWithOneGoodLabelAndOneWithoutItsCodeSucceedsWithOneRejection() throws Exception {
        ExtractableResponse<Response> job = Imports.upload(write("two-labels.zip", SplReaderTest.zipWithALabelWithoutItsCode()));
        assertCounts(job, 5, 4, 0, 0, 0, 1);
        assertEquals("two-labels.zip!no-code.xml", job.path("rejections[0].where"));
        assertEquals("has no document type (the document's code)", job.path("rejections[0].reason"));
        assertEquals(4, catalog.count("spl"));
    }

    @Test
    void zipBombsAreRefusedWithinTheirEntryLimitAndStoreNothing() throws Exception {
        CatalogState.Snapshot before = catalog.snapshot();
        for (String pattern : List.of("<a/>", " ")) {
            Path bomb = HostileFiles.bomb(WORK.resolve("bomb.zip"), "bomb.xml", pattern, 1L << 30);
            assertTrue(Files.size(bomb) < 4 << 20, Files.size(bomb) + " bytes inflating to 1 GiB");
            ExtractableResponse<Response> job = Imports.upload(bomb);
            assertEquals("failed", job.path("state"), pattern);
            assertEquals("The file cannot be imported as spl: bomb.zip!bomb.xml inflates to more than 64 MiB"
                    + " (pillid.imports.max-entry-size). Nothing was stored.", job.path("error"));
            assertEquals(0, job.<Integer>path("counts.rejected"), pattern);
            assertEquals(before, catalog.snapshot());
        }
    }

    @Test
    void aLabelNestedTooDeepIsThatLabelsRejection() throws Exception {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        entries.put("lipitor.xml", HostileFiles.lipitor());
        entries.put("deep.xml", HostileFiles.labelNested(100_000));
        ExtractableResponse<Response> job = Imports.upload(write("deep.zip", HostileFiles.zip(entries)));
        assertCounts(job, 5, 4, 0, 0, 0, 1);
        assertEquals("nests elements deeper than 256 (pillid.imports.max-xml-depth)",
                job.path("rejections[0].reason"));
    }

    @Test
    void aRecordWithAFieldOverItsLimitIsRejectedAndNotStored() throws Exception {
        CatalogState.Snapshot before = catalog.snapshot();
        String row = "s1-0001-0,s1,12,C48336,,2,ZQ 77,C48325,,,,,0001-0001,0,,%s,34391-3,,,,1\n";
        Path csv = write("long-name.csv", (PillboxReaderTest.HEADER + row.formatted("A".repeat(1 << 20))).getBytes());
        ExtractableResponse<Response> job = Imports.upload(csv);
        assertCounts(job, 1, 0, 0, 0, 0, 1);
        assertEquals("line 2", job.path("rejections[0].where"));
        assertEquals("medicine_name is longer than 500 characters", job.path("rejections[0].reason"));
        assertEquals(before, catalog.snapshot());
    }

    @Test
    void aCsvLineWithoutEndIsRefusedAndStoresNothing() throws Exception {
        CatalogState.Snapshot before = catalog.snapshot();
        String csv = "image_path,image_filename,pill_name,shape,color,imprint\n"
                + "x,12345-6789-01_RXNAVIMAGE10_AB12.JPG,TESTOL 5 MG ORAL TABLET,ROUND,WHITE,ZQ;77\n"
                + "x,12345-6789-02_RXNAVIMAGE10_AB13.JPG," + "A".repeat(8 << 20);
        ExtractableResponse<Response> job = Imports.upload(write("no-end.csv", csv.getBytes()));
        assertEquals("failed", job.path("state"));
        assertEquals("The file cannot be imported as rximage: line 3 has a field longer than 1048576 characters."
                + " Nothing was stored.", job.path("error"));
        assertEquals(before, catalog.snapshot());
    }

    @Test
    void aRecordWithANulCharacterIsRejectedAndTheOthersAreStored() throws Exception {
        // PostgreSQL's text cannot hold U+0000: stored, it would fail the whole import.
        String header = "image_path,image_filename,pill_name,shape,color,imprint\n";
        String rows = "x,12345-6789-01_RXNAVIMAGE10_AB12.JPG,TESTOL 5 MG ORAL TABLET,ROUND,WHITE,ZQ;77\n"
                + "x,12345-6789-02_RXNAVIMAGE10_AB13.JPG,TEST\u0000OL 5 MG ORAL TABLET,ROUND,WHITE,ZQ;78\n"
                + "x,12345-6789-03_RXNAVIMAGE10_AB14.JPG,TESTOL 5 MG ORAL TABLET,ROUND,WHITE,Z\u0000Q;79\n";
        ExtractableResponse<Response> job = Imports.upload(write("nul.csv", (header + rows).getBytes()));
        assertCounts(job, 3, 1, 0, 0, 0, 2);
        assertEquals(List.of("line 3", "line 4"), job.path("rejections.where"));
        assertEquals(List.of("medicine_name has a NUL character (U+0000), which the catalog cannot store",
                "imprint has a NUL character (U+0000), which the catalog cannot store"), job.path("rejections.reason"));
        assertEquals(1, catalog.count("rximage"));
    }

    @Test
    void aRecordWhoseImageIsAnUrlOnAnotherHostIsRejectedAndNotStored() throws Exception {
        CatalogState.Snapshot before = catalog.snapshot();
        String row = "s1-0001-0,s1,12,C48336,,2,ZQ 78,C48325,,,,,0001-0001,0,,Name,34391-3,,,http://127.0.0.1:9/x.png,1\n";
        ExtractableResponse<Response> job = Imports.upload(write("image-url.csv", (PillboxReaderTest.HEADER + row).getBytes()));
        assertCounts(job, 1, 0, 0, 0, 0, 1);
        assertEquals("image reference http://127.0.0.1:9/x.png is not a file name or an allowed https URL",
                job.path("rejections[0].reason"));
        assertEquals(before, catalog.snapshot());
    }

    @Test
    void importsOneSplDocument() throws Exception {
        ExtractableResponse<Response> job = Imports.upload(Fixtures.SPL.resolve("lipitor-orig.xml"));
        assertCounts(job, 4, 4, 0, 0, 0, 0);
    }

    @Test
    void importsTheRealPillboxRows() throws Exception {
        ExtractableResponse<Response> job = Imports.upload(Fixtures.PILLBOX);
        assertCounts(job, 5, 5, 0, 0, 0, 0);
        assertEquals("pillbox", job.path("format"));
        given().get("/v1/pills/search?imprint=watson 605").then().statusCode(200)
                .body("results[0].pill.medicine_name", equalTo("Labetalol hydrochloride"))
                .body("results[0].pill.colors", equalTo(List.of("BROWN")))
                .body("results[0].pill.source", equalTo("pillbox"));
    }

    @Test
    void importsTheRxImageRowsAndASecondImportChangesNothing() throws Exception {
        assertCounts(Imports.upload(Fixtures.RXIMAGE), 49, 35, 0, 0, 14, 0);
        assertEquals(35, catalog.count("rximage"));
        CatalogState.Snapshot afterFirst = catalog.snapshot();

        assertCounts(Imports.upload(Fixtures.RXIMAGE), 49, 0, 0, 35, 14, 0);
        assertEquals(afterFirst, catalog.snapshot(), "the second import of the same file changed nothing");

        // RxImage pills carry their photo when the photo folder has it (the demo catalog's photos), and say so when it does not.
        given().get("/v1/pills/search?imprint=PFIZER CDT 102&limit=100&group=false").then().statusCode(200)
                .body("results.find { it.pill.source == 'rximage' }.pill.image_urls",
                        equalTo(List.of("http://localhost:8081/v1/images/00069-2180-30_RXNAVIMAGE10_41132099.jpg")));
        given().get("/v1/pills/search?imprint=93 311 93 311&limit=100&group=false").then().statusCode(200)
                .body("results.find { it.pill.source == 'rximage' }.pill.medicine_name", equalTo("LOPERAMIDE HYDROCHLORIDE"))
                .body("results.find { it.pill.source == 'rximage' }.pill.image_urls", hasSize(0));
    }

    @Test
    void importsTheWholeRxImageCsvAndASecondImportChangesNothing() throws Exception {
        Path csv = SharedData.require("rximage-metadata/pill_color_imprint_dataset.csv");
        assertCounts(Imports.upload(csv), 6036, 4390, 0, 0, 1646, 0);
        assertEquals(4390, catalog.count("rximage"));
        CatalogState.Snapshot afterFirst = catalog.snapshot();

        assertCounts(Imports.upload(csv), 6036, 0, 0, 4390, 1646, 0);
        assertEquals(afterFirst, catalog.snapshot(), "the second import of the same file changed nothing");

        // RxImage pills carry their photo when the photo folder has it, and say so when it does not.
        given().get("/v1/pills/search?imprint=PFIZER CDT 102&limit=100&group=false").then().statusCode(200)
                .body("results.find { it.pill.source == 'rximage' }.pill.image_urls[0]",
                        equalTo("http://localhost:8081/v1/images/00069-2180-30_RXNAVIMAGE10_41132099.jpg"));
    }

    @Test
    void rejectedRecordsArePagedAndLeftOutOfTheListOfImports() throws Exception {
        String header = "image_path,image_filename,pill_name,shape,color,imprint\n";
        String row = "x,12345-6789-0%d_RXNAVIMAGE10_AB1%d.JPG,TESTOL 5 MG ORAL TABLET,NO SUCH SHAPE,WHITE,ZQ;7%d\n";
        StringBuilder csv = new StringBuilder(header);
        for (int i = 1; i <= 3; i++) {
            csv.append(row.formatted(i, i, i));
        }
        ExtractableResponse<Response> job = Imports.upload(write("rejected.csv", csv.toString().getBytes()));
        assertCounts(job, 3, 0, 0, 0, 0, 3);
        String rejections = job.path("rejections_url");
        String token = dev.pillid.testing.AdminTokens.catalogAdmin();
        given().auth().oauth2(token).get(rejections + "?limit=2").then().statusCode(200)
                .body("total", equalTo(3)).body("limit", equalTo(2)).body("offset", equalTo(0))
                .body("items.where", equalTo(List.of("line 2", "line 3")));
        given().auth().oauth2(token).get(rejections + "?limit=2&offset=2").then().statusCode(200)
                .body("items.where", equalTo(List.of("line 4")));
        given().auth().oauth2(token).get(rejections + "?limit=0").then().statusCode(400)
                .contentType("application/problem+json");
        given().auth().oauth2(token).get(rejections + "?offset=-1").then().statusCode(400)
                .contentType("application/problem+json");
        for (String hostile : List.of("?limit=abc", "?limit=99999999999", "?offset=99999999999", "?limit=%00")) {
            given().auth().oauth2(token).get(rejections + hostile).then().statusCode(400)
                    .contentType("application/problem+json");
        }
        given().auth().oauth2(token).get(rejections + "?offset=2147483647").then().statusCode(200)
                .body("total", equalTo(3)).body("items", equalTo(List.of()));
        given().auth().oauth2(token).get("/v1/admin/imports/not-an-id/rejections").then().statusCode(404)
                .contentType("application/problem+json");
        given().auth().oauth2(token).get("/v1/admin/imports/" + java.util.UUID.randomUUID() + "/rejections").then().statusCode(404);
        given().get(rejections).then().statusCode(401);
        given().auth().oauth2(token).get("/v1/admin/imports").then().statusCode(200)
                .body("[0].rejections", org.hamcrest.Matchers.nullValue())
                .body("[0].counts.rejected", equalTo(3))
                .body("[0].rejections_url", equalTo(rejections));
    }

    @Test
    void aChangedRecordIsUpdatedInPlace() throws Exception {
        String header = "image_path,image_filename,pill_name,shape,color,imprint\n";
        String row = "x,12345-6789-01_RXNAVIMAGE10_AB12.JPG,TESTOL 5 MG ORAL TABLET,ROUND,%s,ZQ;77\n";
        assertCounts(Imports.upload(write("one.csv", (header + row.formatted("WHITE")).getBytes())), 1, 1, 0, 0, 0, 0);
        assertCounts(Imports.upload(write("one.csv", (header + row.formatted("BLUE")).getBytes())), 1, 0, 1, 0, 0, 0);
        given().get("/v1/pills/search?imprint=ZQ77").then().statusCode(200)
                .body("total", equalTo(1))
                .body("results[0].pill.colors", equalTo(List.of("BLUE")));
    }

    @Test
    void aCsvWithACorruptTailLeavesTheCatalogExactlyAsItWas() throws Exception {
        Path csv = Fixtures.RXIMAGE;
        assertCounts(Imports.upload(write("first.csv", "image_path,image_filename,pill_name,shape,color,imprint\nx,12345-6789-01_RXNAVIMAGE10_AB12.JPG,TESTOL 5 MG ORAL TABLET,ROUND,WHITE,ZQ;77\n".getBytes())),
                1, 1, 0, 0, 0, 0);
        CatalogState.Snapshot before = catalog.snapshot();

        byte[] good = Files.readAllBytes(csv);
        byte[] corrupt = new byte[good.length + 4];
        System.arraycopy(good, 0, corrupt, 0, good.length);
        corrupt[good.length] = 'x';
        corrupt[good.length + 1] = ',';
        corrupt[good.length + 2] = (byte) 0xC3; // a UTF-8 lead byte with no continuation
        corrupt[good.length + 3] = '\n';
        ExtractableResponse<Response> job = Imports.upload(write("corrupt-tail.csv", corrupt));
        assertEquals("failed", job.path("state"));
        // the fixture's 50 lines, then the corrupt one
        assertEquals("The file cannot be imported as rximage: line 51 is not UTF-8 text. Nothing was stored.", job.path("error"));
        assertEquals(before, catalog.snapshot(), "nothing stored, nothing changed");
        given().get("/v1/pills/search?imprint=ZQ77").then().body("total", equalTo(1));
    }

    @Test
    void aTruncatedZipLeavesTheCatalogExactlyAsItWas() throws Exception {
        CatalogState.Snapshot before = catalog.snapshot();
        byte[] zip = SplReaderTest.zipOfLabels(false);
        byte[] truncated = java.util.Arrays.copyOf(zip, zip.length - 2000);
        ExtractableResponse<Response> job = Imports.upload(write("truncated.zip", truncated));
        assertEquals("failed", job.path("state"));
        assertEquals(before, catalog.snapshot());
    }
}
