package dev.pillid.imports;

import java.io.IOException;
import java.io.Reader;

/**
 * Bounds the fields and records of a CSV file while the parser reads it: a file without line ends,
 * or a quote left open, would otherwise be read whole into one field. A field over
 * {@link #MAX_FIELD} characters, or a record over {@link #MAX_RECORD}, refuses the file, having
 * read at most that much of it. Quotes are followed as RFC 4180 and the parser have them: a field
 * beginning with a quote runs to the quote that closes it, delimiters and line ends included,
 * and a doubled quote within it is one quote.
 */
final class CsvBounds extends Reader {

    /** Characters; far longer than any field of the real files (docs/imports.md, Limits). */
    static final int MAX_FIELD = 1 << 20;
    static final int MAX_RECORD = 4 << 20;

    private enum State { FIELD_START, UNQUOTED, QUOTED, QUOTE_IN_QUOTED }

    private final Reader in;
    private final char delimiter;
    private State state = State.FIELD_START;
    private long field;
    private long record;
    private long line = 1;
    private long recordLine = 1;

    CsvBounds(Reader in, char delimiter) {
        this.in = in;
        this.delimiter = delimiter;
    }

    @Override
    public int read(char[] buffer, int offset, int length) throws IOException {
        int n = in.read(buffer, offset, length);
        for (int i = 0; i < n; i++) {
            look(buffer[offset + i]);
        }
        return n;
    }

    @Override
    public void close() throws IOException {
        in.close();
    }

    private void look(char c) throws UnreadableFileException {
        boolean lineEnd = c == '\n' || c == '\r';
        if (c == '\n') {
            line++;
        }
        switch (state) {
            case FIELD_START, UNQUOTED -> {
                if (state == State.FIELD_START && c == '"') {
                    state = State.QUOTED;
                } else if (c == delimiter) {
                    nextField();
                    return;
                } else if (lineEnd) {
                    nextRecord();
                    return;
                } else {
                    state = State.UNQUOTED;
                }
            }
            case QUOTED -> {
                if (c == '"') {
                    state = State.QUOTE_IN_QUOTED;
                }
            }
            case QUOTE_IN_QUOTED -> {
                if (c == '"') {
                    state = State.QUOTED;
                } else if (c == delimiter) {
                    nextField();
                    return;
                } else if (lineEnd) {
                    nextRecord();
                    return;
                } else {
                    // the parser refuses a character after a closing quote; until then it is the field's
                    state = State.UNQUOTED;
                }
            }
            default -> throw new IllegalStateException(state.name());
        }
        if (++field > MAX_FIELD) {
            throw new UnreadableFileException("line " + line + " has a field longer than " + MAX_FIELD + " characters");
        }
        if (++record > MAX_RECORD) {
            throw new UnreadableFileException("the record from line " + recordLine + " is longer than " + MAX_RECORD + " characters");
        }
    }

    private void nextField() {
        state = State.FIELD_START;
        field = 0;
    }

    private void nextRecord() {
        nextField();
        record = 0;
        recordLine = line;
    }
}
