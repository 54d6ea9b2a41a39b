package dev.pillid.imports;

import dev.pillid.catalog.PillRecord;
import dev.pillid.testing.Fixtures;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PillboxReaderTest {

    static final PillboxReader READER = new PillboxReader(Readers.CODED);

    static final String HEADER = "spp,setid,splsize,splshape,splshape_text,splscore,splimprint,splcolor,splcolor_text,"
            + "spl_strength,spl_ingredients,rxcui,product_code,part_num,part_medicine_name,medicine_name,document_type,"
            + "dea_schedule_code,author,splimage,version_number\n";

    static ImportBatch read(String csv) throws IOException {
        return Readers.read(READER, new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)), "test.csv");
    }

    @Test
    void readsTheFiveRealRowsOfThePillboxRelease() throws IOException {
        ImportBatch batch = Readers.read(READER, Fixtures.PILLBOX);
        assertEquals(5, batch.read());
        assertEquals(List.of(), batch.rejections());
        PillRecord labetalol = Readers.byImprint(batch, "WATSON;605").orElseThrow();
        assertEquals("Labetalol hydrochloride", labetalol.medicineName());
        assertEquals(List.of("BROWN"), labetalol.colors());
        assertEquals("ROUND", labetalol.shape());
        assertEquals(8.0, labetalol.sizeMm());
        assertEquals(2, labetalol.score());
        assertEquals("RX", labetalol.rxOtc());
        assertEquals("0591-0605", labetalol.ndc9());
        assertEquals("896758", labetalol.rxcui());
        assertEquals("Watson Laboratories, Inc.", labetalol.labeler());
        assertEquals(List.of("00591-0605-01_40092049.jpg"), labetalol.images());
        assertEquals(List.of("LABETALOL HYDROCHLORIDE"), labetalol.activeIngredients());

        PillRecord advil = Readers.byImprint(batch, "Advil;A;S").orElseThrow();
        assertEquals("OTC", advil.rxOtc());
        assertEquals(List.of("ORANGE"), advil.colors());
        assertEquals(List.of("CHLORPHENIRAMINE MALEATE", "IBUPROFEN", "PSEUDOEPHEDRINE HYDROCHLORIDE"), advil.activeIngredients());
        assertEquals(List.of(), advil.images(), "no splimage");
    }

    @Test
    void readsCommaSeparatedFilesWithQuotesCodesNamesSeveralColoursAndNull() throws IOException {
        ImportBatch batch = read(HEADER
                + "s1-0001-0,s1,12,C48336,,2,\"AB;12\",C48325;C48323,,\"X 5 mg;Y 10 mg;\",\"X[X];Y[Y];\",NULL,0001-0001,0,,\"Two, Tone\",34391-3,C48675,\"Maker, Inc.\",NULL,3\n"
                + "s2-0002-0,s2,NULL,oval,,NULL,ZZ 9,,pink,NULL,NULL,NULL,0002-0002,0,,Plain,34390-5,NULL,NULL,NULL,1\n");
        assertEquals(List.of(), batch.rejections());
        PillRecord twoTone = Readers.byImprint(batch, "AB;12").orElseThrow();
        assertEquals(List.of("WHITE", "BLACK"), twoTone.colors());
        assertEquals("CAPSULE", twoTone.shape());
        assertEquals("CII", twoTone.deaSchedule());
        assertEquals("Two, Tone", twoTone.medicineName());
        assertEquals("X 5 mg / Y 10 mg", twoTone.strength());
        assertNull(twoTone.rxcui());
        PillRecord plain = Readers.byImprint(batch, "ZZ 9").orElseThrow();
        assertEquals("OVAL", plain.shape());
        assertEquals(List.of("PINK"), plain.colors());
        assertNull(plain.sizeMm());
        assertNull(plain.score());
        assertEquals("OTC", plain.rxOtc());
    }

    @Test
    void rejectsBadRowsWithTheirLineAndReadsTheRest() throws IOException {
        ImportBatch batch = read(HEADER
                + "s1-1-0,s1,10,C99999,,1,A1,C48325,,,,,1-1,0,,Bad shape,34391-3,,,,1\n"
                + "s2-2-0,s2,10,C48348,,9,A2,C48325,,,,,2-2,0,,Bad score,34391-3,,,,1\n"
                + "s3-3-0,s3,10,C48348,,1,A3,C48325,,,,,3-3,0,,,34391-3,,,,1\n"
                + "short,row\n"
                + "s5-5-0,s5,10,C48348,,1,A5,C48325,,,,,5-5,0,,Good,34391-3,,,,1\n");
        assertEquals(5, batch.read());
        assertEquals(1, batch.entries().size());
        assertEquals(List.of(
                new ImportBatch.Rejection("line 2", "unknown shape C99999"),
                new ImportBatch.Rejection("line 3", "score 9 is not 1 to 4"),
                new ImportBatch.Rejection("line 4", "has no medicine_name"),
                new ImportBatch.Rejection("line 5", "has 2 fields, the header has 21")), batch.rejections());
    }

    @Test
    void aFieldOverItsLimitRejectsTheRecordNamingTheFieldAndTheLimit() throws IOException {
        String row = "s1-1-0,s1,10,C48348,,1,%s,C48325,,,,,1-1,0,,%s,34391-3,,%s,,1\n";
        ImportBatch batch = read(HEADER
                + row.formatted("A1", "N".repeat(501), "Maker")
                + row.formatted("I".repeat(201), "Name", "Maker")
                + row.formatted("A3", "Name", "L".repeat(301))
                + row.formatted("A4", "N".repeat(500), "L".repeat(300)));
        assertEquals(List.of(
                new ImportBatch.Rejection("line 2", "medicine_name is longer than 500 characters"),
                new ImportBatch.Rejection("line 3", "imprint is longer than 200 characters"),
                new ImportBatch.Rejection("line 4", "labeler is longer than 300 characters")), batch.rejections());
        assertEquals(1, batch.entries().size(), "a record at the limits is taken");
    }

    @Test
    void aReasonThatQuotesTheFileIsCutShort() throws IOException {
        ImportBatch batch = read(HEADER + "s1-1-0,s1,10," + "Q".repeat(100_000) + ",,1,A1,C48325,,,,,1-1,0,,Name,34391-3,,,,1\n");
        String reason = batch.rejections().get(0).reason();
        assertEquals("unknown shape " + "Q".repeat(39) + "\u2026", reason);
    }

    @Test
    void aRecordWhoseImageIsAnUrlOnAnotherHostIsRejected() throws IOException {
        String row = "s1-1-0,s1,10,C48348,,1,A1,C48325,,,,,1-1,0,,Name,34391-3,,,%s,1\n";
        ImportBatch batch = read(HEADER + row.formatted("http://127.0.0.1:9/x.png") + row.formatted("00591-0605-01_40092049"));
        assertEquals(List.of(new ImportBatch.Rejection("line 2",
                "image reference http://127.0.0.1:9/x.png is not a file name or an allowed https URL")), batch.rejections());
        assertEquals(List.of("00591-0605-01_40092049.jpg"), batch.entries().iterator().next().images());
    }

    @Test
    void aFileThatIsNotUtf8IsUnreadable() {
        byte[] latin1 = (HEADER + "s1-1-0,s1,10,C48348,,1,A1,C48325,,,,,1-1,0,,Caf\u00e9,34391-3,,,,1\n")
                .getBytes(StandardCharsets.ISO_8859_1);
        UnreadableFileException e = assertThrows(UnreadableFileException.class,
                () -> Readers.read(READER, new ByteArrayInputStream(latin1), "latin1.csv"));
        assertEquals("line 2 is not UTF-8 text", e.getMessage());
    }

    @Test
    void aFileWithoutThePillboxHeaderIsUnreadable() {
        assertThrows(UnreadableFileException.class, () -> read("a,b,c\n1,2,3\n"));
    }

    @Test
    void aLineLongerThanItsBoundRefusesTheTabSeparatedFile() {
        String header = HEADER.replace(',', '\t');
        String row = "s1-0001-0\ts1\t12\tC48336\t\t2\tAB 12\tC48325\t\t\t\t\t0001-0001\t0\t\tName\t34391-3\t\t\t\t1\n";
        String longRow = row.replace("Name", "N".repeat(CsvBounds.MAX_FIELD + 1));
        String refusal = assertThrows(UnreadableFileException.class, () -> read(header + row + longRow)).getMessage();
        assertEquals("line 3 has a field longer than 1048576 characters", refusal);
    }
}
