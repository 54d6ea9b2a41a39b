/**
 * Judging the best candidates first: the pills of an imprint search are bounded by the most they
 * can score, bucketed by that bound and judged from the highest bucket down until no pill left
 * could rank among the results wanted ({@link dev.pillid.search.pruning.BestFirstSearch}); the
 * per-pill tables it reads ({@link dev.pillid.search.pruning.PillTables}).
 */
package dev.pillid.search.pruning;
