package dev.pillid.imports;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * The bytes and entries one file's zips may inflate to, counted as they are inflated, so that a
 * zip bomb is refused after a bounded amount of work and memory rather than read in full.
 */
final class InflationBudget {

    private final ImportLimits limits;
    private long inflated;
    private int entries;

    InflationBudget(ImportLimits limits) {
        this.limits = limits;
    }

    /** Counts one more zip entry, at any depth of nesting. */
    void countEntry(String fileName) throws UnreadableFileException {
        entries++;
        if (entries > limits.maxEntries()) {
            throw new UnreadableFileException(fileName + " holds more than " + limits.maxEntries()
                    + " zip entries (pillid.imports.max-entries)");
        }
    }

    /**
     * One entry's bytes (or a lone document's), counted against the entry's limit and, when
     * {@code inflated} is true, against the file's.
     */
    InputStream entry(InputStream in, String path, String fileName, boolean inflated) {
        return new FilterInputStream(in) {
            private long count;

            @Override
            public int read() throws IOException {
                int b = super.read();
                if (b >= 0) {
                    count(1);
                }
                return b;
            }

            @Override
            public int read(byte[] buffer, int offset, int length) throws IOException {
                int n = super.read(buffer, offset, length);
                if (n > 0) {
                    count(n);
                }
                return n;
            }

            @Override
            public long skip(long n) throws IOException {
                // read, not skipped, so that every byte is counted
                byte[] buffer = new byte[(int) Math.min(n, 1 << 16)];
                int read = read(buffer, 0, buffer.length);
                return Math.max(read, 0);
            }

            @Override
            public void close() {
                // the zip stays open for its next entry
            }

            private void count(int n) throws UnreadableFileException {
                count += n;
                if (count > limits.maxEntryBytes()) {
                    throw new UnreadableFileException(path + (inflated ? " inflates to more than " : " is larger than ")
                            + size(limits.maxEntryBytes())
                            + " (pillid.imports.max-entry-size)");
                }
                if (inflated) {
                    InflationBudget.this.inflated += n;
                    if (InflationBudget.this.inflated > limits.maxInflatedBytes()) {
                        throw new UnreadableFileException(fileName + " inflates to more than " + size(limits.maxInflatedBytes())
                                + " in all (pillid.imports.max-inflated-size)");
                    }
                }
            }
        };
    }

    static String size(long bytes) {
        long mib = 1 << 20;
        return bytes % mib == 0 ? bytes / mib + " MiB" : bytes + " bytes";
    }
}
