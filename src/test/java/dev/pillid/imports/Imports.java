package dev.pillid.imports;

import dev.pillid.testing.AdminTokens;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;

import static io.restassured.RestAssured.given;

/** Submits imports over HTTP as an operator would, and waits for them to end. */
public final class Imports {

    private Imports() {
    }

    /** Uploads a file and answers the finished job. */
    public static ExtractableResponse<Response> upload(Path file) {
        String location = given().auth().oauth2(AdminTokens.catalogAdmin())
                .multiPart("file", file.toFile())
                .when().post("/v1/admin/imports")
                .then().statusCode(202).extract().header("Location");
        return awaitEnd(location);
    }

    public static ExtractableResponse<Response> awaitEnd(String location) {
        Instant deadline = Instant.now().plus(Duration.ofMinutes(1));
        while (true) {
            ExtractableResponse<Response> job = given().auth().oauth2(AdminTokens.catalogAdmin())
                    .get(location).then().statusCode(200).extract();
            String state = job.path("state");
            if (state.equals("succeeded") || state.equals("failed")) {
                return job;
            }
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("import still " + state + " after a minute: " + job.asString());
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }
}
