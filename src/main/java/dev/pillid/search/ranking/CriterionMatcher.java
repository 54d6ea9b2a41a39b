package dev.pillid.search.ranking;

import dev.pillid.search.Criterion;
import dev.pillid.search.CriterionMatch;
import dev.pillid.search.PillDocument;
import dev.pillid.search.SearchQuery;

import java.util.ArrayList;
import java.util.List;

/**
 * Judges one criterion of one query against any pill. A matcher is made once per query, so the
 * work of preparing the query (normalising, resolving words) is not repeated for every pill.
 */
public interface CriterionMatcher {

    Criterion criterion();

    CriterionMatch match(PillDocument pill);

    /** One matcher for each criterion the query describes. */
    static List<CriterionMatcher> forQuery(SearchQuery query) {
        List<CriterionMatcher> matchers = new ArrayList<>();
        if (query.hasImprint()) {
            matchers.add(new ImprintMatcher(query.imprint()));
        }
        if (query.hasName()) {
            matchers.add(new NameMatcher(query.name()));
        }
        if (query.hasNdc()) {
            matchers.add(new NdcMatcher(query.ndc()));
        }
        if (!query.colors().isEmpty()) {
            matchers.add(new ColorMatcher(query.colors()));
        }
        if (query.shape() != null) {
            matchers.add(new ShapeMatcher(query.shape()));
        }
        if (query.sizeMm() != null) {
            matchers.add(new SizeMatcher(query.sizeMm()));
        }
        if (query.score() != null) {
            matchers.add(new ScoreMatcher(query.score()));
        }
        return matchers;
    }
}
