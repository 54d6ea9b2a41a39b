package dev.pillid.robustness;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.pillid.testing.AdminTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.RestAssured;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Requests the HTTP layer refuses before any route or exception mapper sees them (an invalid
 * request target, a request line or headers over the limits, a malformed header, a chunked body
 * over the limit) are answered with a problem document all the same. Sent over raw sockets, as
 * REST Assured would encode or refuse them. The body limit is lowered to 1 MB to keep the chunked
 * upload small.
 */
@QuarkusTest
@TestProfile(HttpLayerProblemsTest.SmallBodies.class)
class HttpLayerProblemsTest {

    static final ObjectMapper JSON = new ObjectMapper();
    static final String HOST = "Host: localhost\r\n";

    public static class SmallBodies implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("quarkus.http.limits.max-body-size", "1M");
        }
    }

    /** An answer read off the wire: status line, headers (lower-cased names), body. */
    record Answer(String statusLine, Map<String, String> headers, String body) {
        int status() {
            return Integer.parseInt(statusLine.split(" ")[1]);
        }

        JsonNode problem() throws IOException {
            assertEquals("application/problem+json", headers.get("content-type"), statusLine + " " + headers);
            assertEquals("nosniff", headers.get("x-content-type-options"), "the security headers: " + headers);
            JsonNode problem = JSON.readTree(body);
            assertEquals(status(), problem.path("status").asInt());
            return problem;
        }

        static Answer parse(byte[] bytes) {
            String text = new String(bytes, StandardCharsets.UTF_8);
            int end = text.indexOf("\r\n\r\n");
            assertTrue(end > 0, "no answer head: " + text);
            String[] lines = text.substring(0, end).split("\r\n");
            Map<String, String> headers = new java.util.HashMap<>();
            for (int i = 1; i < lines.length; i++) {
                int colon = lines[i].indexOf(':');
                headers.put(lines[i].substring(0, colon).trim().toLowerCase(Locale.ROOT), lines[i].substring(colon + 1).trim());
            }
            return new Answer(lines[0], headers, text.substring(end + 4));
        }
    }

    /** Sends the bytes and reads one answer: its head, then as many bytes as it says its body has. */
    static Answer send(String request) throws IOException {
        try (Socket socket = connect()) {
            socket.getOutputStream().write(request.getBytes(StandardCharsets.ISO_8859_1));
            socket.getOutputStream().flush();
            InputStream in = socket.getInputStream();
            ByteArrayOutputStream head = new ByteArrayOutputStream();
            while (!head.toString(StandardCharsets.ISO_8859_1).endsWith("\r\n\r\n")) {
                int b = in.read();
                assertTrue(b >= 0, "closed during the answer's head: " + head);
                head.write(b);
            }
            Answer answer = Answer.parse(head.toByteArray());
            int length = request.startsWith("HEAD ") ? 0 : Integer.parseInt(answer.headers().getOrDefault("content-length", "0"));
            return new Answer(answer.statusLine(), answer.headers(), new String(in.readNBytes(length), StandardCharsets.UTF_8));
        }
    }

    static Socket connect() throws IOException {
        Socket socket = new Socket(URI.create(RestAssured.baseURI).getHost(), RestAssured.port);
        socket.setSoTimeout(10_000);
        return socket;
    }

    @Test
    void anInvalidPercentEscapeInTheQueryIsA400Problem() throws IOException {
        Answer answer = send("GET /v1/pills/search?imprint=%zz HTTP/1.1\r\n" + HOST + "\r\n");
        assertEquals(400, answer.status());
        JsonNode problem = answer.problem();
        assertEquals("urn:pillid:problem:malformed-request", problem.path("type").asText());
        assertEquals("/v1/pills/search?imprint=%zz", problem.path("instance").asText());
        assertTrue(problem.path("detail").asText().contains("%25"), problem.toString());
    }

    @Test
    void anInvalidPercentEscapeInThePathAndAnUnencodedBarAre400Problems() throws IOException {
        for (String target : new String[] {"/v1/pills/%zz", "/v1/images/%e.jpg", "/v1/pills/search?imprint=a|b"}) {
            Answer answer = send("GET " + target + " HTTP/1.1\r\n" + HOST + "\r\n");
            assertEquals(400, answer.status(), target);
            assertEquals(target, answer.problem().path("instance").asText());
        }
    }

    @Test
    void aHeadRequestWithAnInvalidTargetGetsTheStatusWithoutABody() throws IOException {
        try (Socket socket = connect()) {
            socket.getOutputStream().write(("HEAD /v1/pills/%zz HTTP/1.1\r\n" + HOST + "Connection: close\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            Answer answer = Answer.parse(socket.getInputStream().readAllBytes());
            assertEquals(400, answer.status());
            assertEquals("", answer.body(), "nothing after the head");
        }
    }

    @Test
    void aMalformedHeaderIsA400Problem() throws IOException {
        Answer answer = send("GET /v1/colors HTTP/1.1\r\n" + HOST + "Bad Header: x\r\n\r\n");
        assertEquals(400, answer.status());
        JsonNode problem = answer.problem();
        assertEquals("urn:pillid:problem:malformed-request", problem.path("type").asText());
        assertTrue(problem.path("instance").isMissingNode(), problem.toString());
    }

    @Test
    void aRequestLineOverTheLimitIsA414Problem() throws IOException {
        Answer answer = send("GET /v1/pills/search?imprint=" + "A".repeat(70_000) + " HTTP/1.1\r\n" + HOST + "\r\n");
        assertEquals(414, answer.status());
        JsonNode problem = answer.problem();
        assertEquals("urn:pillid:problem:request-line-too-long", problem.path("type").asText());
        assertTrue(problem.path("detail").asText().contains("65536 bytes"), problem.toString());
    }

    @Test
    void headersOverTheLimitAreA431Problem() throws IOException {
        Answer answer = send("GET /v1/colors HTTP/1.1\r\n" + HOST + "Cookie: " + "c".repeat(30_000) + "\r\n\r\n");
        assertEquals(431, answer.status());
        JsonNode problem = answer.problem();
        assertEquals("urn:pillid:problem:headers-too-large", problem.path("type").asText());
        assertTrue(problem.path("detail").asText().contains("20480 bytes"), problem.toString());
    }

    @Test
    void aDeclaredBodyOverTheLimitIsA413Problem() throws IOException {
        Answer answer = send("POST /v1/admin/imports HTTP/1.1\r\n" + HOST + "Content-Type: application/json\r\nContent-Length: 1048577\r\n\r\n");
        assertEquals(413, answer.status());
        JsonNode problem = answer.problem();
        assertEquals("urn:pillid:problem:body-too-large", problem.path("type").asText());
        assertTrue(problem.path("detail").asText().contains("1 MB"), problem.toString());
    }

    @Test
    void aChunkedBodyOverTheLimitIsA413ProblemAndNoError() throws Exception {
        List<LogRecord> errors = new CopyOnWriteArrayList<>();
        Handler handler = new Handler() {
            @Override
            public void publish(LogRecord record) {
                if (record.getLevel().intValue() >= Level.SEVERE.intValue()) {
                    errors.add(record);
                }
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        Logger root = Logger.getLogger("");
        root.addHandler(handler);
        try (Socket socket = connect()) {
            OutputStream out = socket.getOutputStream();
            out.write(("POST /v1/admin/imports HTTP/1.1\r\n" + HOST + "Authorization: Bearer " + AdminTokens.catalogAdmin() + "\r\n"
                    + "Content-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            // The body goes on in the background: the answer comes as soon as the limit is passed.
            CompletableFuture<Void> body = CompletableFuture.runAsync(() -> {
                // A file name of 2 MB: valid JSON as far as it goes, so that only its size is refused.
                byte[] chunk = ("10000\r\n" + "a".repeat(0x10000) + "\r\n").getBytes(StandardCharsets.US_ASCII);
                try {
                    out.write("9\r\n{\"file\":\"\r\n".getBytes(StandardCharsets.US_ASCII));
                    for (int i = 0; i < 32; i++) {
                        out.write(chunk);
                    }
                    out.write("0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
                } catch (IOException closedByTheServer) {
                    // expected once the service has answered
                }
            });
            Answer answer = Answer.parse(readUntilClosed(socket.getInputStream()));
            body.join();
            assertEquals(413, answer.status());
            JsonNode problem = answer.problem();
            assertEquals("urn:pillid:problem:body-too-large", problem.path("type").asText());
            assertEquals("/v1/admin/imports", problem.path("instance").asText());
            given().get("/v1/colors").then().statusCode(200);
            assertTrue(errors.isEmpty(), "logged as errors: " + errors.stream().map(LogRecord::getMessage).toList());
        } finally {
            root.removeHandler(handler);
        }
    }

    @Test
    void aGoodRequestOnTheSameKindOfConnectionIsAnsweredAsUsual() throws IOException {
        Answer answer = send("GET /v1/pills/search?imprint=PD%20155 HTTP/1.1\r\n" + HOST + "Connection: close\r\n\r\n");
        assertEquals(200, answer.status());
        assertTrue(answer.headers().get("content-type").startsWith("application/json"), answer.headers().toString());
        given().get("/v1/pills/search?imprint=PD").then().statusCode(200).body("results[0].pill.imprint", equalTo("PD;155;10"));
        assertNull(answer.headers().get("transfer-encoding"));
    }

    private static byte[] readUntilClosed(InputStream in) {
        ByteArrayOutputStream into = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        try {
            for (int n; (n = in.read(buffer)) >= 0; ) {
                into.write(buffer, 0, n);
            }
        } catch (IOException reset) {
            // a reset after the answer: what arrived is kept
        }
        return into.toByteArray();
    }
}
