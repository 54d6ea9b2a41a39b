package dev.pillid.robustness;

import dev.pillid.testing.AdminTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Supplier;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Thousands of generated malformed requests: random bytes and Unicode in every parameter, huge
 * values, SQL and JSON metacharacters, wrong types, wrong content types, oversized bodies. None may
 * answer 5xx; every 4xx is a problem document; the service answers normally afterwards.
 */
@QuarkusTest
class MalformedRequestsTest {

    static final long SEED = 424242L;
    static final int REQUESTS = 2000;
    static final String[] NASTY = {
        "'; drop table pill; --", "\" or 1=1 --", "%", "%%", "_", "\\", "{\"a\":", "[[[", "}", "null", "NaN", "-Infinity",
        "1e309", "-1", "0", "999999999999999999999", "<script>alert(1)</script>", "../../etc/passwd", "%00", "\u0000",
        "\u202e", "\uFEFF", "😀💊", "ǅ", "İ", "ß", " ", "\t\n", "?", "??????", ";;;;", "PD;155;10", "true", "false"};
    static final String[] PARAMETERS = {"imprint", "color", "shape", "size_mm", "score", "name", "ndc", "group", "limit", "offset"};

    final Random random = new Random(SEED);

    String randomValue() {
        return switch (random.nextInt(6)) {
            case 0 -> NASTY[random.nextInt(NASTY.length)];
            case 1 -> randomUnicode(1 + random.nextInt(80));
            case 2 -> randomBytesAsLatin1(1 + random.nextInt(40));
            case 3 -> "A".repeat(60 + random.nextInt(20_000));
            case 4 -> String.valueOf(random.nextLong());
            default -> NASTY[random.nextInt(NASTY.length)] + randomUnicode(random.nextInt(10));
        };
    }

    String randomUnicode(int length) {
        StringBuilder out = new StringBuilder();
        while (out.length() < length) {
            int codePoint = random.nextInt(0x2FFFF);
            if (Character.isDefined(codePoint) && !(codePoint >= 0xD800 && codePoint <= 0xDFFF)) {
                out.appendCodePoint(codePoint);
            }
        }
        return out.toString();
    }

    String randomBytesAsLatin1(int length) {
        byte[] bytes = new byte[length];
        random.nextBytes(bytes);
        return new String(bytes, java.nio.charset.StandardCharsets.ISO_8859_1);
    }

