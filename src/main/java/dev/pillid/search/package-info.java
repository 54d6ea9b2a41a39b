/**
 * The search core: plain Java, no framework and no database, so that it can be unit-tested and
 * benchmarked alone. {@link dev.pillid.search.SearchIndex} is its facade: built from the
 * catalog's {@link dev.pillid.search.PillDocument}s, it answers a
 * {@link dev.pillid.search.SearchQuery} with ranked {@link dev.pillid.search.Hit}s, each with the
 * {@link dev.pillid.search.CriterionMatch}es that say why it is there and a
 * {@link dev.pillid.search.Confidence}. The sub-packages hold the stages of a search
 * (docs/design/search.md): {@code text} normalises what was typed, {@code candidates} finds the
 * pills it can match, {@code ranking} scores and orders them, {@code pruning} judges the best
 * first and counts the rest, {@code suggest} completes imprints, {@code structures} holds the
 * general data structures they share.
 */
package dev.pillid.search;
