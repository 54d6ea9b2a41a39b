package dev.pillid.imports;

import java.io.IOException;

/** The file as a whole cannot be read in its format: the import stops and stores nothing. */
public class UnreadableFileException extends IOException {

    public UnreadableFileException(String message) {
        super(message);
    }

    public UnreadableFileException(String message, Throwable cause) {
        super(message, cause);
    }
}
