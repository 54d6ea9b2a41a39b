package dev.pillid.search;

import java.util.List;

/**
 * How sure the service is that a result is the pill described, so that an app can say "no
 * confident match" instead of showing a wrong pill first ({@link #of}; docs/api.md#confidence).
 */
public enum Confidence {
    HIGH, MEDIUM, LOW;

    /** Relevance closer than this to another drug's makes an exact match ambiguous. */
    static final double AMBIGUOUS = 0.05;
    /** How many of the best results are looked at when judging ambiguity. */
    static final int AMBIGUITY_WINDOW = 50;
    /** The score from which a similar identifying match (a whole imprint read with confused characters...) is medium. */
    static final double SIMILAR_MEDIUM = 0.6;
    /** The relevance from which a partial identifying match (one side...) is medium. */
    static final double PARTIAL_MEDIUM = 0.6;
    /** The relevance from which a description by look alone, contradicted by nothing, is medium. */
    static final double LOOK_MEDIUM = 0.9;

    /**
     * The confidence of a result among the results ranked before and after it:
     * <ul>
     * <li>HIGH: the identifying criterion (imprint, NDC or name) matches exactly, nothing described
     *     contradicts the pill, and no other drug matches exactly about as well;</li>
     * <li>MEDIUM: an exact match that something contradicts or another drug matches as well; a
     *     similar identifying match of score {@value #SIMILAR_MEDIUM} or more that nothing
     *     contradicts; a partial one of relevance {@value #PARTIAL_MEDIUM} or more that nothing
     *     contradicts; a description by look alone of relevance {@value #LOOK_MEDIUM} or more that
     *     nothing contradicts;</li>
     * <li>LOW: anything else.</li>
     * </ul>
     */
    static Confidence of(RankedPill hit, List<RankedPill> results) {
        CriterionMatch identifying = identifying(hit);
        boolean contradicted = false;
        for (CriterionMatch m : hit.matches()) {
            if (!m.criterion().identifies() && m.level() == MatchLevel.NOT_MATCHED && m.score() == 0) {
                contradicted = true;
                break;
            }
        }
        if (identifying == null) {
            // By look alone a pill is never identified for sure.
            return !contradicted && hit.relevance() >= LOOK_MEDIUM ? MEDIUM : LOW;
        }
        if (identifying.level() == MatchLevel.EXACT) {
            return contradicted || ambiguous(hit, results) ? MEDIUM : HIGH;
        }
        if (identifying.level() == MatchLevel.SIMILAR && identifying.score() >= SIMILAR_MEDIUM && !contradicted) {
            return MEDIUM;
        }
        return identifying.level() == MatchLevel.PARTIAL && hit.relevance() >= PARTIAL_MEDIUM && !contradicted ? MEDIUM : LOW;
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
}
