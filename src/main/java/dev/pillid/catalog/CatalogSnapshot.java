package dev.pillid.catalog;

import dev.pillid.search.PillDocument;
import dev.pillid.search.SearchIndex;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The whole catalog as of one moment, immutable: the records by id and the search index over them. */
record CatalogSnapshot(Map<Long, PillRecord> byId, SearchIndex index) {

    static final CatalogSnapshot EMPTY = of(List.of());

    static CatalogSnapshot of(Collection<PillRecord> records) {
        // Documents are made in parallel (in order): most of the work of a catalog of 100,000 pills.
        List<PillDocument> documents = records.parallelStream()
                .map(pill -> PillDocument.of(pill.id(), pill.imprint(), pill.medicineName(), pill.activeIngredients(),
                        pill.strength(), pill.ndc9(), pill.ndc11(), pill.colors(), pill.shape(), pill.sizeMm(), pill.score()))
                .toList();
        return new CatalogSnapshot(
                records.stream().collect(Collectors.toUnmodifiableMap(PillRecord::id, Function.identity())),
                new SearchIndex(documents));
    }
}
