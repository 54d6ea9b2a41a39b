package dev.pillid.images;

import dev.pillid.testing.TestPhotos;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;

@QuarkusTest
class PhotoResourceTest {

    @Test
    void servesAPillsPhotoWithItsBytesTypeEtagAndLongCaching() throws Exception {
        Path folder = TestPhotos.DIR;
        String url = given().get("/v1/pills/search?imprint=PD 157 40").then().statusCode(200)
                .extract().path("results[0].pill.image_urls[0]");
        String file = url.substring(url.lastIndexOf('/') + 1);
        Response photo = given().get(URI.create(url).getPath());
        photo.then().statusCode(200)
                .contentType("image/jpeg")
                .header("Cache-Control", containsString("max-age=31536000"));
        assertArrayEquals(Files.readAllBytes(folder.resolve(file)), photo.asByteArray());

        String etag = photo.header("ETag");
        given().header("If-None-Match", etag).get(URI.create(url).getPath())
                .then().statusCode(304).header("ETag", equalTo(etag));
    }

    @Test
    void unknownPhotoIsAProblem() {
        given().get("/v1/images/00000-0000-00_NOPE.jpg").then().statusCode(404).contentType("application/problem+json")
                .body("detail", containsString("No photo named 00000-0000-00_NOPE.jpg"));
        given().get("/v1/images/..%2F..%2Fetc%2Fpasswd").then().statusCode(404);
    }
}
