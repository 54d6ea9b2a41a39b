package dev.pillid.catalog;

import dev.pillid.config.PillIdConfig;
import dev.pillid.search.Confidence;
import dev.pillid.search.CriterionMatch;
import dev.pillid.search.Hit;
import dev.pillid.search.ImprintSuggestion;
import dev.pillid.search.PillDocument;
import dev.pillid.search.RankedPill;
import dev.pillid.search.SearchQuery;
import dev.pillid.search.SearchResult;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.context.ManagedExecutor;
import org.jboss.logging.Logger;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.LongConsumer;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * The catalog: PostgreSQL is the system of record; searches and look-ups read an immutable
 * in-memory snapshot that is replaced whole after every change, so readers never wait on writers.
 */
@ApplicationScoped
public class CatalogService {

    private static final Logger LOG = Logger.getLogger(CatalogService.class);

    private final PillRepository pills;
    private final CatalogSources sources;
    private final ObjectMapper json;
    private final PillIdConfig config;
    /** Writes the saved copies of the catalog one after another, so that the last one written is the newest. */
    private final ManagedExecutor saver;
    private final AtomicReference<CatalogSnapshot> snapshot = new AtomicReference<>(CatalogSnapshot.EMPTY);
    /** Made with each snapshot and set right after it. */
    private final AtomicReference<CatalogSummary> summary = new AtomicReference<>(CatalogSummary.EMPTY);

    CatalogService(PillRepository pills, CatalogSources sources, ObjectMapper json, PillIdConfig config,
                   @BackgroundWork ManagedExecutor saver) {
        this.pills = pills;
        this.sources = sources;
        this.json = json;
        this.config = config;
        this.saver = saver;
    }

    /**
     * A result of a search: the catalog record, how it matched, how confident the match is, and
     * the other records of the same drug, strength and appearance (other labelers and sources).
     */
    public record Candidate(PillRecord pill, double relevance, List<CriterionMatch> matches, Confidence confidence,
                            List<PillRecord> sameProduct) {
    }

    /** One page of results and how many there are in all. */
    public record Candidates(int total, List<Candidate> page) {
    }

    public Candidates search(SearchQuery query, int limit, int offset, boolean grouped) {
        CatalogSnapshot current = snapshot.get();
        SearchResult result = current.index().search(query, limit, offset, grouped);
        List<Candidate> page = new ArrayList<>(result.page().size());
        for (Hit hit : result.page()) {
            RankedPill best = hit.best();
            List<PillRecord> same = new ArrayList<>(hit.sameProduct().size());
            for (PillDocument other : hit.sameProduct()) {
                same.add(current.byId().get(other.id()));
            }
            page.add(new Candidate(current.byId().get(best.pill().id()), best.relevance(), best.matches(), hit.confidence(), same));
        }
        return new Candidates(result.total(), page);
    }

    /** Imprints starting with what was typed, for autocomplete. */
    public List<ImprintSuggestion> suggestImprints(String typed, int limit) {
        return snapshot.get().index().suggest(typed, limit);
    }

    public Optional<PillRecord> findById(long id) {
        return Optional.ofNullable(snapshot.get().byId().get(id));
    }

    /** Up to {@code count} pills of the catalog searches see now, taken evenly through it. */
    public List<PillRecord> spread(int count) {
        Collection<PillRecord> all = snapshot.get().byId().values();
        int size = all.size();
        int wanted = Math.min(count, size);
        List<PillRecord> taken = new ArrayList<>(Math.max(0, wanted));
        int at = 0;
        for (PillRecord pill : all) {
            // The next pill taken is the one at (taken × size / wanted): all of them when the
            // catalog holds no more than wanted, otherwise one in every size / wanted.
            if (taken.size() < wanted && at == (int) ((long) taken.size() * size / wanted)) {
                taken.add(pill);
            }
            at++;
        }
        return taken;
    }

    /** How many pills searches see now. */
    public int size() {
        return snapshot.get().byId().size();
    }

    /** What the catalog searches see holds: its pills by source, and its version. */
    public CatalogSummary summary() {
        return summary.get();
    }

    /** How many of the pills searches see now are such pills. */
    public int count(Predicate<PillRecord> which) {
        int count = 0;
        for (PillRecord pill : snapshot.get().byId().values()) {
            if (which.test(pill)) {
                count++;
            }
        }
        return count;
    }

