package dev.pillid.search;

import java.util.List;

/** One candidate of a search: the pill, its relevance in [0, 1] and how each criterion matched. */
public record RankedPill(PillDocument pill, double relevance, List<CriterionMatch> matches) {

    public RankedPill {
        matches = List.copyOf(matches);
    }

    /** Whether the whole imprint matched exactly: such results rank before all others. */
    public boolean exactImprint() {
        for (CriterionMatch match : matches) {
            if (match.criterion() == Criterion.IMPRINT) {
                return match.level() == MatchLevel.EXACT;
            }
        }
        return false;
    }
}
