package dev.pillid.search;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;

/**
 * An immutable, in-memory view of the catalog that answers searches. A pill is a candidate when
 * it matches an identifying criterion (imprint or name) if the query gives one, otherwise when it
 * matches any criterion. Candidates are ranked by the weighted mean of their criterion scores
 * (weights in {@link Criterion}), so colour, shape, size and score reorder candidates but never
 * remove one.
 */
public final class SearchIndex {

    private static final Comparator<RankedPill> RANK_ORDER = Comparator
            .comparingDouble(RankedPill::relevance).reversed()
            .thenComparing(ranked -> ranked.pill().name(), String.CASE_INSENSITIVE_ORDER)
            .thenComparingLong(ranked -> ranked.pill().id());

    private final List<PillDocument> documents;

    public SearchIndex(Collection<PillDocument> documents) {
        this.documents = List.copyOf(documents);
    }

    public int size() {
        return documents.size();
    }

    public SearchResult search(SearchQuery query, int limit, int offset) {
        if (limit < 0 || offset < 0) {
            throw new IllegalArgumentException("limit and offset must not be negative");
        }
        List<CriterionMatcher> matchers = CriterionMatcher.forQuery(query);
        double totalWeight = 0;
        for (CriterionMatcher matcher : matchers) {
            totalWeight += matcher.criterion().weight();
        }
        List<RankedPill> candidates = new ArrayList<>();
        for (PillDocument pill : documents) {
            RankedPill ranked = judge(pill, matchers, totalWeight, query.identifies());
            if (ranked != null) {
                candidates.add(ranked);
            }
        }
        candidates.sort(RANK_ORDER);
        int from = Math.min(offset, candidates.size());
        int to = Math.min(candidates.size(), from + limit);
        return new SearchResult(candidates.size(), candidates.subList(from, to));
    }

    private static RankedPill judge(PillDocument pill, List<CriterionMatcher> matchers, double totalWeight,
                                    boolean needsIdentifyingMatch) {
        List<CriterionMatch> matches = new ArrayList<>(matchers.size());
        boolean candidate = false;
        double weighted = 0;
        for (CriterionMatcher matcher : matchers) {
            CriterionMatch match = matcher.match(pill);
            matches.add(match);
            weighted += match.criterion().weight() * match.score();
            if (match.matched() && (!needsIdentifyingMatch || match.criterion().identifies())) {
                candidate = true;
            }
        }
        return candidate ? new RankedPill(pill, weighted / totalWeight, matches) : null;
    }
}
