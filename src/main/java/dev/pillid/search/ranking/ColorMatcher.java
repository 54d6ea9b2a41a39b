package dev.pillid.search.ranking;

import dev.pillid.search.Criterion;
import dev.pillid.search.CriterionMatch;
import dev.pillid.search.MatchLevel;
import dev.pillid.search.PillDocument;
import dev.pillid.search.VocabularyTerm;

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
        List<String> colours = pill.colors();
        if (colours.isEmpty()) {
            return CriterionMatch.unknown(Criterion.COLOR, "colour not on record");
        }
        if (sameColours(colours)) {
            return new CriterionMatch(Criterion.COLOR, MatchLevel.EXACT, 1.0, () -> label(colours) + ", as described");
        }
        double closeness = 0;
        int sameCount = 0;
        int closeCount = 0;
        for (VocabularyTerm colour : wanted) {
            double best = best(colour, colours);
            closeness += best;
            if (best == 1.0) {
                sameCount++;
            } else if (best > 0) {
                closeCount++;
            }
        }
        double share = closeness / Math.max(wanted.size(), distinct(colours));
        if (sameCount > 0) {
            return new CriterionMatch(Criterion.COLOR, MatchLevel.PARTIAL, PARTIAL_SHARE * share,
                    () -> String.join(" and ", described(colours, true)) + " matches; the pill is " + label(colours));
        }
        if (closeCount > 0) {
            return new CriterionMatch(Criterion.COLOR, MatchLevel.SIMILAR, NEIGHBOUR * share, () -> {
                List<String> close = described(colours, false);
                return "the pill is " + label(colours) + "; " + String.join(" and ", close) + (close.size() == 1 ? " is" : " are")
                        + " close to it";
            });
        }
        return CriterionMatch.notMatched(Criterion.COLOR, () -> "the pill is " + label(colours) + ", not " + words(wantedNames));
    }

    /** Whether the pill has exactly the described colours, in any order. */
    private boolean sameColours(List<String> colours) {
        for (String colour : colours) {
            if (!wantedNames.contains(colour)) {
                return false;
            }
        }
        return colours.containsAll(wantedNames);
    }

    /** How many different colours the list has (a loop: a stream here was a tenth of a colour's judging). */
    private static int distinct(List<String> colours) {
        int distinct = 0;
        for (int i = 0; i < colours.size(); i++) {
            if (colours.indexOf(colours.get(i)) == i) {
                distinct++;
            }
        }
        return distinct;
    }

    private static double best(VocabularyTerm colour, List<String> colours) {
        double best = 0;
        for (String actual : colours) {
            best = Math.max(best, colour.similarity(actual));
        }
        return best;
    }

    /** The described colours the pill has ({@code same}), or has a neighbour of (not {@code same}), in lower case. */
    private List<String> described(List<String> colours, boolean same) {
        List<String> found = new ArrayList<>();
        for (VocabularyTerm colour : wanted) {
            double best = best(colour, colours);
            if (same ? best == 1.0 : best > 0 && best < 1.0) {
                found.add(lower(colour.name()));
            }
        }
        return found;
    }

    private static String label(List<String> colours) {
        return words(new LinkedHashSet<>(colours));
    }

    static String words(Set<String> names) {
        return String.join(" and ", names.stream().map(ColorMatcher::lower).toList());
    }

    private static String lower(String name) {
        return name.toLowerCase(Locale.ROOT);
    }
}