    @Test
    void noMalformedRequestGetsA5xxAndEvery4xxIsAProblem() {
        List<Supplier<Response>> shapes = List.of(
                () -> {
                    var request = given();
                    int count = 1 + random.nextInt(4);
                    for (int i = 0; i < count; i++) {
                        request = request.queryParam(PARAMETERS[random.nextInt(PARAMETERS.length)], randomValue());
                    }
                    return request.get("/v1/pills/search");
                },
                () -> given().queryParam("prefix", randomValue()).queryParam("limit", randomValue()).get("/v1/imprints/suggest"),
                () -> given().urlEncodingEnabled(false).get("/v1/pills/" + pathSegment(randomValue())),
                () -> given().urlEncodingEnabled(false).get("/v1/images/" + pathSegment(randomValue())),
                () -> given().contentType(random.nextBoolean() ? "application/json" : "text/plain").body(randomValue().getBytes(java.nio.charset.StandardCharsets.UTF_8))
                        .post("/v1/pills/search"),
                () -> given().auth().oauth2(AdminTokens.catalogAdmin()).contentType("application/json").body(randomValue().getBytes(java.nio.charset.StandardCharsets.UTF_8))
                        .post("/v1/admin/imports"),
                () -> given().auth().oauth2(AdminTokens.catalogAdmin()).contentType(random.nextBoolean() ? "application/xml" : "image/png")
                        .body(randomValue().getBytes(java.nio.charset.StandardCharsets.UTF_8)).post("/v1/admin/imports"),
                () -> given().auth().oauth2(randomValue().replaceAll("[^\\x21-\\x7e]", "x")).get("/v1/admin/imports"),
                () -> given().auth().oauth2(AdminTokens.catalogAdmin()).urlEncodingEnabled(false)
                        .get("/v1/admin/imports/" + pathSegment(randomValue())),
                () -> given().header("Accept", random.nextBoolean() ? "text/html" : "application/xml")
                        .queryParam("imprint", randomValue()).get("/v1/pills/search"));
        List<String> failures = new ArrayList<>();
        for (int i = 0; i < REQUESTS && failures.size() < 10; i++) {
            int shape = random.nextInt(shapes.size());
            Response response = shapes.get(shape).get();
            int status = response.statusCode();
            String type = String.valueOf(response.contentType());
            if (status >= 500) {
                failures.add("request " + i + " (shape " + shape + ") answered " + status + ": " + abbreviate(response.asString()));
            } else if (status >= 400 && !type.startsWith("application/problem+json")) {
                failures.add("request " + i + " (shape " + shape + ") answered " + status + " as " + type + ": " + abbreviate(response.asString()));
            } else if (status >= 400 && (response.asString().contains("Exception") || response.asString().contains("java."))) {
                failures.add("request " + i + " (shape " + shape + ") leaked internals: " + abbreviate(response.asString()));
            }
        }
        assertTrue(failures.isEmpty(), String.join("\n", failures));

        given().get("/v1/pills/search?imprint=PD 155 10").then().statusCode(200)
                .body("results[0].pill.imprint", equalTo("PD;155;10"));
    }

    @Test
    void aBodyLargerThanTheLimitIsRefusedAsAProblemBeforeItIsRead() throws Exception {
        java.net.URL base = new java.net.URL(io.restassured.RestAssured.baseURI + ":" + io.restassured.RestAssured.port);
        try (java.net.Socket socket = new java.net.Socket(base.getHost(), base.getPort())) {
            socket.setSoTimeout(10_000);
            socket.getOutputStream().write(("POST /v1/admin/imports HTTP/1.1\r\nHost: localhost\r\n"
                    + "Content-Type: application/octet-stream\r\nContent-Length: 999999999999\r\n\r\n")
                    .getBytes(java.nio.charset.StandardCharsets.US_ASCII));
            socket.getOutputStream().flush();
            String answer = new String(socket.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            assertTrue(answer.startsWith("HTTP/1.1 413"), answer);
            assertTrue(answer.toLowerCase(java.util.Locale.ROOT).contains("content-type: application/problem+json"), answer);
            assertTrue(answer.endsWith("\r\n\r\n{\"type\":\"urn:pillid:problem:body-too-large\",\"title\":\"Content Too Large\","
                    + "\"status\":413,\"detail\":\"The body is larger than the 512 MB this service accepts. Put large catalog files "
                    + "in the server's import folder and name them instead.\",\"instance\":\"/v1/admin/imports\"}"), answer);
        }
    }

    @Test
    void corsLetsBrowserFrontEndsReadAndSeeTheEtag() {
        given().header("Origin", "https://app.example.org").header("Access-Control-Request-Method", "GET")
                .options("/v1/pills/search").then().statusCode(204)
                .header("Access-Control-Allow-Origin", "*");
        given().header("Origin", "https://app.example.org").get("/v1/colors").then().statusCode(200)
                .header("Access-Control-Allow-Origin", "*")
                .header("Access-Control-Expose-Headers", org.hamcrest.Matchers.containsString("ETag"));
    }

    /** A value as one path segment, percent-encoded as a client would send it. */
    private static String pathSegment(String value) {
        return java.net.URLEncoder.encode(value, java.nio.charset.StandardCharsets.UTF_8).replace("+", "%20");
    }

    private static String abbreviate(String body) {
        return body.length() <= 200 ? body : body.substring(0, 200) + "…";
    }
}
