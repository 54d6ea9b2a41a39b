package dev.pillid.imports;

import dev.pillid.testing.AdminTokens;
import dev.pillid.testing.CatalogState;
import dev.pillid.testing.Fixtures;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
        given().auth().oauth2(admin).contentType("application/json").body("{\"file\":[1]}").post("/v1/admin/imports")
                .then().statusCode(400).contentType("application/problem+json")
                .body("type", equalTo("urn:pillid:problem:invalid-body"))
                .body("detail", containsString("not the JSON this endpoint reads"));
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

    static final String CSV = "image_path,image_filename,pill_name,shape,color,imprint\n"
            + "x,12345-6789-01_RXNAVIMAGE10_AB12.JPG,TESTOL 5 MG ORAL TABLET,ROUND,WHITE,ZQ;77\n";
    static final String PART = "--XYZ\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.csv\"\r\n"
            + "Content-Type: text/csv\r\n\r\n";

    /** An upload's head, with a bearer token, declaring a multipart body of this length. */
    static byte[] head(long contentLength) {
        return ("POST /v1/admin/imports HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer " + AdminTokens.catalogAdmin()
                + "\r\nContent-Type: multipart/form-data; boundary=XYZ\r\nContent-Length: " + contentLength + "\r\n\r\n")
                .getBytes(StandardCharsets.US_ASCII);
    }

    /** What the service answers on this connection until it closes it, or "" when it answers nothing. */
    static String answer(Socket socket) throws Exception {
        socket.setSoTimeout(15_000);
        InputStream in = socket.getInputStream();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        try {
            for (int n; (n = in.read(buffer)) >= 0; ) {
                out.write(buffer, 0, n);
                String text = out.toString(StandardCharsets.UTF_8);
                if (text.contains("\r\n\r\n{") && text.endsWith("}")) {
                    break;
                }
            }
        } catch (java.net.SocketException e) {
            // reset by the service: nothing more to read
        }
        return out.toString(StandardCharsets.UTF_8);
    }

    int jobCount() {
        return jobs.recent(1000).size();
    }

    @Test
    void aMultipartBodyCutShortIs400AndQueuesNothing() throws Exception {
        int before = jobCount();
        for (String body : List.of(PART + CSV, PART + CSV + "\r\n--XY", PART.substring(0, 60))) {
            try (Socket socket = new Socket("localhost", io.restassured.RestAssured.port)) {
                socket.getOutputStream().write(head(body.length()));
                socket.getOutputStream().write(body.getBytes(StandardCharsets.US_ASCII));
                String answer = answer(socket);
                assertTrue(answer.startsWith("HTTP/1.1 400"), answer);
                assertTrue(answer.toLowerCase(java.util.Locale.ROOT).contains("content-type: application/problem+json"), answer);
                assertTrue(answer.contains("\"type\":\"urn:pillid:problem:invalid-body\"")
                        && answer.contains("no closing boundary"), answer);
            }
        }
        assertEquals(before, jobCount(), "no job queued");
    }

    @Test
    void aClientThatStopsMidBodyGetsNoAnswerAndLeavesNoJobNorError() throws Exception {
        int before = jobCount();
        List<LogRecord> logged = new ArrayList<>();
        Handler capture = new Handler() {
            @Override
            public void publish(LogRecord record) {
                synchronized (logged) {
                    logged.add(record);
                }
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        java.util.logging.Logger root = java.util.logging.Logger.getLogger("");
        root.addHandler(capture);
        try {
            for (boolean closeAll : new boolean[]{true, false}) {
                String body = PART + CSV;
                try (Socket socket = new Socket("localhost", io.restassured.RestAssured.port)) {
                    socket.getOutputStream().write(head(body.length() + 100_000));
                    socket.getOutputStream().write(body.getBytes(StandardCharsets.US_ASCII));
                    socket.getOutputStream().flush();
                    Thread.sleep(200);
                    if (closeAll) {
                        socket.close();
                    } else {
                        socket.shutdownOutput();
                        assertEquals("", answer(socket), "no answer once the client has stopped sending");
                    }
                }
                awaitLogged(logged, "the client closed the connection before the request's body ended", closeAll ? 1 : 2);
            }
        } finally {
            root.removeHandler(capture);
        }
        synchronized (logged) {
            List<String> errors = logged.stream().filter(r -> r.getLevel().intValue() >= Level.SEVERE.intValue())
                    .map(r -> r.getLoggerName() + ": " + r.getMessage()).toList();
            assertEquals(List.of(), errors, "nothing logged as an error");
        }
        assertEquals(before, jobCount(), "no job queued");
    }

    private static void awaitLogged(List<LogRecord> logged, String text, int times) throws InterruptedException {
        for (int i = 0; i < 100; i++) {
            synchronized (logged) {
                if (logged.stream().filter(r -> String.valueOf(r.getMessage()).contains(text)
                        || new java.util.logging.SimpleFormatter().formatMessage(r).contains(text)).count() >= times) {
                    return;
                }
            }
            Thread.sleep(100);
        }
        synchronized (logged) {
            throw new AssertionError("not logged " + times + " time(s): " + text + "; logged: "
                    + logged.stream().map(r -> r.getLevel() + " " + r.getMessage()).toList());
        }
    }

    @Test
    void aNulCharacterInAFileNameIsNoFailure() throws Exception {
        given().auth().oauth2(AdminTokens.catalogAdmin()).contentType("application/json")
                .body("{\"file\":\"pillbox/pillbox-rows.txt\\u0000.zip\"}").post("/v1/admin/imports")
                .then().statusCode(400).contentType("application/problem+json")
                .body("detail", startsWith("No file named pillbox/pillbox-rows.txt"));

        String body = PART.replace("a.csv", "a\u0000b.csv") + CSV + "\r\n--XYZ--\r\n";
        String answer;
        try (Socket socket = new Socket("localhost", io.restassured.RestAssured.port)) {
            socket.getOutputStream().write(head(body.length()));
            socket.getOutputStream().write(body.getBytes(StandardCharsets.US_ASCII));
            answer = answer(socket);
        }
        assertTrue(answer.startsWith("HTTP/1.1 202"), answer);
        String location = answer.lines().filter(l -> l.toLowerCase(java.util.Locale.ROOT).startsWith("location:"))
                .findFirst().orElseThrow().substring("location:".length()).trim();
        var job = Imports.awaitEnd(location.replace("http://localhost/", "http://localhost:" + io.restassured.RestAssured.port + "/"));
        assertEquals("succeeded", job.path("state"), job.asString());
        assertEquals("a b.csv", job.path("file_name"));
    }
}
