package dev.pillid.search;

import java.util.function.Supplier;

/**
 * The outcome of one criterion for one pill: its level, a score in [0, 1] and a sentence a
 * pharmacist can read, such as "side 155 matches; the other side reads PD".
 * <p>
 * The sentence is written only when asked for: a search judges thousands of candidates and shows
 * a page of them, so wording every candidate's reasons would be most of its work.
 */
public final class CriterionMatch {

    private final Criterion criterion;
    private final MatchLevel level;
    private final double score;
    private Supplier<String> explain;
    private String explanation;

    public CriterionMatch(Criterion criterion, MatchLevel level, double score, Supplier<String> explain) {
        if (score < 0 || score > 1) {
            throw new IllegalArgumentException("score out of [0,1]: " + score);
        }
        this.criterion = criterion;
        this.level = level;
        this.score = score;
        this.explain = explain;
    }

    public CriterionMatch(Criterion criterion, MatchLevel level, double score, String explanation) {
        this(criterion, level, score, () -> explanation);
    }

    public static CriterionMatch notMatched(Criterion criterion, Supplier<String> explain) {
        return new CriterionMatch(criterion, MatchLevel.NOT_MATCHED, 0, explain);
    }

    public static CriterionMatch notMatched(Criterion criterion, String explanation) {
        return new CriterionMatch(criterion, MatchLevel.NOT_MATCHED, 0, explanation);
    }

    /** Neither a match nor a mismatch: the catalog does not record this for the pill. */
    public static CriterionMatch unknown(Criterion criterion, String explanation) {
        return new CriterionMatch(criterion, MatchLevel.NOT_MATCHED, UNKNOWN_SCORE, explanation);
    }

    /** What an unrecorded attribute is worth: less than a match, more than a contradiction. */
    static final double UNKNOWN_SCORE = 0.3;

    public Criterion criterion() {
        return criterion;
    }

    public MatchLevel level() {
        return level;
    }

    public double score() {
        return score;
    }

    /** The reason in words, written on first use (a page of results is read by one request thread). */
    public String explanation() {
        if (explanation == null) {
            explanation = explain.get();
            explain = null;
        }
        return explanation;
    }

    public boolean matched() {
        return level != MatchLevel.NOT_MATCHED;
    }

    @Override
    public String toString() {
        return criterion + " " + level + " " + score + ": " + explanation();
    }
}
