package dev.pillid.imports;

import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/** Text files are UTF-8; a byte sequence that is not UTF-8 makes the file unreadable rather than silently replaced. */
final class TextInput {

    private TextInput() {
    }

    /** What went wrong reading text, in words (a decoder error has no message of its own). */
    static String describe(Throwable failure) {
        if (failure instanceof java.nio.charset.CharacterCodingException) {
            return "the text is not UTF-8";
        }
        return failure == null || failure.getMessage() == null ? "unreadable" : failure.getMessage();
    }

    static Reader reader(InputStream in) {
        return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT)), 1 << 16);
    }
}
