package dev.pillid.search;

import java.util.List;

/** One page of candidates in rank order, and how many candidates there are in all. */
public record SearchResult(int total, List<RankedPill> page) {

    public SearchResult {
        page = List.copyOf(page);
    }
}
