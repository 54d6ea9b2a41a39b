package dev.pillid.imports;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Text files are UTF-8; a byte sequence that is not UTF-8 makes the file unreadable rather than
 * silently replaced, naming the line it is on. The line is counted where the bytes are decoded:
 * a reader above this one (a parser, its buffers) is lines behind when it gets the failure.
 */
final class TextInput extends Reader {

    private final InputStream in;
    private final CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    private final ByteBuffer bytes = ByteBuffer.allocate(1 << 16).flip();
    private boolean end;
    private boolean flushed;
    /** The line of the next character decoded, counted from 1. */
    private long line = 1;

    private TextInput(InputStream in) {
        this.in = in;
    }

    static Reader reader(InputStream in) {
        return new TextInput(in);
    }

    /** What went wrong reading text, in words. */
    static String describe(Throwable failure) {
        return failure == null || failure.getMessage() == null ? "unreadable" : failure.getMessage();
    }

    @Override
    public int read(char[] buffer, int offset, int length) throws IOException {
        if (length == 0) {
            return 0;
        }
        if (flushed) {
            return -1;
        }
        CharBuffer out = CharBuffer.wrap(buffer, offset, length);
        while (true) {
            CoderResult result = decoder.decode(bytes, out, end);
            if (!result.isError() && end && !bytes.hasRemaining()) {
                result = decoder.flush(out);
                flushed = !result.isOverflow();
            }
            int decoded = out.position() - offset;
            count(buffer, offset, decoded);
            if (result.isError()) {
                // Decoding stops at the bad bytes, so the line ends before them have been counted.
                throw new UnreadableFileException("line " + line + " is not UTF-8 text");
            }
            if (decoded > 0) {
                return decoded;
            }
            if (flushed) {
                return -1;
            }
            fill();
        }
    }

    private void count(char[] buffer, int offset, int decoded) {
        for (int i = offset; i < offset + decoded; i++) {
            if (buffer[i] == '\n') {
                line++;
            }
        }
    }

    private void fill() throws IOException {
        bytes.compact();
        int n = in.read(bytes.array(), bytes.arrayOffset() + bytes.position(), bytes.remaining());
        if (n < 0) {
            end = true;
        } else {
            bytes.position(bytes.position() + n);
        }
        bytes.flip();
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