    /**
     * Stores a bundled catalog, and what it says of its source, when the catalog holds no pill at
     * all, as one transaction; with several replicas starting at once, one of them loads and the
     * others find the catalog filled.
     *
     * @param bundled read only when the catalog is empty: a start with a filled one does not parse it
     * @return how many pills were stored (0 when the catalog already had pills)
     */
    @Transactional(Transactional.TxType.REQUIRED)
    public int loadIfEmpty(Supplier<BundledCatalog> bundled) {
        pills.lockCatalogForLoading();
        if (pills.count() > 0) {
            return 0;
        }
        BundledCatalog catalog = bundled.get();
        int added = store(catalog.source().name(), catalog.records(), stored -> { }).added();
        sources.record(catalog.source());
        return added;
    }

    /** What storing a batch of entries changed. */
    public record StoreOutcome(int added, int updated, int unchanged) {
    }

    /**
     * Stores entries of one source in one transaction, matching them with stored pills by their
     * natural key (source and source key): new ones are added, changed ones updated, the rest left
     * alone. Either all of it is stored or, on any failure, none of it. Call {@link #refresh()}
     * after it returns for searches to see the change.
     *
     * @param stored told how many entries have been stored so far
     */
    @Transactional(Transactional.TxType.REQUIRED)
    public StoreOutcome store(String source, Collection<PillRecord> entries, LongConsumer stored) {
        pills.lockCatalogForLoading();
        Map<String, PillEntity> existing = new HashMap<>();
        pills.stream("source", source).forEach(pill -> existing.put(pill.sourceKey, pill));
        OffsetDateTime now = OffsetDateTime.now();
        int added = 0;
        int updated = 0;
        int unchanged = 0;
        long done = 0;
        for (PillRecord entry : entries) {
            if (!source.equals(entry.source())) {
                throw new IllegalArgumentException("entry of source " + entry.source() + " in a batch of " + source);
            }
            PillEntity pill = existing.get(entry.sourceKey());
            PillRecord before = pill == null ? null : PillRecord.of(pill).asRead();
            PillRecord after = before == null ? entry : entry.keepingRxcuiOf(before);
            if (before == null) {
                pills.persist(entry.toEntity(now));
                added++;
            } else if (before.equals(after)) {
                unchanged++;
            } else {
                after.writeTo(pill, now);
                updated++;
            }
            if (++done % STORE_FLUSH_EVERY == 0) {
                pills.flush();
                stored.accept(done);
            }
        }
        pills.flush();
        if (added + updated > 0) {
            pills.markChanged();
        }
        stored.accept(done);
        return new StoreOutcome(added, updated, unchanged);
    }

    private static final int STORE_FLUSH_EVERY = 1000;

    /** Rebuilds the in-memory snapshot from the database and swaps it in. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public void refresh() {
        // The version is read first: a change committed while the pills load raises it again,
        // and the next check rebuilds once more rather than missing the change.
        PillRepository.State state = pills.state();
        long version = state.version();
        List<CatalogSource> described = sources.all();
        long started = System.nanoTime();
        CatalogSnapshot.Builder building = new CatalogSnapshot.Builder();
        // A transaction of its own, so that the driver fetches the rows a batch at a time (a cursor)
        // rather than all of them before the first: each batch's documents are made while the next
        // rows are fetched, and a large catalog is never held whole as rows and records at once.
        QuarkusTransaction.requiringNew().run(() -> pills.loadAll(building::add));
        long loaded = System.nanoTime();
        snapshot.set(building.build());
        List<PillRecord> records = building.records();
        summary.set(CatalogSummary.of(version, state.changedAt(), records, described));
        loadedVersion = version;
        LOG.infof("catalog snapshot holds %d pills (catalog version %d): read in %d ms, indexed in %d ms more", records.size(), version,
                (loaded - started) / 1_000_000, (System.nanoTime() - loaded) / 1_000_000);
        // The saved copy is only for starting without the database: written after the swap, off this thread.
        saver.execute(() -> CatalogSnapshotFile.write(json, config.catalog().snapshotFile(), records));
    }

    /**
     * Serves these records from memory while the database is away; the next refresh replaces them.
     *
     * @param described what is known of their sources
     */
    void serveWithoutDatabase(List<PillRecord> records, List<CatalogSource> described) {
        snapshot.set(CatalogSnapshot.of(records));
        summary.set(CatalogSummary.of(null, null, records, described));
        loadedVersion = -1;
    }

    /**
     * Rebuilds the snapshot when the catalog changed since it was built, by this replica or
     * another sharing the database.
     *
     * @return whether it was rebuilt
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public boolean refreshIfChanged() {
        if (pills.version() == loadedVersion) {
            return false;
        }
        refresh();
        return true;
    }

    private volatile long loadedVersion = -1;
}
