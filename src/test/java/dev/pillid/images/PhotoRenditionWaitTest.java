package dev.pillid.images;

import dev.pillid.testing.TestPhotos;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

/** A rendition that takes longer than a request may wait is answered 503 at once and finished for the next request. */
@QuarkusTest
@TestProfile(PhotoRenditionWaitTest.ShortWait.class)
class PhotoRenditionWaitTest {

    public static class ShortWait implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("pillid.images.rendition-wait", "1ms");
        }
    }

    @Test
    void aRequestNeverWaitsLongerThanTheBoundForItsRendition() throws Exception {
        Path photo = TestPhotos.DIR.resolve("slow-" + System.nanoTime() + ".jpg");
        TestPhotos.writeJpeg(photo, 2400, 2104, (int) System.nanoTime());
        String url = "/v1/images/" + photo.getFileName() + "?width=120";
        given().get(url).then().statusCode(503).contentType("application/problem+json")
                .header("Retry-After", equalTo("1"))
                .body("type", equalTo("urn:pillid:problem:rendition-unavailable"))
                .body("detail", containsString("still being made"));
        long until = System.nanoTime() + 10_000_000_000L;
        int status;
        do {
            Thread.sleep(50);
            status = given().get(url).statusCode();
        } while (status == 503 && System.nanoTime() < until);
        given().get(url).then().statusCode(200).contentType("image/jpeg");
    }
}
