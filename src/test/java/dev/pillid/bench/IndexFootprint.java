package dev.pillid.bench;

import dev.pillid.catalog.PillRecord;
import dev.pillid.quality.SearchQualityHarness;
import dev.pillid.search.PillDocument;
import dev.pillid.search.SearchIndex;

import java.lang.ref.Reference;
import java.util.List;
import java.util.Locale;

/**
 * The heap the search index holds, for each catalog named: the heap in use after full garbage
 * collections, before and after making the pills' search documents and the index over them.
 * An estimate from the JVM's own accounting, good to a few MB.
 * <p>
 * Usage: IndexFootprint real|SIZE ...   (give the JVM room: -Xmx8g for a million pills)
 */
public final class IndexFootprint {

    private IndexFootprint() {
    }

    public static void main(String[] args) {
        System.out.println("| catalog | documents | index structures | documents + index | per pill |");
        System.out.println("|---|---|---|---|---|");
        for (String catalog : args) {
            List<PillRecord> entries = BenchCatalogs.load(catalog);
            long before = usedAfterGc();
            List<PillDocument> documents = SearchQualityHarness.documents(entries);
            long withDocuments = usedAfterGc();
            SearchIndex index = new SearchIndex(documents);
            long withIndex = usedAfterGc();
            System.out.printf(Locale.ROOT, "| %s | %.0f MB | %.0f MB | %.0f MB | %.0f bytes |%n",
                    BenchCatalogs.describe(catalog, entries.size()), mb(withDocuments - before), mb(withIndex - withDocuments),
                    mb(withIndex - before), (double) (withIndex - before) / entries.size());
            Reference.reachabilityFence(entries);
            Reference.reachabilityFence(documents);
            Reference.reachabilityFence(index);
        }
    }

    private static long usedAfterGc() {
        Runtime runtime = Runtime.getRuntime();
        long used = Long.MAX_VALUE;
        for (int i = 0; i < 4; i++) {
            System.gc();
            used = Math.min(used, runtime.totalMemory() - runtime.freeMemory());
        }
        return used;
    }

    private static double mb(long bytes) {
        return bytes / 1024.0 / 1024.0;
    }
}
