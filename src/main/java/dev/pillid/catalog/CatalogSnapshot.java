package dev.pillid.catalog;

import dev.pillid.search.PillDocument;
import dev.pillid.search.SearchIndex;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ForkJoinTask;

/** The whole catalog as of one moment, immutable: the records by id and the search index over them. */
record CatalogSnapshot(Map<Long, PillRecord> byId, SearchIndex index) {

    static final CatalogSnapshot EMPTY = of(List.of());

    static CatalogSnapshot of(Collection<PillRecord> records) {
        Builder builder = new Builder();
        List<PillRecord> all = List.copyOf(records);
        for (int from = 0; from < all.size(); from += PillRepository.LOAD_BATCH) {
            builder.add(all.subList(from, Math.min(all.size(), from + PillRepository.LOAD_BATCH)));
        }
        return builder.build();
    }

    /**
     * A snapshot made from records given batch by batch: each batch's documents (most of the work
     * of building a snapshot, after reading the rows) are made on the common pool as soon as the
     * batch is given, while the next rows are still being read.
     */
    static final class Builder {

        private final List<PillRecord> records = new ArrayList<>();
        private final List<ForkJoinTask<PillDocument[]>> documents = new ArrayList<>();

        void add(List<PillRecord> batch) {
            for (PillRecord pill : batch) {
                if (pill.id() == null) {
                    throw new IllegalArgumentException("pill " + pill.source() + " " + pill.sourceKey() + " is not stored: it has no id");
                }
            }
            records.addAll(batch);
            documents.add(ForkJoinPool.commonPool().submit(() -> documents(batch)));
        }

        /** The records given so far, in the order given. */
        List<PillRecord> records() {
            return Collections.unmodifiableList(records);
        }

        CatalogSnapshot build() {
            // The last batches first: the newest task still queued is the one this thread can take
            // back and run itself, while the pool's threads take the oldest.
            for (int batch = documents.size() - 1; batch >= 0; batch--) {
                documents.get(batch).join();
            }
            List<PillDocument> all = new ArrayList<>(records.size());
            for (ForkJoinTask<PillDocument[]> batch : documents) {
                for (PillDocument document : batch.join()) {
                    all.add(document);
                }
            }
            Map<Long, PillRecord> byId = new HashMap<>(records.size() * 4 / 3 + 1);
            for (PillRecord pill : records) {
                if (byId.put(pill.id(), pill) != null) {
                    throw new IllegalArgumentException("two records with id " + pill.id());
                }
            }
            return new CatalogSnapshot(Map.copyOf(byId), new SearchIndex(all));
        }

        private static PillDocument[] documents(List<PillRecord> batch) {
            PillDocument[] documents = new PillDocument[batch.size()];
            for (int i = 0; i < documents.length; i++) {
                PillRecord pill = batch.get(i);
                documents[i] = PillDocument.of(pill.id(), pill.imprint(), pill.medicineName(), pill.activeIngredients(),
                        pill.strength(), pill.ndc9(), pill.ndc11(), pill.colors(), pill.shape(), pill.sizeMm(), pill.score());
            }
            return documents;
        }
    }
}
