package dev.pillid.search;

import java.util.Locale;

/** Shape is a ranking signal, never a filter. */
final class ShapeMatcher implements CriterionMatcher {

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
        String label = pill.shape().toLowerCase(Locale.ROOT);
        if (pill.shape().equals(wanted.name())) {
            return new CriterionMatch(Criterion.SHAPE, MatchLevel.EXACT, 1.0, label + ", as described");
        }
        return CriterionMatch.notMatched(Criterion.SHAPE,
                "the pill is " + label + ", not " + wanted.name().toLowerCase(Locale.ROOT));
    }
}
