package dev.pillid.images;

import dev.pillid.testing.TestPhotos;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Renditions at /v1/images/{file}?width=N, on the test photos (300x263, as RxImage's are) and on hostile files. */
@QuarkusTest
class PhotoRenditionTest {

    @Inject
    Renditions renditions;

    private static String demoPhoto() {
        String url = given().get("/v1/pills/search?imprint=PD 157 40").then().statusCode(200)
                .extract().path("results[0].pill.image_urls[0]");
        return URI.create(url).getPath();
    }

    @Test
    void aThumbnailIsASmallerJpegWithItsOwnEtagAndTheSameCaching() throws Exception {
        String photo = demoPhoto();
        Response original = given().get(photo);
        Response thumbnail = given().get(photo + "?width=120");
        thumbnail.then().statusCode(200).contentType("image/jpeg")
                .header("Cache-Control", equalTo(original.header("Cache-Control")));
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(thumbnail.asByteArray()));
        assertEquals(120, image.getWidth());
        assertEquals(105, image.getHeight(), "263 * 120 / 300, rounded: the aspect ratio kept");
        assertTrue(thumbnail.asByteArray().length < original.asByteArray().length);
        String etag = thumbnail.header("ETag");
        assertNotEquals(original.header("ETag"), etag);

        given().header("If-None-Match", etag).get(photo + "?width=120").then().statusCode(304).header("ETag", equalTo(etag))
                .header("Cache-Control", containsString("max-age=31536000"));
        given().header("If-None-Match", original.header("ETag")).get(photo + "?width=120").then().statusCode(200);
        assertArrayEquals(thumbnail.asByteArray(), given().get(photo + "?width=120").asByteArray(), "the kept rendition");
    }

    @Test
    void aPhotoNoWiderThanTheWidthIsServedAsItIs() {
        String photo = demoPhoto();
        Response original = given().get(photo);
        for (int width : List.of(300, 600)) {
            Response served = given().get(photo + "?width=" + width);
            served.then().statusCode(200).contentType("image/jpeg").header("ETag", equalTo(original.header("ETag")));
            assertArrayEquals(original.asByteArray(), served.asByteArray());
        }
    }

    @Test
    void anyOtherWidthIsAProblemNamingTheAllowedOnes() {
        String photo = demoPhoto();
        for (String width : List.of("121", "0", "-120", "1200", "abc", "", "120.0", "0120", "%20120", "99999999999999999999")) {
            given().get(photo + "?width=" + width).then().statusCode(400).contentType("application/problem+json")
                    .body("type", equalTo("urn:pillid:problem:invalid-parameter"))
                    .body("detail", containsString("width must be one of 120, 300, 600"))
                    .body("valid_values", equalTo(List.of("120", "300", "600")));
        }
        given().get("/v1/images/00000-0000-00_NOPE.jpg?width=120").then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void hostileFilesAnswerAProblemNotAFailure() throws Exception {
        Path huge = HostilePhotos.declaringHugeSize(TestPhotos.DIR.resolve("hostile-huge.jpg"));
        Path cut = HostilePhotos.truncated(TestPhotos.DIR.resolve("hostile-cut.jpg"));
        Path page = HostilePhotos.notAnImage(TestPhotos.DIR.resolve("hostile-page.jpg"));
        for (Path file : List.of(huge, cut, page)) {
            for (int i = 0; i < 2; i++) {
                given().get("/v1/images/" + file.getFileName() + "?width=120").then().statusCode(422)
                        .contentType("application/problem+json")
                        .body("type", equalTo("urn:pillid:problem:photo-unusable"))
                        .body("detail", containsString("cannot be made into a rendition"));
            }
        }
        given().get("/v1/images/hostile-huge.jpg?width=300").then().statusCode(422)
                .body("detail", containsString("declares 50000x50000 pixels, more than the 40000000"));
        given().get("/v1/images/hostile-cut.jpg?width=120").then().body("detail", containsString("truncated"));
        Files.createDirectories(TestPhotos.RENDITIONS);
        try (Stream<Path> files = Files.list(TestPhotos.RENDITIONS)) {
            assertTrue(files.noneMatch(f -> f.getFileName().toString().endsWith(".part")), "no half-written rendition left");
        }
    }

    @Test
    void concurrentRequestsForOneRenditionMakeItOnce() throws Exception {
        Path photo = TestPhotos.DIR.resolve("concurrent-" + System.nanoTime() + ".jpg");
        TestPhotos.writeJpeg(photo, 2400, 2104, (int) System.nanoTime());
        long madeBefore = renditions.made();
        ExecutorService clients = Executors.newFixedThreadPool(8);
        try {
            List<Future<Response>> answers = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                answers.add(clients.submit(() -> given().get("/v1/images/" + photo.getFileName() + "?width=600")));
            }
            String etag = null;
            for (Future<Response> answer : answers) {
                Response response = answer.get();
                response.then().statusCode(200).contentType("image/jpeg").header("ETag", not(equalTo(null)));
                etag = etag == null ? response.header("ETag") : etag;
                assertEquals(etag, response.header("ETag"));
                assertEquals(600, ImageIO.read(new ByteArrayInputStream(response.asByteArray())).getWidth());
            }
        } finally {
            clients.shutdownNow();
        }
        assertEquals(madeBefore + 1, renditions.made(), "one making for eight requests");
    }
}
