package dev.pillid.search.ranking;

import dev.pillid.search.Criterion;
import dev.pillid.search.CriterionMatch;
import dev.pillid.search.MatchLevel;
import dev.pillid.search.PillDocument;

/**
 * Size is graded: a pill measured with a ruler by eye is rarely exact. Within half a millimetre
 * of the label it matches; up to {@value #TOLERANCE_MM} mm away it is similar, less so the further off.
 */
final class SizeMatcher implements CriterionMatcher {

    static final double EXACT_MM = 0.5;
    static final double TOLERANCE_MM = 3.0;
    /** What a size just past {@link #EXACT_MM} off scores at most; less the further off, to nothing past the tolerance. */
    static final double NEAR = 0.8;

    private final double wanted;

    SizeMatcher(double wanted) {
        this.wanted = wanted;
    }

    @Override
    public Criterion criterion() {
        return Criterion.SIZE;
    }

    @Override
    public CriterionMatch match(PillDocument pill) {
        if (pill.sizeMm() == null) {
            return CriterionMatch.unknown(Criterion.SIZE, "size not on record");
        }
        double actual = pill.sizeMm();
        double off = Math.abs(actual - wanted);
        if (off <= EXACT_MM) {
            return new CriterionMatch(Criterion.SIZE, MatchLevel.EXACT, 1.0, () -> millimetres(actual) + ", as described");
        }
        if (off <= TOLERANCE_MM) {
            return new CriterionMatch(Criterion.SIZE, MatchLevel.SIMILAR, NEAR * (1 - off / (TOLERANCE_MM + 0.5)),
                    () -> "the label says " + millimetres(actual) + ", " + millimetres(off) + " from " + millimetres(wanted));
        }
        return CriterionMatch.notMatched(Criterion.SIZE, () -> "the label says " + millimetres(actual) + ", not " + millimetres(wanted));
    }

    static String millimetres(double mm) {
        return (mm == Math.rint(mm) ? String.valueOf((long) mm) : String.format(java.util.Locale.ROOT, "%.1f", mm)) + " mm";
    }
}
