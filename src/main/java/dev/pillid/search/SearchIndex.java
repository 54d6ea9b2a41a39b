package dev.pillid.search;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

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

    /** Relevance closer than this to another drug's makes an exact match ambiguous. */
    static final double AMBIGUOUS = 0.05;
    /** How many of the best results are looked at when judging ambiguity. */
    private static final int AMBIGUITY_WINDOW = 50;

    private final List<PillDocument> documents;
    private final CandidateIndex candidates;
    /** Each pill's product (drug, strength and appearance) as a number: pills with the same one are one result. */
    private final int[] products;
    private final TreeMap<String, Suggested> imprints = new TreeMap<>();
    private final TreeMap<String, Suggested> confusableImprints = new TreeMap<>();

    public SearchIndex(Collection<PillDocument> documents) {
        this.documents = List.copyOf(documents);
        this.candidates = new CandidateIndex(this.documents);
        this.products = new int[this.documents.size()];
        Map<String, Integer> productIds = new HashMap<>();
        for (int doc = 0; doc < products.length; doc++) {
            products[doc] = productIds.computeIfAbsent(this.documents.get(doc).appearance(), key -> productIds.size());
        }
        for (PillDocument pill : this.documents) {
            List<String> sides = pill.imprintSides();
            if (sides.isEmpty()) {
                continue;
            }
            String display = pill.readableImprint();
            addSuggestion(imprints, String.join("", sides), display);
            addSuggestion(confusableImprints, String.join("", pill.confusableSides()), display);
            if (sides.size() == 2) {
                addSuggestion(imprints, sides.get(1) + sides.get(0), display);
                addSuggestion(confusableImprints, pill.confusableSides().get(1) + pill.confusableSides().get(0), display);
            }
        }
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
    SearchResult search(SearchQuery query, int limit, int offset, boolean grouped, boolean indexed) {
        if (limit < 0 || offset < 0) {
            throw new IllegalArgumentException("limit and offset must not be negative");
        }
        List<CriterionMatcher> matchers = CriterionMatcher.forQuery(query);
        double totalWeight = 0;
        for (CriterionMatcher matcher : matchers) {
            totalWeight += matcher.criterion().weight();
        }
        boolean identifies = query.identifies();
        BitSet looked = indexed ? candidates(query, identifies, matchers) : candidates.all();
        Ranking ranking = new Ranking();
        for (int doc = looked.nextSetBit(0); doc >= 0; doc = looked.nextSetBit(doc + 1)) {
            RankedPill ranked = judge(documents.get(doc), matchers, totalWeight, identifies);
            if (ranked != null) {
                ranking.add(ranked, products[doc]);
            }
        }
        CandidateIndex.IntList results = ranking.results(grouped);
        // Only the page and the results judged for ambiguity need to be in order.
        List<RankedPill> top = new ArrayList<>();
        List<Integer> best = ranking.best(results, Math.max(offset + limit, AMBIGUITY_WINDOW));
        best.forEach(i -> top.add(ranking.pill(i)));
        int from = Math.min(offset, top.size());
        int to = Math.min(top.size(), from + limit);
        List<Hit> page = new ArrayList<>(to - from);
        for (int i = from; i < to; i++) {
            RankedPill leader = top.get(i);
            List<PillDocument> others = grouped ? ranking.sameProduct(best.get(i)).stream().map(RankedPill::pill).toList() : List.of();
            page.add(new Hit(leader, others, confidence(leader, top, query)));
        }
        return new SearchResult(results.size(), page);
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
        String prefix = Imprint.compact(typed);
        List<ImprintSuggestion> found = new ArrayList<>();
        if (prefix.isEmpty() || limit <= 0) {
            return found;
        }
        Map<String, Suggested> seen = new LinkedHashMap<>();
        collect(imprints, prefix, seen);
        List<Suggested> exact = new ArrayList<>(seen.values());
        Map<String, Suggested> similar = new LinkedHashMap<>();
        collect(confusableImprints, Imprint.confusable(prefix), similar);
        exact.sort(Suggested.ORDER);
        List<Suggested> close = new ArrayList<>(similar.values());
        close.removeIf(s -> seen.containsKey(s.display));
        close.sort(Suggested.ORDER);
        for (Suggested s : exact) {
            found.add(new ImprintSuggestion(s.display, s.pills, MatchLevel.PARTIAL));
        }
        for (Suggested s : close) {
            found.add(new ImprintSuggestion(s.display, s.pills, MatchLevel.SIMILAR));
        }
        return found.size() > limit ? List.copyOf(found.subList(0, limit)) : found;
    }

    private static void collect(TreeMap<String, Suggested> keys, String prefix, Map<String, Suggested> into) {
        for (Suggested s : keys.subMap(prefix, true, prefix + Character.MAX_VALUE, false).values()) {
            into.putIfAbsent(s.display, s);
        }
    }

    private static void addSuggestion(TreeMap<String, Suggested> keys, String key, String display) {
        keys.computeIfAbsent(key, k -> new Suggested(display)).pills++;
    }

    /** An imprint and how many pills carry it. */
    private static final class Suggested {
        static final Comparator<Suggested> ORDER = Comparator.comparingInt((Suggested s) -> -s.pills)
                .thenComparingInt(s -> s.display.length())
                .thenComparing(s -> s.display);
        final String display;
        int pills;

        Suggested(String display) {
            this.display = display;
        }
    }

    private static Confidence confidence(RankedPill hit, List<RankedPill> results, SearchQuery query) {
        CriterionMatch identifying = identifying(hit);
        boolean contradicted = hit.matches().stream()
                .anyMatch(m -> !m.criterion().identifies() && m.level() == MatchLevel.NOT_MATCHED && m.score() == 0);
        if (identifying == null) {
            // By look alone a pill is never identified for sure.
            return !contradicted && hit.relevance() >= 0.9 ? Confidence.MEDIUM : Confidence.LOW;
        }
        if (identifying.level() == MatchLevel.EXACT) {
            return contradicted || ambiguous(hit, results) ? Confidence.MEDIUM : Confidence.HIGH;
        }
        if (identifying.level() == MatchLevel.SIMILAR && identifying.score() >= 0.6 && !contradicted) {
            return Confidence.MEDIUM;
        }
        return identifying.level() == MatchLevel.PARTIAL && hit.relevance() >= 0.6 && !contradicted
                ? Confidence.MEDIUM : Confidence.LOW;
    }

    /** The best identifying criterion's match (imprint, NDC or name), or null when the query gives none. */
    private static CriterionMatch identifying(RankedPill hit) {
        CriterionMatch best = null;
        for (CriterionMatch m : hit.matches()) {
            if (m.criterion().identifies() && (best == null || m.score() > best.score())) {
                best = m;
            }
        }
        return best;
    }

    /** Whether another drug matches exactly too, about as well. */
    private static boolean ambiguous(RankedPill hit, List<RankedPill> results) {
        int looked = 0;
        for (RankedPill other : results) {
            if (++looked > AMBIGUITY_WINDOW) {
                break;
            }
            if (other == hit || other.pill().drug().equals(hit.pill().drug())) {
                continue;
            }
            CriterionMatch match = identifying(other);
            if (match != null && match.level() == MatchLevel.EXACT && Math.abs(other.relevance() - hit.relevance()) < AMBIGUOUS) {
                return true;
            }
        }
        return false;
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
