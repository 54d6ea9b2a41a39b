package dev.pillid.search;

import java.util.List;

/** One candidate of a search: the pill, its relevance in [0, 1] and how each criterion matched. */
public record RankedPill(PillDocument pill, double relevance, List<CriterionMatch> matches) {

    public RankedPill {
        matches = List.copyOf(matches);
    }
}
