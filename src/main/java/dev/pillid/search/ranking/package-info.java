/**
 * Scoring and ordering candidates: one matcher per criterion of a query, the imprint readings
 * with their scores and bounds ({@link dev.pillid.search.ranking.ImprintReading}), the judging of
 * a pill into its relevance ({@link dev.pillid.search.ranking.Judge}), the one result order
 * ({@link dev.pillid.search.ranking.ResultOrder}) and the ranking of a search's matches into
 * products and pages ({@link dev.pillid.search.ranking.Ranking}).
 */
package dev.pillid.search.ranking;
