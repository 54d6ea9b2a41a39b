package dev.pillid.imports;

import dev.pillid.catalog.PillRecord;
import dev.pillid.testing.Fixtures;
import dev.pillid.testing.SharedData;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RxImageReaderTest {

    static final RxImageReader READER = new RxImageReader(Readers.CODED);

    @Test
    void readsTheWholeRxImageCsvIntoItsDistinctPills() throws IOException {
        ImportBatch batch = Readers.read(READER, SharedData.require("rximage-metadata/pill_color_imprint_dataset.csv"));
        assertEquals(6036, batch.read());
        assertEquals(4390, batch.entries().size());
        assertEquals(1646, batch.duplicates());
        assertEquals(0, batch.rejected());
    }

    @Test
    void readsRepeatedRowsAsOnePill() throws IOException {
        ImportBatch batch = Readers.read(READER, Fixtures.RXIMAGE);
        assertEquals(49, batch.read());
        assertEquals(35, batch.entries().size());
        assertEquals(14, batch.duplicates());
        assertEquals(0, batch.rejected());
    }

    @Test
    void readsNameStrengthFormNdcAndPhotoFromTheRow() throws IOException {
        ImportBatch batch = Readers.read(READER, Fixtures.RXIMAGE);
        PillRecord caduet = Readers.byImprint(batch, "PFIZER;CDT;102").orElseThrow();
        assertEquals("CADUET", caduet.medicineName());
        assertEquals("10 mg / 20 mg", caduet.strength());
        assertEquals(List.of("AMLODIPINE", "ATORVASTATIN"), caduet.activeIngredients());
        assertEquals("TABLET", caduet.dosageForm());
        assertEquals("00069-2180-30", caduet.ndc11());
        assertEquals("00069-2180", caduet.ndc9());
        assertEquals(List.of("00069-2180-30_RXNAVIMAGE10_41132099.jpg"), caduet.images());

        PillRecord loperamide = Readers.byImprint(batch, "93;311;93;311").orElseThrow();
        assertEquals(List.of("BROWN", "ORANGE"), loperamide.colors());
        assertEquals("LOPERAMIDE HYDROCHLORIDE", loperamide.medicineName());
    }

    @Test
    void mendsTheKnownDefectsInTheRealRows() throws IOException {
        ImportBatch batch = Readers.read(READER, Fixtures.RXIMAGE);
        assertEquals("DICYCLOMINE HYDROCHLORIDE", Readers.byImprint(batch, "MYLAN;1610;MYLAN;1610").orElseThrow().medicineName());
        assertEquals("ETODOLAC", Readers.byImprint(batch, "E;140").orElseThrow().medicineName());
        assertEquals("MOEXIPRIL HYDROCHLORIDE", Readers.byImprint(batch, "PAD;112").orElseThrow().medicineName());
        assertEquals(List.of("GREEN"), Readers.byImprint(batch, "E613").orElseThrow().colors());
        assertNull(Readers.byImprint(batch, "4356;20;MG").orElseThrow().medicineName(), "the row has no pill_name");
        PillRecord noImprint = batch.entries().stream().filter(e -> "58060-0002-01".equals(e.ndc11())).findFirst().orElseThrow();
        assertNull(noImprint.imprint(), "the row has no imprint");
        assertEquals("RADIOGARDASE", noImprint.medicineName(), "the brand of its RxNorm name");
    }

    @Test
    void mendsTheKnownDefectsOfTheFile() throws IOException {
        String csv = "image_path,image_filename,pill_name,shape,color,imprint\n"
                + "x,11111-2222-33_RXNAVIMAGE10_AB.JPG,,HEXAGON,\"GREEN, GREEN\",MYLAN;1610:MYLAN;1610\n"
                + "x,11111-2222-44_RXNAVIMAGE10_CD.JPG,24 HR NIFEDIPINE 30 MG EXTENDED RELEASE ORAL TABLET,ROUND,PINK,PAD; 112\n"
                + "x,not-an-ndc.JPG,FOO 1 MG ORAL TABLET,ROUND,PINK,X\n";
        ImportBatch batch = Readers.read(READER, new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)), "t.csv");
        PillRecord unnamed = Readers.byImprint(batch, "MYLAN;1610;MYLAN;1610").orElseThrow();
        assertNull(unnamed.medicineName(), "the source does not name it");
        assertEquals(List.of("GREEN"), unnamed.colors());
        assertEquals("HEXAGON (6 SIDES)", unnamed.shape());
        PillRecord nifedipine = Readers.byImprint(batch, "PAD;112").orElseThrow();
        assertEquals("NIFEDIPINE", nifedipine.medicineName());
        assertEquals("30 mg", nifedipine.strength());
        assertEquals("EXTENDED RELEASE TABLET", nifedipine.dosageForm());
        assertEquals(List.of(new ImportBatch.Rejection("line 4",
                "image file name not-an-ndc.JPG does not start with an NDC11 (5-4-2)")), batch.rejections());
    }

    @Test
    void anUnclosedQuoteMakesTheFileUnreadable() {
        String csv = "image_path,image_filename,pill_name,shape,color,imprint\n"
                + "x,11111-2222-33_RXNAVIMAGE10_AB.JPG,A 1 MG ORAL TABLET,ROUND,\"PINK,X\n";
        assertThrows(UnreadableFileException.class,
                () -> Readers.read(READER, new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)), "t.csv"));
    }

    static final String HEADER = "image_path,image_filename,pill_name,shape,color,imprint\n";
    static final String ROW = "x,11111-2222-33_RXNAVIMAGE10_AB.JPG,A 1 MG ORAL TABLET,ROUND,PINK,X\n";

    static String refusal(String csv) {
        return assertThrows(UnreadableFileException.class, () -> Readers.read(READER,
                new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)), "t.csv")).getMessage();
    }

    @Test
    void aFieldLongerThanItsBoundRefusesTheFile() {
        assertEquals("line 3 has a field longer than 1048576 characters",
                refusal(HEADER + ROW + "x,y," + "A".repeat(CsvBounds.MAX_FIELD + 1) + ",ROUND,PINK,X\n" + ROW));
        // within quotes, a field runs over delimiters and line ends, to the quote that closes it
        String unit = "A,\"\"\n";
        String quoted = "x,y,\"" + unit.repeat(CsvBounds.MAX_FIELD / 4) + "\",ROUND,PINK,X\n";
        assertEquals("line " + (3 + (CsvBounds.MAX_FIELD - 1) / unit.length()) + " has a field longer than 1048576 characters",
                refusal(HEADER + ROW + quoted));
    }

    @Test
    void aRecordLongerThanItsBoundRefusesTheFile() {
        String field = "A".repeat(CsvBounds.MAX_FIELD - 10);
        assertEquals("the record from line 2 is longer than 4194304 characters",
                refusal(HEADER + String.join(",", field, field, field, field, field, "X") + "\n"));
    }

    @Test
    void aFieldWithoutEndIsRefusedAfterItsBoundNotReadWhole() {
        long size = 64L << 20;
        long[] read = {0};
        InputStream endless = new InputStream() {
            @Override
            public int read() {
                if (read[0] >= size) {
                    return -1;
                }
                read[0]++;
                return 'A';
            }

            @Override
            public int read(byte[] buffer, int offset, int length) {
                int n = (int) Math.min(length, size - read[0]);
                if (n <= 0) {
                    return -1;
                }
                java.util.Arrays.fill(buffer, offset, offset + n, (byte) 'A');
                read[0] += n;
                return n;
            }
        };
        InputStream in = new SequenceInputStream(new ByteArrayInputStream((HEADER + ROW + "x,").getBytes(StandardCharsets.UTF_8)),
                endless);
        String refusal = assertThrows(UnreadableFileException.class, () -> Readers.read(READER, in, "no-end.csv")).getMessage();
        assertEquals("line 3 has a field longer than 1048576 characters", refusal);
        assertTrue(read[0] < 2 * CsvBounds.MAX_FIELD, read[0] + " bytes read");
    }

    @Test
    void quotedFieldsWithinTheirBoundsReadAsBefore() throws IOException {
        String csv = HEADER + "\"x\",\"11111-2222-33_RXNAVIMAGE10_AB.JPG\",\"A 1 MG ORAL TABLET\",ROUND,\"PINK, WHITE\",\"X\"\"\n;Y\"\n";
        ImportBatch batch = Readers.read(READER, new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)), "t.csv");
        assertEquals(List.of(), batch.rejections());
        assertEquals(List.of("PINK", "WHITE"), Readers.byImprint(batch, "X\";Y").orElseThrow().colors());
    }

    @Test
    void aByteThatIsNotUtf8IsReportedOnItsLine() {
        StringBuilder csv = new StringBuilder(HEADER);
        for (int i = 0; i < 3000; i++) {
            csv.append(String.format("x,11111-%04d-33_RXNAVIMAGE10_AB.JPG,A 1 MG ORAL TABLET,ROUND,PINK,X%d%n", i, i));
        }
        byte[] bytes = csv.toString().getBytes(StandardCharsets.UTF_8);
        for (int line : new int[]{2, 2000, 3001}) {
            byte[] bad = bytes.clone();
            // the 'A' of line's pill name becomes a UTF-8 lead byte with no continuation
            int at = nthLineStart(bad, line) + "x,11111-0000-33_RXNAVIMAGE10_AB.JPG,".length();
            bad[at] = (byte) 0xC3;
            String refusal = assertThrows(UnreadableFileException.class,
                    () -> Readers.read(READER, new ByteArrayInputStream(bad), "bad.csv")).getMessage();
            assertEquals("line " + line + " is not UTF-8 text", refusal);
        }
    }

    /** Where the line (counted from 1) begins. */
    static int nthLineStart(byte[] bytes, int line) {
        int at = 0;
        for (int seen = 1; seen < line; at++) {
            if (bytes[at] == '\n') {
                seen++;
            }
        }
        return at;
    }
}
