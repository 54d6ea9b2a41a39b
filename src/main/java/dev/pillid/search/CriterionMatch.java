package dev.pillid.search;

/**
 * The outcome of one criterion for one pill: its level, a score in [0, 1] and a sentence a
 * pharmacist can read, such as "side 155 matches; the other side reads PD".
 */
public record CriterionMatch(Criterion criterion, MatchLevel level, double score, String explanation) {

    public CriterionMatch {
        if (score < 0 || score > 1) {
            throw new IllegalArgumentException("score out of [0,1]: " + score);
        }
    }

    static CriterionMatch notMatched(Criterion criterion, String explanation) {
        return new CriterionMatch(criterion, MatchLevel.NOT_MATCHED, 0, explanation);
    }

    /** Neither a match nor a mismatch: the catalog does not record this for the pill. */
    static CriterionMatch unknown(Criterion criterion, String explanation) {
        return new CriterionMatch(criterion, MatchLevel.NOT_MATCHED, UNKNOWN_SCORE, explanation);
    }

    /** What an unrecorded attribute is worth: less than a match, more than a contradiction. */
    static final double UNKNOWN_SCORE = 0.3;

    public boolean matched() {
        return level != MatchLevel.NOT_MATCHED;
    }
}
