package dev.pillid.imports;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The SPL reader within its limits: bytes inflated, entries, the depth and size of one document, its markup and texts. */
class SplReaderLimitsTest {

    static final int MIB = 1 << 20;
    /** Small limits, so that the files going past them stay small. */
    static final SplReader READER = new SplReader(Readers.CODED, Readers.SPL_IMAGES,
            new ImportLimits(MIB, 3L * MIB, 5, 256, 20_000));

    static ImportBatch read(byte[] file, String name) throws IOException {
        return Readers.read(READER, new ByteArrayInputStream(file), name);
    }

    static String refusal(byte[] file, String name) {
        return assertThrows(UnreadableFileException.class, () -> read(file, name)).getMessage();
    }

    static byte[] bytes(int size, char c) {
        return String.valueOf(c).repeat(size).getBytes(StandardCharsets.US_ASCII);
    }

    @Test
    void anEntryThatInflatesPastItsLimitRefusesTheFile() throws IOException {
        byte[] zip = HostileFiles.zip(Map.of("big.xml", bytes(2 * MIB, ' ')));
        assertTrue(zip.length < 10_000, zip.length + " bytes");
        assertEquals("bomb.zip!big.xml inflates to more than 1 MiB (pillid.imports.max-entry-size)", refusal(zip, "bomb.zip"));
    }

    @Test
    void photosAndOtherEntriesAreCountedToo() throws IOException {
        byte[] zip = HostileFiles.zip(Map.of("photo.jpg", bytes(2 * MIB, 'x')));
        assertEquals("bomb.zip!photo.jpg inflates to more than 1 MiB (pillid.imports.max-entry-size)", refusal(zip, "bomb.zip"));
    }

    @Test
    void aFileThatInflatesPastItsLimitInAllIsRefused() throws IOException {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        for (int i = 1; i <= 4; i++) {
            entries.put("photo" + i + ".jpg", bytes(900 * 1024, 'x'));
        }
        assertEquals("bomb.zip inflates to more than 3 MiB in all (pillid.imports.max-inflated-size)",
                refusal(HostileFiles.zip(entries), "bomb.zip"));
    }

    @Test
    void aFileWithTooManyEntriesIsRefusedCountingThoseOfNestedZips() throws IOException {
        Map<String, byte[]> inner = new LinkedHashMap<>();
        for (int i = 1; i <= 5; i++) {
            inner.put("photo" + i + ".jpg", new byte[1]);
        }
        byte[] zip = HostileFiles.zip(Map.of("label.zip", HostileFiles.zip(inner)));
        assertEquals("many.zip holds more than 5 zip entries (pillid.imports.max-entries)", refusal(zip, "many.zip"));
    }

    @Test
    void aLoneDocumentLargerThanTheEntryLimitIsRefused() {
        assertEquals("big.xml is larger than 1 MiB (pillid.imports.max-entry-size)", refusal(bytes(2 * MIB, ' '), "big.xml"));
    }

    @Test
    void aDocumentNestedTooDeepIsThatDocumentsRejection() throws IOException {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        entries.put("lipitor.xml", HostileFiles.lipitor());
        entries.put("deep.xml", HostileFiles.labelNested(300));
        ImportBatch batch = read(HostileFiles.zip(entries), "two.zip");
        assertEquals(4, batch.entries().size(), "Lipitor's four products");
        assertEquals(List.of(new ImportBatch.Rejection("two.zip!deep.xml",
                "nests elements deeper than 256 (pillid.imports.max-xml-depth)")), batch.rejections());
    }

    @Test
    void aDocumentNestedAsDeepAsTheLimitIsRead() throws IOException {
        // The Bonine label's product name is 9 elements deep: 247 more make 256.
        ImportBatch batch = read(HostileFiles.labelNested(247), "deep.xml");
        assertEquals(1, batch.entries().size(), batch.rejections().toString());
    }

    @Test
    void aDocumentWithTooManyElementsIsThatDocumentsRejection() throws IOException {
        String many = "<document xmlns=\"urn:hl7-org:v3\">" + "<a/>".repeat(20_001) + "</document>";
        ImportBatch batch = read(HostileFiles.zip(Map.of("many.xml", many.getBytes(StandardCharsets.US_ASCII))), "one.zip");
        assertEquals(List.of(new ImportBatch.Rejection("one.zip!many.xml",
                "has more than 20000 elements (pillid.imports.max-xml-elements)")), batch.rejections());
    }

