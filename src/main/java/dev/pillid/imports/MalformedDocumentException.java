package dev.pillid.imports;

/**
 * An XML document that cannot be read (not well-formed, or over a limit of its shape): the
 * file's failure when it is the whole file, that document's rejection in a zip.
 */
final class MalformedDocumentException extends UnreadableFileException {

    /** What is wrong, without the document's name: the rejection's reason. */
    final String detail;

    MalformedDocumentException(String name, String detail, Throwable cause) {
        super(name + " " + detail, cause);
        this.detail = detail;
    }
}
