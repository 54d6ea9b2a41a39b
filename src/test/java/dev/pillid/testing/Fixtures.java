package dev.pillid.testing;

import java.nio.file.Path;

/**
 * The small real fixtures in src/test/resources/fixtures, made from ../shared/data by
 * src/test/scripts/make-fixtures (each folder's SOURCE.md says how). The core reader, import and
 * API tests read them, so that they run for real on any clone; tests of the whole catalog read
 * {@link SharedData}.
 */
public final class Fixtures {

    public static final Path ROOT = Path.of("src/test/resources/fixtures");
    /** RxImage metadata rows, with the source's header. */
    public static final Path RXIMAGE = ROOT.resolve("rximage/rximage-rows.csv");
    /** The SPL labels, cut down to their products. */
    public static final Path SPL = ROOT.resolve("spl");
    /** Pillbox release rows, with the columns the Pillbox reader reads. */
    public static final Path PILLBOX = ROOT.resolve("pillbox/pillbox-rows.txt");

    private Fixtures() {
    }
}