    @Test
    void refusesEntityExpansion() {
        byte[] laughs = ("<?xml version=\"1.0\"?><!DOCTYPE d [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\">"
                + "<!ENTITY c \"&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;\">]><document xmlns=\"urn:hl7-org:v3\">&c;</document>").getBytes();
        String reason = refusal(laughs, "laughs.xml");
        assertTrue(reason.startsWith("laughs.xml is not well-formed XML: "), reason);
    }

    @Test
    void markupLongerThanItsLimitIsThatDocumentsRejection() throws IOException {
        String comment = "<!--" + "x".repeat(XmlMarkupLimit.MAX_MARKUP) + "-->";
        Map<String, byte[]> entries = new LinkedHashMap<>();
        entries.put("lipitor.xml", HostileFiles.lipitor());
        entries.put("comment.xml", HostileFiles.bonineWithinItsName(comment));
        ImportBatch batch = Readers.read(SplReaderTest.READER, new ByteArrayInputStream(HostileFiles.zip(entries)), "two.zip");
        assertEquals(4, batch.entries().size(), "Lipitor's four products");
        assertEquals(List.of(new ImportBatch.Rejection("two.zip!comment.xml",
                "has markup (a tag, comment, CDATA section or processing instruction) longer than 1 MiB")), batch.rejections());

        String attribute = "<b a=\"" + "x".repeat(XmlMarkupLimit.MAX_MARKUP) + "\"/>";
        String refusal = assertThrows(UnreadableFileException.class, () -> Readers.read(SplReaderTest.READER,
                new ByteArrayInputStream(HostileFiles.bonineWithinItsName(attribute)), "attribute.xml")).getMessage();
        assertEquals("attribute.xml has markup (a tag, comment, CDATA section or processing instruction) longer than 1 MiB", refusal);
    }

    @Test
    void aTextLongerThanAReaderKeepsRejectsItsRecord() throws IOException {
        ImportBatch batch = Readers.read(SplReaderTest.READER, new ByteArrayInputStream(
                HostileFiles.bonineWithinItsName("B".repeat(FieldLimits.TEXT + 1))), "long.xml");
        assertEquals(List.of(), List.copyOf(batch.entries()));
        assertEquals(1, batch.rejections().size());
        assertEquals("the text of name is longer than 10000 characters", batch.rejections().get(0).reason());

        // Within the limit, indentation included, the name is read as before.
        ImportBatch within = Readers.read(SplReaderTest.READER, new ByteArrayInputStream(
                HostileFiles.bonineWithinItsName(" ".repeat(FieldLimits.TEXT - 100))), "indented.xml");
        assertEquals(1, within.entries().size(), within.rejections().toString());
    }

    @Test
    void aLabelIsReadAProductAtATimeNotWholeIntoMemory() throws IOException {
        byte[] label = HostileFiles.lipitorRepeated(1250);
        assertTrue(label.length > 40 << 20, label.length + " bytes");
        long before = heapAfterGc();
        long[] heldWhenMostlyRead = {-1};
        InputStream in = new FilterInputStream(new ByteArrayInputStream(label)) {
            private long read;

            @Override
            public int read(byte[] buffer, int offset, int length) throws IOException {
                int n = super.read(buffer, offset, length);
                long mark = label.length * 9L / 10;
                if (n > 0 && read < mark && (read += n) >= mark) {
                    heldWhenMostlyRead[0] = heapAfterGc() - before;
                }
                return n;
            }
        };
        ImportBatch batch = Readers.read(SplReaderTest.READER, in, "big.xml");
        assertEquals(4, batch.entries().size(), "Lipitor's four products, repeated");
        assertEquals(4 * 1250 - 4, batch.duplicates());
        assertTrue(heldWhenMostlyRead[0] >= 0 && heldWhenMostlyRead[0] < 16 << 20,
                "held " + (heldWhenMostlyRead[0] >> 20) + " MiB with nine tenths of a " + (label.length >> 20) + " MiB label read");
    }

    private static long heapAfterGc() {
        System.gc();
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }
}
