package dev.pillid.imports;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** Decoding UTF-8 text, and naming the line of bytes that are not UTF-8. */
class TextInputTest {

    /** Gives its bytes a few at a time, so that characters are split across reads. */
    static InputStream trickling(byte[] bytes, long seed) {
        Random random = new Random(seed);
        return new ByteArrayInputStream(bytes) {
            @Override
            public synchronized int read(byte[] buffer, int offset, int length) {
                return super.read(buffer, offset, Math.min(length, 1 + random.nextInt(7)));
            }
        };
    }

    static String read(InputStream in) throws IOException {
        try (Reader reader = TextInput.reader(in)) {
            StringWriter out = new StringWriter();
            char[] buffer = new char[1 + new Random(3).nextInt(100)];
            for (int n; (n = reader.read(buffer, 0, buffer.length)) >= 0; ) {
                out.write(buffer, 0, n);
            }
            return out.toString();
        }
    }

    @Test
    void readsEveryCharacterSplitAcrossReads() throws IOException {
        Random random = new Random(1);
        StringBuilder text = new StringBuilder("\uFEFFBOM kept, ");
        while (text.length() < 300_000) {
            int codePoint = random.nextInt(5) == 0 ? '\n' : 0x20 + random.nextInt(0x1FFFF);
            if (Character.isDefined(codePoint) && (codePoint < 0xD800 || codePoint > 0xDFFF)) {
                text.appendCodePoint(codePoint);
            }
        }
        byte[] bytes = text.toString().getBytes(StandardCharsets.UTF_8);
        assertEquals(text.toString(), read(trickling(bytes, 2)));
        assertEquals(text.toString(), read(new ByteArrayInputStream(bytes)));
        assertEquals("", read(new ByteArrayInputStream(new byte[0])));
    }

    @Test
    void namesTheLineOfBytesThatAreNotUtf8() {
        byte[] latin1 = "caf\u00e9\n".repeat(3).getBytes(StandardCharsets.ISO_8859_1);
        byte[] text = ("ok\n".repeat(100_000) + "caf\u00e9 ok\n").getBytes(StandardCharsets.UTF_8);
        byte[] badLast = java.util.Arrays.copyOf(text, text.length + 1);
        badLast[text.length] = (byte) 0xE2;
        assertEquals("line 1 is not UTF-8 text", assertThrows(UnreadableFileException.class, () -> read(trickling(latin1, 4))).getMessage());
        assertEquals("line 100002 is not UTF-8 text", assertThrows(UnreadableFileException.class,
                () -> read(trickling(badLast, 5))).getMessage(), "a sequence cut short by the end of the file");
    }
}
