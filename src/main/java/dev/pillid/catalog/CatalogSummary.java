package dev.pillid.catalog;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What the catalog that searches see holds, made with it each time it is rebuilt: its pills
 * counted by source, what is known of each source, and the catalog's version.
 *
 * @param version   the catalog's version (it rises with every change), or null while it is served without its database
 * @param changedAt when the catalog last changed, null likewise
 * @param sources   by name
 */
public record CatalogSummary(Long version, OffsetDateTime changedAt, int pills, List<Source> sources) {

    static final CatalogSummary EMPTY = new CatalogSummary(null, null, 0, List.of());

    /**
     * One source's pills.
     *
     * @param described what the bundled catalog that loaded them says of them; null for pills only imported
     * @param loadedAt  when the latest of them was loaded
     */
    public record Source(String name, CatalogSource described, int pills, OffsetDateTime loadedAt) {
    }

    public CatalogSummary {
        sources = List.copyOf(sources);
    }

    /** Whether the demo records are all it holds. */
    public boolean demoOnly() {
        return !sources.isEmpty() && sources.stream().allMatch(source -> BundledCatalog.DEMO.equals(source.name()));
    }

    static CatalogSummary of(Long version, OffsetDateTime changedAt, Collection<PillRecord> pills, List<CatalogSource> described) {
        Map<String, Integer> counts = new TreeMap<>();
        Map<String, OffsetDateTime> loaded = new TreeMap<>();
        for (PillRecord pill : pills) {
            counts.merge(pill.source(), 1, Integer::sum);
            if (pill.loadedAt() != null) {
                loaded.merge(pill.source(), pill.loadedAt(), (a, b) -> a.isAfter(b) ? a : b);
            }
        }
        List<Source> sources = new ArrayList<>(counts.size());
        counts.forEach((name, count) -> sources.add(new Source(name,
                described.stream().filter(source -> source.name().equals(name)).findFirst().orElse(null), count, loaded.get(name))));
        return new CatalogSummary(version, changedAt, pills.size(), sources);
    }
}
