package dev.pillid.imports;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Bounds each piece of markup of an XML document (a tag with its attributes, a comment, a
 * processing instruction, a CDATA section) as the parser reads it, and refuses a DOCTYPE before
 * the parser reads it. The JDK's parser holds each of these whole in memory however long it is;
 * text between tags needs no bound, as the parser hands it out in pieces. Bytes are taken as
 * ASCII, which is exact for UTF-8 (the encoding of SPL) and the ISO-8859 encodings.
 */
final class XmlMarkupLimit extends FilterInputStream {

    /** Far longer than any tag of the real labels (docs/imports.md, Limits). */
    static final int MAX_MARKUP = 1 << 20;

    private enum State { TEXT, OPEN, BANG, TAG, COMMENT, CDATA, PI }

    private final String name;
    private State state = State.TEXT;
    private long length;
    /** The quote an attribute value in a tag is within, or 0. */
    private int quote;
    /** The two bytes before this one, to find the end of a comment, CDATA section or processing instruction. */
    private int before;
    private int last;

    XmlMarkupLimit(InputStream in, String name) {
        super(in);
        this.name = name;
    }

    @Override
    public int read() throws IOException {
        int b = super.read();
        if (b >= 0) {
            look(b);
        }
        return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int count) throws IOException {
        int n = super.read(buffer, offset, count);
        for (int i = 0; i < n; i++) {
            look(buffer[offset + i] & 0xff);
        }
        return n;
    }

    @Override
    public long skip(long n) throws IOException {
        // read, not skipped, so that every byte is looked at
        byte[] buffer = new byte[(int) Math.min(Math.max(n, 0), 1 << 16)];
        return Math.max(read(buffer, 0, buffer.length), 0);
    }

    private void look(int b) throws MalformedDocumentException {
        if (state == State.TEXT) {
            if (b == '<') {
                state = State.OPEN;
                length = 1;
                before = 0;
                last = b;
            }
            return;
        }
        if (++length > MAX_MARKUP) {
            throw new MalformedDocumentException(name, "has markup (a tag, comment, CDATA section or processing instruction) longer than "
                    + InflationBudget.size(MAX_MARKUP), null);
        }
        switch (state) {
            case OPEN -> state = b == '!' ? State.BANG : b == '?' ? State.PI : tag(b);
            case BANG -> {
                if (b == '-') {
                    state = State.COMMENT;
                } else if (b == '[') {
                    state = State.CDATA;
                } else {
                    throw new MalformedDocumentException(name,
                            "is not well-formed XML: it has a DOCTYPE, which SPL documents do not have", null);
                }
            }
            case TAG -> tag(b);
            case COMMENT -> ends(b, '-', '-');
            case CDATA -> ends(b, ']', ']');
            case PI -> ends(b, '?', -1);
            default -> throw new IllegalStateException(state.name());
        }
        before = last;
        last = b;
    }

    /** A byte of a start or end tag: it ends at the first '>' outside an attribute value. */
    private State tag(int b) {
        if (quote != 0) {
            if (b == quote) {
                quote = 0;
            }
        } else if (b == '"' || b == '\'') {
            quote = b;
        } else if (b == '>') {
            state = State.TEXT;
            return state;
        }
        state = State.TAG;
        return state;
    }

    /** Back to text after "--&gt;", "]]&gt;" or "?&gt;" (second is -1 when one byte comes before the '&gt;'). */
    private void ends(int b, int first, int second) {
        if (b == '>' && (second < 0 ? last == first : last == second && before == first)) {
            state = State.TEXT;
        }
    }
}
