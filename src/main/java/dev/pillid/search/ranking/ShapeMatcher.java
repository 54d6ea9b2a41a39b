package dev.pillid.search.ranking;

import dev.pillid.search.Criterion;
import dev.pillid.search.CriterionMatch;
import dev.pillid.search.MatchLevel;
import dev.pillid.search.PillDocument;
import dev.pillid.search.VocabularyTerm;

import java.util.Locale;

/** Shape is a ranking signal, never a filter; a shape close to the label's (oblong for oval) is similar. */
final class ShapeMatcher implements CriterionMatcher {

    /** What a neighbouring shape is worth, times its closeness. */
    static final double NEIGHBOUR = 0.8;

    private final VocabularyTerm wanted;

    ShapeMatcher(VocabularyTerm wanted) {
        this.wanted = wanted;
    }

    @Override
    public Criterion criterion() {
        return Criterion.SHAPE;
    }

    @Override
    public CriterionMatch match(PillDocument pill) {
        if (pill.shape() == null) {
            return CriterionMatch.unknown(Criterion.SHAPE, "shape not on record");
        }
        String shape = pill.shape();
        double closeness = wanted.similarity(shape);
        if (closeness == 1.0) {
            return new CriterionMatch(Criterion.SHAPE, MatchLevel.EXACT, 1.0, () -> lower(shape) + ", as described");
        }
        if (closeness > 0) {
            return new CriterionMatch(Criterion.SHAPE, MatchLevel.SIMILAR, NEIGHBOUR * closeness,
                    () -> "the pill is " + lower(shape) + "; " + lower(wanted.name()) + " is close to it");
        }
        return CriterionMatch.notMatched(Criterion.SHAPE, () -> "the pill is " + lower(shape) + ", not " + lower(wanted.name()));
    }

    private static String lower(String name) {
        return name.toLowerCase(Locale.ROOT);
    }
}
