/**
 * Finding the pills a query can match without judging the whole catalog
 * ({@link dev.pillid.search.candidates.CandidateIndex}): key tables of sides and whole imprints
 * ({@link dev.pillid.search.candidates.KeyTable}, with their
 * {@link dev.pillid.search.candidates.PrefixRanges} and the
 * {@link dev.pillid.search.candidates.PairPositions} of the two-error filter), the sides of every
 * pill packed into longs, the variants one typing error away found by
 * hash, and the look-ups by name and NDC. {@link dev.pillid.search.candidates.Found} records by
 * which way each pill was found, which bounds its score.
 */
package dev.pillid.search.candidates;
