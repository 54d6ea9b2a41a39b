package dev.pillid.imports;

import dev.pillid.testing.AdminTokens;
import dev.pillid.testing.CatalogState;
import dev.pillid.testing.Fixtures;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.startsWith;

/** Who may import, and what a refused import request answers. */
@QuarkusTest
class ImportApiTest {

    @Inject
    CatalogState catalog;
    @Inject
    ImportJobRepository jobs;

    @AfterEach
    void backToTheDemoCatalog() throws Exception {
        catalog.resetToDemo();
    }

    static Path aFile() throws Exception {
        return CatalogImportTest.write("tiny.csv", "image_path,image_filename,pill_name,shape,color,imprint\n".getBytes());
    }

    @Test
    void withoutATokenImportsAre401() throws Exception {
        given().multiPart("file", aFile().toFile()).post("/v1/admin/imports")
                .then().statusCode(401).contentType("application/problem+json")
                .header("WWW-Authenticate", "Bearer")
                .body("status", equalTo(401))
                .body("detail", containsString("bearer token"));
        given().get("/v1/admin/imports").then().statusCode(401).contentType("application/problem+json");
    }

    @Test
    void aTokenFromAnotherIssuerIs401() throws Exception {
        given().auth().oauth2(AdminTokens.fromAnotherIssuer()).get("/v1/admin/imports")
                .then().statusCode(401).contentType("application/problem+json");
        given().auth().oauth2("not-a-jwt").get("/v1/admin/imports")
                .then().statusCode(401).contentType("application/problem+json");
    }

    @Test
    void aTokenWithoutTheCatalogAdminRoleIs403() throws Exception {
        given().auth().oauth2(AdminTokens.withoutTheRole()).multiPart("file", aFile().toFile()).post("/v1/admin/imports")
                .then().statusCode(403).contentType("application/problem+json")
                .body("status", equalTo(403))
                .body("detail", containsString("catalog-admin"));
    }

    @Test
    void readsStayPublic() {
        given().get("/v1/pills/search?imprint=PD").then().statusCode(200);
        given().get("/v1/colors").then().statusCode(200);
    }

    @Test
    void theJobSaysWhereItIsAndWhoSubmittedIt() throws Exception {
        String location = given().auth().oauth2(AdminTokens.catalogAdmin())
                .multiPart("file", Fixtures.PILLBOX.toFile())
                .post("/v1/admin/imports")
                .then().statusCode(202).contentType("application/json")
                .header("Location", startsWith("http://localhost:8081/v1/admin/imports/"))
                .body("state", equalTo("queued"))
                .body("format", equalTo("pillbox"))
                .body("file_name", equalTo("pillbox-rows.txt"))
                .body("submitted_by", equalTo("test-operator"))
                .extract().header("Location");
        Imports.awaitEnd(location);
        given().auth().oauth2(AdminTokens.catalogAdmin()).get(location).then().statusCode(200)
                .body("self", equalTo(location))
                .body("progress.phase", equalTo("done"));
        given().auth().oauth2(AdminTokens.catalogAdmin()).get("/v1/admin/imports").then().statusCode(200)
                .body("self", hasItems(location));
    }

    @Test
    void refusedImportRequestsSayWhatToSend() throws Exception {
        String admin = AdminTokens.catalogAdmin();
        given().auth().oauth2(admin).multiPart("format", "spl").post("/v1/admin/imports")
                .then().statusCode(400).contentType("application/problem+json")
                .body("detail", containsString("form field 'file'"));
        given().auth().oauth2(admin).multiPart("file", aFile().toFile()).multiPart("format", "excel").post("/v1/admin/imports")
                .then().statusCode(400).contentType("application/problem+json")
                .body("detail", containsString("Unknown format 'excel'"))
                .body("valid_values", hasItems("pillbox", "spl", "rximage"));
        given().auth().oauth2(admin).multiPart("file", CatalogImportTest.write("what.txt", "hello\nworld\n".getBytes()).toFile())
                .post("/v1/admin/imports")
                .then().statusCode(400).contentType("application/problem+json")
                .body("detail", containsString("Cannot tell the file's format"));
        given().auth().oauth2(admin).contentType("application/json").body("{\"file\":\"../../etc/passwd\"}").post("/v1/admin/imports")
                .then().statusCode(400).contentType("application/problem+json");
        given().auth().oauth2(admin).get("/v1/admin/imports/not-a-job").then().statusCode(404)
                .contentType("application/problem+json");
        given().auth().oauth2(admin).get("/v1/admin/imports/00000000-0000-0000-0000-000000000000").then().statusCode(404);
    }

    @Test
    void importsNamedInTheServersImportFolderAreRead() throws Exception {
        // The test profile's import folder is the fixtures' (application.properties).
        String location = given().auth().oauth2(AdminTokens.catalogAdmin()).contentType("application/json")
                .body("{\"file\":\"pillbox/pillbox-rows.txt\"}").post("/v1/admin/imports")
                .then().statusCode(202).extract().header("Location");
        CatalogImportTest.assertCounts(Imports.awaitEnd(location), 5, 5, 0, 0, 0, 0);
    }

    @Test
    void theOperatorsCommandImportsAFileAndFollowsItToTheEnd() throws Exception {
        Path file = Fixtures.PILLBOX;
        ProcessBuilder command = new ProcessBuilder("bash", "src/main/scripts/pillid-import", file.toString())
                .redirectErrorStream(true);
        command.environment().put("PILLID_URL", "http://localhost:8081");
        command.environment().put("PILLID_TOKEN", AdminTokens.catalogAdmin());
        Process process = command.start();
        String output = new String(process.getInputStream().readAllBytes());
        org.junit.jupiter.api.Assertions.assertEquals(0, process.waitFor(), output);
        org.junit.jupiter.api.Assertions.assertTrue(output.contains("100.0%"), output);
        org.junit.jupiter.api.Assertions.assertTrue(output.contains(
                "succeeded: read 5, added 5, updated 0, unchanged 0, duplicates 0, rejected 0"), output);
    }

    @Test
    void theOperatorsCommandSaysWhenTheServiceRefusesTheImport() throws Exception {
        ProcessBuilder command = new ProcessBuilder("bash", "src/main/scripts/pillid-import",
                aFile().toString(), "excel").redirectErrorStream(true);
        command.environment().put("PILLID_URL", "http://localhost:8081");
        command.environment().put("PILLID_TOKEN", AdminTokens.catalogAdmin());
        Process process = command.start();
        String output = new String(process.getInputStream().readAllBytes());
        org.junit.jupiter.api.Assertions.assertEquals(1, process.waitFor(), output);
        org.junit.jupiter.api.Assertions.assertTrue(output.contains("HTTP 400") && output.contains("Unknown format 'excel'"), output);
    }

    @Test
    void importsInterruptedByAStopAreMarkedFailedAtTheNextStart() {
        ImportJob job = jobs.create(ImportFormat.SPL, "big.zip", 10L, "someone");
        jobs.start(job.id(), 10L);
        jobs.failInterrupted();
        ImportJob after = jobs.job(job.id()).orElseThrow();
        org.junit.jupiter.api.Assertions.assertEquals("failed", after.state());
        org.junit.jupiter.api.Assertions.assertTrue(after.error().contains("nothing of it was stored"));
    }
}
