package dev.pillid.search;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Colour is a ranking signal, never a filter: people describe colours differently from labels.
 * The colours of a two-tone pill match in either order.
 */
final class ColorMatcher implements CriterionMatcher {

    private final Set<String> wanted = new LinkedHashSet<>();

    ColorMatcher(List<VocabularyTerm> colors) {
        colors.forEach(term -> wanted.add(term.name()));
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
        String described = words(wanted);
        String label = words(actual);
        if (actual.equals(wanted)) {
            return new CriterionMatch(Criterion.COLOR, MatchLevel.EXACT, 1.0, label + ", as described");
        }
        Set<String> common = new LinkedHashSet<>(wanted);
        common.retainAll(actual);
        if (!common.isEmpty()) {
            double share = (double) common.size() / Math.max(wanted.size(), actual.size());
            return new CriterionMatch(Criterion.COLOR, MatchLevel.PARTIAL, 0.6 * share,
                    words(common) + " matches; the pill is " + label);
        }
        return CriterionMatch.notMatched(Criterion.COLOR, "the pill is " + label + ", not " + described);
    }

    static String words(Set<String> names) {
        return String.join(" and ", names.stream().map(n -> n.toLowerCase(Locale.ROOT)).toList());
    }
}
