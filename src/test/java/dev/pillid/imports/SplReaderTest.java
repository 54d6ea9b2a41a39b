package dev.pillid.imports;

import dev.pillid.catalog.PillRecord;
import dev.pillid.testing.Fixtures;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The SPL reader on the 13 real DailyMed labels, cut down to their products (src/test/resources/fixtures/spl). */
class SplReaderTest {

    static final SplReader READER = new SplReader(Readers.CODED, Readers.SPL_IMAGES, Readers.LIMITS);

    static List<Path> labels() throws IOException {
        List<Path> files = new ArrayList<>();
        try (DirectoryStream<Path> dir = Files.newDirectoryStream(Fixtures.SPL, "*.xml")) {
            dir.forEach(files::add);
        }
        files.sort(null);
        return files;
    }

    static ImportBatch readAll() throws IOException {
        ImportBatch batch = new ImportBatch(Readers.IMAGE_HOSTS);
        for (Path file : labels()) {
            try (var in = Files.newInputStream(file)) {
                READER.read(in, file.getFileName().toString(), batch);
            }
        }
        return batch;
    }

    /** A zip of the labels, or, with nested, a zip holding one zip per label (as DailyMed ships them). */
    static byte[] zipOfLabels(boolean nested) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (Path file : labels()) {
                String name = file.getFileName().toString();
                if (nested) {
                    ByteArrayOutputStream inner = new ByteArrayOutputStream();
                    try (ZipOutputStream innerZip = new ZipOutputStream(inner)) {
                        innerZip.putNextEntry(new ZipEntry(name));
                        innerZip.write(Files.readAllBytes(file));
                    }
                    zip.putNextEntry(new ZipEntry(name.replace(".xml", ".zip")));
                    zip.write(inner.toByteArray());
                } else {
                    zip.putNextEntry(new ZipEntry(name));
                    zip.write(Files.readAllBytes(file));
                }
            }
        }
        return bytes.toByteArray();
    }

    @Test
    void readsEveryProductAndKitPartOfTheThirteenLabelsAndKeepsTheOralSolids() throws IOException {
        ImportBatch batch = readAll();
        assertEquals(35, batch.read(), "35 products and kit parts in the 13 labels");
        assertEquals(34, batch.entries().size(), "34 of them oral solids");
        assertEquals(List.of(new ImportBatch.Rejection("c1692c04-8d5d-4105-9c90-a765b5887aaa.xml product 0003-1614",
                "not an oral solid (SOLUTION)")), batch.rejections(), "Baraclude oral solution is not a pill");
    }

    @Test
    void lipitorTenMilligramsIsAWhiteOvalTenMillimetreTabletImprintedPd155() throws IOException {
        PillRecord lipitor = Readers.byImprint(readAll(), "PD;155;10").orElseThrow();
        assertEquals("Lipitor", lipitor.medicineName());
        assertEquals(List.of("WHITE"), lipitor.colors());
        assertEquals("OVAL", lipitor.shape());
        assertEquals(10.0, lipitor.sizeMm());
        assertEquals(1, lipitor.score());
        assertEquals("0071-0155", lipitor.ndc9());
        assertEquals("c6e131fe-e7df-4876-83f7-9156fc4e8228", lipitor.splSetId());
        assertEquals("RX", lipitor.rxOtc());
        assertEquals("10 mg", lipitor.strength());
        assertTrue(lipitor.labeler().contains("Parke-Davis"), lipitor.labeler());
    }

    @Test
    void readsLowerCaseColoursAndKitParts() throws IOException {
        ImportBatch batch = readAll();
        assertEquals(List.of("RED"), Readers.byImprint(batch, "112;GG;336").orElseThrow().colors());
        assertEquals(List.of("PINK"), Readers.byImprint(batch, "T;I").orElseThrow().colors());
        PillRecord triPrevifem = Readers.byImprint(batch, "93;746").orElseThrow();
        assertEquals(1, triPrevifem.partNumber());
        assertEquals("0603-7663", triPrevifem.ndc9());
        assertTrue(triPrevifem.sourceKey().endsWith(":1"), triPrevifem.sourceKey());
        assertEquals(List.of("NORGESTIMATE", "ETHINYL ESTRADIOL"), triPrevifem.activeIngredients());
    }

    @Test
    void readsRepackagersOtcLabelsAndMultiColourProducts() throws IOException {
        ImportBatch batch = readAll();
        PillRecord repack = batch.entries().stream()
                .filter(e -> "PD;156;20".equals(e.imprint()) && !e.splSetId().equals("c6e131fe-e7df-4876-83f7-9156fc4e8228"))
                .findFirst().orElseThrow();
        assertTrue(repack.labeler().contains("PD-Rx"), repack.labeler());
        assertEquals("OTC", Readers.byImprint(batch, "L227").orElseThrow().rxOtc());
        assertEquals("ROUND", Readers.byImprint(batch, "Bonine").orElseThrow().shape());
        assertNull(Readers.byImprint(batch, "MYLAN;327").orElseThrow().deaSchedule());
    }

    @Test
    void readsAZipAndAZipOfZipsAlike() throws IOException {
        ImportBatch flat = Readers.read(READER, new ByteArrayInputStream(zipOfLabels(false)), "labels.zip");
        ImportBatch nested = Readers.read(READER, new ByteArrayInputStream(zipOfLabels(true)), "labels.zip");
        assertEquals(readAll().entries().size(), flat.entries().size());
        assertEquals(new ArrayList<>(flat.entries()).stream().map(PillRecord::sourceKey).sorted().toList(),
                new ArrayList<>(nested.entries()).stream().map(PillRecord::sourceKey).sorted().toList());
    }

    /** A zip of the real Lipitor label and the real Bonine label without its document code. */
    static byte[] zipWithALabelWithoutItsCode() throws IOException {
        String bonine = Files.readString(Fixtures.SPL.resolve("example.xml"));
        String withoutCode = bonine.replaceFirst("<code [^>]*/>", "");
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry("lipitor-orig.xml"));
            zip.write(Files.readAllBytes(Fixtures.SPL.resolve("lipitor-orig.xml")));
            zip.putNextEntry(new ZipEntry("no-code.xml"));
            zip.write(withoutCode.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        }
        return bytes.toByteArray();
    }

    @Test
    void aLabelWithoutItsDocumentCodeIsThatLabelsRejection() throws IOException {
        ImportBatch batch = Readers.read(READER, new ByteArrayInputStream(zipWithALabelWithoutItsCode()), "two.zip");
        assertEquals(4, batch.entries().size(), "Lipitor's four products");
        assertEquals(List.of(new ImportBatch.Rejection("two.zip!no-code.xml", "has no document type (the document's code)")),
                batch.rejections());
    }

    @Test
    void aTruncatedZipIsUnreadable() throws IOException {
        byte[] zip = zipOfLabels(false);
        byte[] truncated = Arrays.copyOf(zip, zip.length * 2 / 3);
        assertThrows(UnreadableFileException.class,
                () -> Readers.read(READER, new ByteArrayInputStream(truncated), "broken.zip"));
    }

    @Test
    void xmlThatIsNotWellFormedIsUnreadable() {
        byte[] broken = "<document xmlns=\"urn:hl7-org:v3\"><setId root=\"x\"/>".getBytes();
        assertThrows(UnreadableFileException.class,
                () -> Readers.read(READER, new ByteArrayInputStream(broken), "broken.xml"));
    }

    @Test
    void refusesExternalEntities() {
        byte[] xxe = ("<?xml version=\"1.0\"?><!DOCTYPE d [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
                + "<document xmlns=\"urn:hl7-org:v3\">&x;</document>").getBytes();
        assertThrows(UnreadableFileException.class, () -> Readers.read(READER, new ByteArrayInputStream(xxe), "xxe.xml"));
    }
}
