package dev.pillid.bench;

import dev.pillid.catalog.PillRecord;
import dev.pillid.quality.SearchQualityHarness;
import dev.pillid.testing.SharedData;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.List;

/**
 * The catalogs the benchmarks run on: "real" is the real RxImage and SPL catalog of the shared
 * data (4,424 pills); a number is a synthetic catalog of that many pills generated from it
 * ({@link SyntheticCatalog}), always reported as synthetic.
 */
public final class BenchCatalogs {

    public static final long SEED = 20261127L;

    private BenchCatalogs() {
    }

    public static List<PillRecord> load(String catalog) {
        if (!Files.isDirectory(SharedData.ROOT.resolve("rximage-metadata"))) {
            throw new IllegalStateException("the benchmarks need the real catalog in " + SharedData.ROOT.toAbsolutePath().normalize()
                    + " (set -Dpillid.shared-data=...)");
        }
        try {
            List<PillRecord> real = SearchQualityHarness.realEntries(SharedData.ROOT);
            return catalog.equals("real") ? real : SyntheticCatalog.generate(real, Integer.parseInt(catalog), SEED);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** "real (4,424 pills)" or "synthetic (100,000 pills)". */
    public static String describe(String catalog, int size) {
        return String.format(java.util.Locale.ROOT, "%s (%,d pills)", catalog.equals("real") ? "real" : "synthetic", size);
    }
}
