package dev.pillid.search;

import dev.pillid.search.candidates.CandidateIndex;
import dev.pillid.search.pruning.BestFirstSearch;
import dev.pillid.search.pruning.PillTables;
import dev.pillid.search.ranking.CriterionMatcher;
import dev.pillid.search.ranking.ImprintMatcher;
import dev.pillid.search.ranking.Judge;
import dev.pillid.search.ranking.NameMatcher;
import dev.pillid.search.ranking.NdcMatcher;
import dev.pillid.search.ranking.Ranking;
import dev.pillid.search.structures.IntList;
import dev.pillid.search.suggest.ImprintSuggestions;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collection;
import java.util.List;

/**
 * An immutable, in-memory view of the catalog that answers searches and imprint suggestions.
 * <p>
 * A pill is a candidate when it matches an identifying criterion (imprint, name or NDC) if the
 * query gives one, otherwise when it matches any criterion. Candidates whose whole imprint
 * matches exactly come first; then candidates rank by relevance, the weighted mean of their
 * criterion scores (weights in {@link Criterion}), so colour, shape, size and score reorder
 * candidates but never remove one. Pills of the same drug, strength and appearance are one
 * result unless the search asks for them ungrouped.
 */
public final class SearchIndex {

    private final List<PillDocument> documents;
    private final CandidateIndex candidates;
    private final PillTables tables;
    private final Judge judge;
    private final BestFirstSearch bestFirst;
    private final ImprintSuggestions suggestions;

    public SearchIndex(Collection<PillDocument> documents) {
        this.documents = List.copyOf(documents);
        this.candidates = new CandidateIndex(this.documents);
        this.tables = new PillTables(this.documents);
        this.judge = new Judge(this.documents, tables.products, tables.nameOrders);
        this.bestFirst = new BestFirstSearch(this.documents, candidates, tables, judge);
        this.suggestions = new ImprintSuggestions(this.documents);
    }

    public int size() {
        return documents.size();
    }

    /** The search, grouped by product. */
    public SearchResult search(SearchQuery query, int limit, int offset) {
        return search(query, limit, offset, true);
    }

    public SearchResult search(SearchQuery query, int limit, int offset, boolean grouped) {
        return search(query, limit, offset, grouped, true);
    }

    /**
     * The search, with candidates from the index or, when {@code indexed} is false, every pill
     * judged in turn: the reference the index is tested against.
     */
    public SearchResult search(SearchQuery query, int limit, int offset, boolean grouped, boolean indexed) {
        if (limit < 0 || offset < 0) {
            throw new IllegalArgumentException("limit and offset must not be negative");
        }
        List<CriterionMatcher> matchers = CriterionMatcher.forQuery(query);
        double totalWeight = 0;
        for (CriterionMatcher matcher : matchers) {
            totalWeight += matcher.criterion().weight();
        }
        boolean identifies = query.identifies();
        int wanted = (int) Math.min(Integer.MAX_VALUE, Math.max((long) offset + limit, Confidence.AMBIGUITY_WINDOW));
        Ranking ranking = new Ranking();
        int unjudged = 0;
        ImprintMatcher imprint = indexed && identifies ? onlyIdentifyingImprint(matchers) : null;
        if (imprint != null && !imprint.hasUnreadable()) {
            // Exact matches, the only ones that make a result ambiguous, are all judged: the page is what must be complete.
            unjudged = bestFirst.judgeByImprint(imprint, matchers, totalWeight, (int) Math.min(Integer.MAX_VALUE, (long) offset + limit),
                    grouped, ranking);
        } else {
            BitSet looked = indexed ? candidates(query, identifies, matchers) : candidates.all();
            for (int doc = looked.nextSetBit(0); doc >= 0; doc = looked.nextSetBit(doc + 1)) {
                judge.into(ranking, doc, matchers, totalWeight, identifies);
            }
        }
        IntList results = ranking.results(grouped);
        // Only the page and the results judged for ambiguity need to be in order.
        List<RankedPill> top = new ArrayList<>();
        List<Integer> best = ranking.best(results, wanted);
        best.forEach(i -> top.add(ranking.pill(i)));
        int from = Math.min(offset, top.size());
        int to = Math.min(top.size(), from + limit);
        List<Hit> page = new ArrayList<>(to - from);
        for (int i = from; i < to; i++) {
            RankedPill leader = top.get(i);
            List<PillDocument> others = grouped ? ranking.sameProduct(best.get(i)).stream().map(RankedPill::pill).toList() : List.of();
            page.add(new Hit(leader, others, Confidence.of(leader, top)));
        }
        return new SearchResult(results.size() + unjudged, page);
    }

    /** The imprint matcher when the imprint is all the query identifies a pill by (no name, no NDC). */
    private static ImprintMatcher onlyIdentifyingImprint(List<CriterionMatcher> matchers) {
        ImprintMatcher imprint = null;
        for (CriterionMatcher matcher : matchers) {
            if (matcher instanceof ImprintMatcher found) {
                imprint = found;
            } else if (matcher.criterion().identifies()) {
                return null;
            }
        }
        return imprint;
    }

    /** The pills that can match the query's identifying criteria, or every pill for a query by look only. */
    private BitSet candidates(SearchQuery query, boolean identifies, List<CriterionMatcher> matchers) {
        if (!identifies) {
            return candidates.all();
        }
        BitSet found = new BitSet(documents.size());
        for (CriterionMatcher matcher : matchers) {
            if (matcher instanceof ImprintMatcher imprint) {
                candidates.addImprintCandidates(imprint.compactQuery(), found);
            } else if (matcher instanceof NameMatcher name) {
                candidates.addNameCandidates(name, found);
            } else if (matcher instanceof NdcMatcher ndc) {
                candidates.addNdcCandidates(ndc, found);
            }
        }
        return found;
    }

    /**
     * Imprints that start with what was typed, most common first, then imprints that do so
     * only when easily confused characters are read alike.
     */
    public List<ImprintSuggestion> suggest(String typed, int limit) {
        return suggestions.suggest(typed, limit);
    }

}
