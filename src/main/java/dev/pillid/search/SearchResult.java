package dev.pillid.search;

import java.util.List;

/** One page of results in rank order, and how many results there are in all. */
public record SearchResult(int total, List<Hit> page) {

    public SearchResult {
        page = List.copyOf(page);
    }
}
