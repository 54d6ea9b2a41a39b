package dev.pillid.imports;

import dev.pillid.catalog.PillRecord;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What a batch takes of a record, and keeps of its rejections. */
class ImportBatchTest {

    @Test
    void keepsRejectionsShortAndWithoutControlCharacters() {
        ImportBatch batch = new ImportBatch(Readers.IMAGE_HOSTS);
        batch.reject("w".repeat(10_000), "because " + "r".repeat(10_000));
        batch.reject("line 3", "unknown colour RE\u0000D");
        ImportBatch.Rejection longOne = batch.rejections().get(0);
        assertEquals(FieldLimits.WHERE, longOne.where().length());
        assertEquals(FieldLimits.REASON, longOne.reason().length());
        assertTrue(longOne.reason().startsWith("because rrr") && longOne.reason().endsWith("\u2026"), longOne.reason());
        assertEquals("unknown colour RE D", batch.rejections().get(1).reason());
        assertEquals(2, batch.rejected());
    }

    static PillRecord pill(String labeler, String image) {
        return new PillRecord("pillbox", "key", "NLM Pillbox", "Name", null, List.of("A"), null, labeler, null, null,
                "0001-0001", null, null, "s1", null, "ZQ;1", List.of(), null, null, null, List.of(image));
    }

    @Test
    void aFieldWithANulCharacterRejectsTheRecord() {
        ImportBatch batch = new ImportBatch(Readers.IMAGE_HOSTS);
        assertEquals("labeler has a NUL character (U+0000), which the catalog cannot store",
                assertThrows(RejectedRecordException.class, () -> batch.accept(pill("Maker\u0000 Inc.", "a.jpg"))).getMessage());
        assertEquals("an image reference has a NUL character (U+0000), which the catalog cannot store",
                assertThrows(RejectedRecordException.class, () -> batch.accept(pill("Maker Inc.", "a\u0000.jpg"))).getMessage());
        // Every other control character is stored as it is.
        batch.accept(pill("Maker\u0001\u001f\u007f\u009f Inc.", "a.jpg"));
        assertEquals(1, batch.entries().size());
    }
}
