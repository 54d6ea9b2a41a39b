package dev.pillid.images;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.pillid.catalog.CatalogService;
import dev.pillid.catalog.PillRecord;
import dev.pillid.testing.SharedData;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.RestAssured;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The default catalog, the 4,390 RxImage pills, with the RxImage photographs of ../shared/data as
 * its photo folder, as in development: nearly every pill lists a photo that loads, and its list
 * thumbnail is small and revalidates with its ETag. Skipped when ../shared/data is absent.
 */
@QuarkusTest
@TestProfile(DefaultCatalogPhotosTest.WithTheRxImagePhotographs.class)
class DefaultCatalogPhotosTest {

    /** One in this many pills has its photo decoded whole and its thumbnail fetched; every pill's photo is fetched and its header read. */
    static final int SAMPLE_EVERY = 40;
    static final int THUMBNAIL_LIMIT_BYTES = 10 * 1024;

    public static class WithTheRxImagePhotographs implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("pillid.catalog.load-when-empty", "rximage",
                    "pillid.images.dir", SharedData.ROOT.resolve("rximage-images").toString(),
                    "pillid.catalog.snapshot-file", "target/default-catalog-photos-test/snapshot.json");
        }
    }

    @Inject
    CatalogService catalog;
    @Inject
    ObjectMapper json;

    final HttpClient http = HttpClient.newHttpClient();

    @BeforeEach
    void needsThePhotographs() {
        SharedData.require("rximage-images");
    }

    @Test
    void nearlyEveryPillListsAPhotoThatLoadsWithASmallThumbnailThatRevalidates() throws Exception {
        List<PillRecord> pills = catalog.spread(Integer.MAX_VALUE);
        assertEquals(4390, pills.size(), "the default catalog");
        int withPhoto = 0;
        List<Integer> thumbnailSizes = new ArrayList<>();
        List<String> without = new ArrayList<>();
        for (int i = 0; i < pills.size(); i++) {
            long id = pills.get(i).id();
            HttpResponse<byte[]> detail = get(URI.create(RestAssured.baseURI + ":" + RestAssured.port + "/v1/pills/" + id), null);
            assertEquals(200, detail.statusCode());
            JsonNode photos = json.readTree(detail.body()).path("photos");
            if (photos.isEmpty()) {
                without.add(pills.get(i).sourceKey());
                continue;
            }
            JsonNode photo = photos.get(0);
            HttpResponse<byte[]> original = get(URI.create(photo.path("url").asText()), null);
            boolean sampled = i % SAMPLE_EVERY == 0;
            if (original.statusCode() != 200 || !isImage(original.body(), sampled)) {
                without.add(pills.get(i).sourceKey());
                continue;
            }
            withPhoto++;
            assertEquals("National Library of Medicine (NLM), RxImage", photo.path("attribution").asText());
            if (sampled) {
                thumbnailSizes.add(checkThumbnail(URI.create(photo.path("thumbnail_url").asText())));
            }
        }
        thumbnailSizes.sort(null);
        System.out.printf("default catalog: %d of %d pills list a photo that loads; %d thumbnails sampled: %d to %d bytes, median %d%n",
                withPhoto, pills.size(), thumbnailSizes.size(), thumbnailSizes.get(0), thumbnailSizes.get(thumbnailSizes.size() - 1),
                thumbnailSizes.get(thumbnailSizes.size() / 2));
        assertTrue(withPhoto >= Math.ceil(pills.size() * 0.99),
                withPhoto + " of " + pills.size() + " pills list a photo that loads; without: " + without.subList(0, Math.min(20, without.size())));
        assertTrue(thumbnailSizes.size() >= pills.size() / SAMPLE_EVERY - 1);
    }

    /** The thumbnail: 200, a JPEG 120 wide under 10 KB, and 304 to its ETag. Its size. */
    private int checkThumbnail(URI url) throws Exception {
        HttpResponse<byte[]> thumbnail = get(url, null);
        assertEquals(200, thumbnail.statusCode(), url.toString());
        assertEquals("image/jpeg", thumbnail.headers().firstValue("Content-Type").orElse(null));
        assertTrue(thumbnail.body().length < THUMBNAIL_LIMIT_BYTES, url + ": " + thumbnail.body().length + " bytes");
        assertEquals(120, ImageIO.read(new ByteArrayInputStream(thumbnail.body())).getWidth());
        String etag = thumbnail.headers().firstValue("ETag").orElse(null);
        assertNotNull(etag);
        HttpResponse<byte[]> again = get(url, etag);
        assertEquals(304, again.statusCode(), url.toString());
        assertEquals(etag, again.headers().firstValue("ETag").orElse(null));
        return thumbnail.body().length;
    }

    /** Whether the bytes are an image: its header read with an ImageReader, and, when {@code whole}, all of it decoded. */
    private static boolean isImage(byte[] bytes, boolean whole) throws IOException {
        if (whole) {
            return ImageIO.read(new ByteArrayInputStream(bytes)) != null;
        }
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(bytes))) {
            Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
            if (!readers.hasNext()) {
                return false;
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in, true, true);
                return reader.getWidth(0) > 0 && reader.getHeight(0) > 0;
            } finally {
                reader.dispose();
            }
        }
    }

    private HttpResponse<byte[]> get(URI url, String ifNoneMatch) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(url).GET();
        if (ifNoneMatch != null) {
            request.header("If-None-Match", ifNoneMatch);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }
}
