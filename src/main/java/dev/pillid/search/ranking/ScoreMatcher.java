package dev.pillid.search.ranking;

import dev.pillid.search.Criterion;
import dev.pillid.search.CriterionMatch;
import dev.pillid.search.MatchLevel;
import dev.pillid.search.PillDocument;

/** The SPL score: 1 for an unscored tablet, otherwise the number of pieces its score lines break it into. */
final class ScoreMatcher implements CriterionMatcher {

    private final int wanted;

    ScoreMatcher(int wanted) {
        this.wanted = wanted;
    }

    @Override
    public Criterion criterion() {
        return Criterion.SCORE;
    }

    @Override
    public CriterionMatch match(PillDocument pill) {
        if (pill.score() == null) {
            return CriterionMatch.unknown(Criterion.SCORE, "score not on record");
        }
        if (pill.score() == wanted) {
            return new CriterionMatch(Criterion.SCORE, MatchLevel.EXACT, 1.0, () -> describe(wanted) + ", as described");
        }
        return CriterionMatch.notMatched(Criterion.SCORE, () -> "the label says " + describe(pill.score()) + ", not " + describe(wanted));
    }

    static String describe(int score) {
        return score <= 1 ? "unscored" : "scored into " + score + " pieces";
    }
}
