package dev.pillid.images;

import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

class PhotoCreditTest {

    @Test
    void creditsAPhotoByWhatItSaysOfItselfThenByItsPillsSource() {
        assertEquals(Optional.of(PhotoCredit.DAILYMED),
                PhotoCredit.of("https://dailymed.nlm.nih.gov/dailymed/image.cfm?setid=a&name=b.jpg", "spl"));
        assertEquals(Optional.of(PhotoCredit.DAILYMED), PhotoCredit.of("https://DailyMed.nlm.nih.gov/x.jpg", "pillbox"));
        assertEquals(Optional.empty(), PhotoCredit.of("https://images.example.org/x.jpg", "spl"), "another site: no guessed credit");
        assertEquals(Optional.of(PhotoCredit.RXIMAGE), PhotoCredit.of("00071-0157-23_RXNAVIMAGE10_4E1B2769.jpg", "demo"));
        assertEquals(Optional.of(PhotoCredit.RXIMAGE), PhotoCredit.of("photo.jpg", "rximage"));
        assertEquals(Optional.of(PhotoCredit.PILLBOX), PhotoCredit.of("00093-0311-01.jpg", "pillbox"));
        assertEquals(Optional.of(PhotoCredit.DAILYMED), PhotoCredit.of("lipitor-01.jpg", "spl"));
        assertEquals(Optional.empty(), PhotoCredit.of("photo.jpg", "demo"));
        assertEquals("National Library of Medicine (NLM), RxImage", PhotoCredit.RXIMAGE.attribution());
        assertEquals("DailyMed (NLM)", PhotoCredit.DAILYMED.attribution());
    }
}
