package dev.pillid.imports;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What a batch keeps of its rejections. */
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
}
