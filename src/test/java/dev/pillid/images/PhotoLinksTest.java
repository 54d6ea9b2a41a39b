package dev.pillid.images;

import dev.pillid.catalog.PillRecord;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The photos a pill lists: where each is, its thumbnail, and whom it is credited to. */
@QuarkusTest
class PhotoLinksTest {

    static final String DAILYMED = "https://dailymed.nlm.nih.gov/dailymed/image.cfm?setid=c6e131fe&name=lipitor-01.jpg";
    static final String RXIMAGE = "00071-0157-23_RXNAVIMAGE10_4E1B2769.jpg";

    @Inject
    PhotoLinks links;

    private static PillRecord pill(String source, String... images) {
        return new PillRecord(source, "key", "citation", "Lipitor", "40 mg", List.of("ATORVASTATIN CALCIUM"), "TABLET", null, "RX",
                null, "0071-0157", "0071-0157-23", null, null, null, "PD;157;40", List.of("WHITE"), "OVAL", null, null, List.of(images));
    }

    @Test
    void aPhotoThisServiceServesHasARenditionAsItsThumbnail() {
        List<PhotoLinks.Photo> photos = links.photos(pill("demo", RXIMAGE), () -> URI.create("https://pills.example.org/"));
        assertEquals(List.of(new PhotoLinks.Photo("https://pills.example.org/v1/images/" + RXIMAGE,
                "https://pills.example.org/v1/images/" + RXIMAGE + "?width=120", PhotoCredit.RXIMAGE)), photos);
    }

    @Test
    void aRemotePhotoIsItsOwnThumbnailAndIsCreditedToItsSite() {
        List<PhotoLinks.Photo> photos = links.photos(pill("spl", DAILYMED, "not-in-the-folder.jpg"), () -> {
            throw new AssertionError("a remote photo needs no request base");
        });
        assertEquals(List.of(new PhotoLinks.Photo(DAILYMED, DAILYMED, PhotoCredit.DAILYMED)), photos,
                "the DailyMed photo, and not the file the folder does not have");
    }
}
