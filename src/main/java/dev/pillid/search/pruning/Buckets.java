package dev.pillid.search.pruning;

import dev.pillid.search.Criterion;
import dev.pillid.search.PillDocument;
import dev.pillid.search.ranking.CriterionMatcher;
import dev.pillid.search.structures.IntList;

import java.util.Arrays;
import java.util.List;

/**
 * A search's buckets: per product the most its pills can reach and its bucket (marks of one
 * generation per search, never cleared), per look the weighted score of each criterion of look;
 * per bucket its pill count and place in the queue (cleared after each search where touched).
 * Reused from search to search, so that a search allocates no arrays the size of the catalog.
 */
final class Buckets {

    /** Buckets are levels of the relevance a pill can reach, in steps of 1 / LEVELS, rounded up. */
    static final int LEVELS = 4096;
    /** The bucket judged first, above every level. */
    static final int FIRST = LEVELS + 1;
    /** What a pill judged first (its imprint may be read whole) can reach, as far as buckets go. */
    static final double JUDGED_FIRST = Double.POSITIVE_INFINITY;
    private final int[] generations;
    private final int[] best;
    private final double[] reachable;
    final int[] counts = new int[FIRST + 1];
    final int[] starts = new int[FIRST + 1];
    final IntList touched = new IntList(64);
    /** Per product, its place among the products of the level being ordered, or -1. */
    final int[] slots;
    /** The weighted score of each criterion of look, per look, of this generation's search: a look's at look * stride. */
    private double[] lookTerms;
    private int stride;
    private final int[] lookGenerations;
    private int generation;

    Buckets(int products, int looks) {
        generations = new int[products];
        best = new int[products];
        reachable = new double[products];
        slots = new int[products];
        Arrays.fill(slots, -1);
        lookTerms = new double[looks];
        lookGenerations = new int[looks];
    }

    /** Ready for a search with this many criteria of look. */
    Buckets next(int criteriaOfLook) {
        if (++generation == Integer.MAX_VALUE) {
            java.util.Arrays.fill(generations, 0);
            java.util.Arrays.fill(lookGenerations, 0);
            generation = 1;
        }
        clearCounts();
        stride = criteriaOfLook;
        if (lookTerms.length < lookGenerations.length * stride) {
            lookTerms = new double[lookGenerations.length * stride];
        }
        return this;
    }

    /** Empties the buckets, for a new queue. */
    void clearCounts() {
        for (int i = 0; i < touched.size(); i++) {
            int bucket = touched.get(i);
            counts[bucket] = 0;
            starts[bucket] = 0;
        }
        touched.clear();
        counts[FIRST] = 0;
        starts[FIRST] = 0;
    }

    /**
     * The relevance of a pill whose imprint scores {@code imprintScore} and which matches every
     * other criterion fully, summed as {@link #relevanceAtMost} sums it: no pill of that
     * imprint score gets more.
     */
    static double relevanceAtMostAnyLook(double imprintScore, List<CriterionMatcher> byLook, double totalWeight) {
        double weighted = 0;
        weighted += Criterion.IMPRINT.weight() * imprintScore;
        for (CriterionMatcher matcher : byLook) {
            weighted += matcher.criterion().weight() * 1.0;
        }
        return weighted / totalWeight;
    }

    /** The lowest level at or above the relevance: every pill of a level reaches at most its relevance. */
    static int level(double relevance) {
        return Math.min(LEVELS, (int) Math.ceil(relevance * LEVELS - 1e-9) + 1);
    }

    /** The relevance every pill of the level is below. */
    static double reachOf(int level) {
        return (double) level / LEVELS;
    }

    /**
     * The relevance of a pill of this look whose imprint scores {@code imprintScore}, summed in
     * the order a judged pill's is (the imprint's first), so that it comes out the same to the
     * last bit when the imprint scores that, and never lower than what the pill gets. The
     * scores of look are worked out once per look and search.
     */
    double relevanceAtMost(double imprintScore, int look, List<CriterionMatcher> byLook, double totalWeight,
                           List<PillDocument> documents, int[] lookPills) {
        if (stride == 0) {
            return Criterion.IMPRINT.weight() * imprintScore / totalWeight;
        }
        int at = look * stride;
        if (lookGenerations[look] != generation) {
            for (int i = 0; i < stride; i++) {
                CriterionMatcher matcher = byLook.get(i);
                lookTerms[at + i] = matcher.criterion().weight() * matcher.match(documents.get(lookPills[look])).score();
            }
            lookGenerations[look] = generation;
        }
        double weighted = 0;
        weighted += Criterion.IMPRINT.weight() * imprintScore;
        for (int i = 0; i < stride; i++) {
            weighted += lookTerms[at + i];
        }
        return weighted / totalWeight;
    }

    /** Counts a pill of the product that can reach this relevance. */
    void raise(int product, double relevance) {
        if (generations[product] != generation) {
            generations[product] = generation;
            reachable[product] = relevance;
            best[product] = relevance == JUDGED_FIRST ? FIRST : level(relevance);
        } else if (relevance > reachable[product]) {
            reachable[product] = relevance;
            best[product] = relevance == JUDGED_FIRST ? FIRST : level(relevance);
        }
    }

    /** The bucket of the product: that of its pill that can reach most. */
    int bucketOf(int product) {
        return best[product];
    }

    double reachable(int product) {
        return reachable[product];
    }
}
