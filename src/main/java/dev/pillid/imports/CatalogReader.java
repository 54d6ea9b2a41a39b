package dev.pillid.imports;

import java.io.IOException;
import java.io.InputStream;

/**
 * Reads one source format into pill records. A record the reader cannot take is rejected
 * through the sink and reading goes on; a file it cannot read at all (broken archive, bad
 * encoding, wrong format) throws, and the whole import fails with nothing stored.
 */
public interface CatalogReader {

    /** The catalog source its records belong to: pillbox, spl or rximage. */
    String source();

    void read(InputStream in, String fileName, ImportSink sink) throws IOException;
}
