package dev.pillid.imports;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** Which image references an import may bring. */
class ImageReferencesTest {

    static final ImageReferences REFERENCES = new ImageReferences(Set.of("DailyMed.nlm.nih.gov"));

    @Test
    void takesPlainFileNamesAndHttpsUrlsOnAnAllowedHost() {
        for (String reference : List.of("00591-0605-01_40092049.jpg", "00069-2180-30_RXNAVIMAGE10_41132099.jpg",
                "https://dailymed.nlm.nih.gov/dailymed/image.cfm?setid=c6e131fe&name=lipitor-01.jpg",
                "https://DAILYMED.nlm.nih.gov:443/x.png")) {
            assertDoesNotThrow(() -> REFERENCES.check(reference), reference);
        }
    }

    @Test
    void refusesOtherHostsSchemesPathsAndTricks() {
        for (String reference : List.of("http://127.0.0.1:9/x.png", "https://evil.example/x.png",
                "http://dailymed.nlm.nih.gov/x.png", "https://dailymed.nlm.nih.gov.evil.example/x.png",
                "https://someone@dailymed.nlm.nih.gov/x.png", "https://dailymed.nlm.nih.gov:8443/x.png",
                "//dailymed.nlm.nih.gov/x.png", "../../etc/passwd", "photos/x.jpg", "..", "javascript:alert(1)",
                "file:///etc/passwd", "")) {
            assertThrows(RejectedRecordException.class, () -> REFERENCES.check(reference), reference);
        }
    }

    @Test
    void saysWhyInAShortReason() {
        RejectedRecordException e = assertThrows(RejectedRecordException.class,
                () -> REFERENCES.check("http://127.0.0.1:9/x.png"));
        assertEquals("image reference http://127.0.0.1:9/x.png is not a file name or an allowed https URL", e.getMessage());
    }
}
