package dev.pillid.catalog;

import dev.pillid.search.CriterionMatch;
import dev.pillid.search.RankedPill;
import dev.pillid.search.SearchQuery;
import dev.pillid.search.SearchResult;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The catalog: PostgreSQL is the system of record; searches and look-ups read an immutable
 * in-memory snapshot that is replaced whole after every change, so readers never wait on writers.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class CatalogService {

    private static final Logger LOG = Logger.getLogger(CatalogService.class);

    private final PillRepository pills;
    private final AtomicReference<CatalogSnapshot> snapshot = new AtomicReference<>(CatalogSnapshot.EMPTY);

    CatalogService(PillRepository pills) {
        this.pills = pills;
    }

    /** A candidate of a search: the catalog record and how it matched. */
    public record Candidate(PillRecord pill, double relevance, List<CriterionMatch> matches) {
    }

    /** One page of candidates and how many there are in all. */
    public record Candidates(int total, List<Candidate> page) {
    }

    public Candidates search(SearchQuery query, int limit, int offset) {
        CatalogSnapshot current = snapshot.get();
        SearchResult result = current.index().search(query, limit, offset);
        List<Candidate> page = new ArrayList<>(result.page().size());
        for (RankedPill ranked : result.page()) {
            page.add(new Candidate(current.byId().get(ranked.pill().id()), ranked.relevance(), ranked.matches()));
        }
        return new Candidates(result.total(), page);
    }

    public Optional<PillRecord> findById(long id) {
        return Optional.ofNullable(snapshot.get().byId().get(id));
    }

    /** How many pills searches see now. */
    public int size() {
        return snapshot.get().byId().size();
    }

    /**
     * Stores the entries when the catalog holds no pill at all, as one transaction; with several
     * replicas starting at once, one of them loads and the others find the catalog filled.
     *
     * @return how many entries were stored (0 when the catalog already had pills)
     */
    @Transactional(Transactional.TxType.REQUIRED)
    public int loadIfEmpty(List<CatalogEntry> entries) {
        pills.lockCatalogForLoading();
        if (pills.count() > 0) {
            return 0;
        }
        OffsetDateTime now = OffsetDateTime.now();
        entries.forEach(entry -> pills.persist(entry.toEntity(now)));
        return entries.size();
    }

    /** Rebuilds the in-memory snapshot from the database and swaps it in. */
    public void refresh() {
        List<PillRecord> records = pills.streamAll().map(PillRecord::of).toList();
        snapshot.set(CatalogSnapshot.of(records));
        LOG.infof("catalog snapshot holds %d pills", records.size());
    }
}
