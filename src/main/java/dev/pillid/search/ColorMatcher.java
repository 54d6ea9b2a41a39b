package dev.pillid.search;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Colour is a ranking signal, never a filter: people describe colours differently from labels.
 * The colours of a two-tone pill match in either order; a colour close to the label's (peach for
 * orange, off-white for yellow) is similar, as close as the vocabulary's neighbours say.
 */
final class ColorMatcher implements CriterionMatcher {

    /** What sharing every described colour is worth when the pill has more colours than described. */
    static final double PARTIAL_SHARE = 0.7;
    /** What a neighbouring colour is worth, times its closeness. */
    static final double NEIGHBOUR = 0.8;

    private final List<VocabularyTerm> wanted;
    private final Set<String> wantedNames = new LinkedHashSet<>();

    ColorMatcher(List<VocabularyTerm> colors) {
        this.wanted = List.copyOf(colors);
        colors.forEach(term -> wantedNames.add(term.name()));
    }

    @Override
    public Criterion criterion() {
        return Criterion.COLOR;
    }

    @Override
    public CriterionMatch match(PillDocument pill) {
        if (pill.colors().isEmpty()) {
            return CriterionMatch.unknown(Criterion.COLOR, "colour not on record");
        }
        Set<String> actual = new LinkedHashSet<>(pill.colors());
        String label = words(actual);
        if (actual.equals(wantedNames)) {
            return new CriterionMatch(Criterion.COLOR, MatchLevel.EXACT, 1.0, () -> label + ", as described");
        }
        double closeness = 0;
        List<String> same = new ArrayList<>();
        List<String> close = new ArrayList<>();
        for (VocabularyTerm colour : wanted) {
            double best = 0;
            for (String a : actual) {
                best = Math.max(best, colour.similarity(a));
            }
            closeness += best;
            if (best == 1.0) {
                same.add(lower(colour.name()));
            } else if (best > 0) {
                close.add(lower(colour.name()));
            }
        }
        double share = closeness / Math.max(wanted.size(), actual.size());
        if (!same.isEmpty()) {
            return new CriterionMatch(Criterion.COLOR, MatchLevel.PARTIAL, PARTIAL_SHARE * share,
                    () -> String.join(" and ", same) + " matches; the pill is " + label);
        }
        if (!close.isEmpty()) {
            return new CriterionMatch(Criterion.COLOR, MatchLevel.SIMILAR, NEIGHBOUR * share,
                    () -> "the pill is " + label + "; " + String.join(" and ", close) + (close.size() == 1 ? " is" : " are")
                            + " close to it");
        }
        return CriterionMatch.notMatched(Criterion.COLOR, () -> "the pill is " + label + ", not " + words(wantedNames));
    }

    static String words(Set<String> names) {
        return String.join(" and ", names.stream().map(ColorMatcher::lower).toList());
    }

    private static String lower(String name) {
        return name.toLowerCase(Locale.ROOT);
    }
}
