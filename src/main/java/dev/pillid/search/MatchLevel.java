package dev.pillid.search;

/** How well one criterion of a query matched one pill, from best to worst. */
public enum MatchLevel {
    /** The pill is what was described. */
    EXACT,
    /** Part of the description matched: one side of the imprint, a prefix, one of two colours. */
    PARTIAL,
    /** Not what was described, but close to it: room for confusable characters and neighbouring colours. */
    SIMILAR,
    /** The pill does not have what was described, or the catalog does not record it. */
    NOT_MATCHED
}
