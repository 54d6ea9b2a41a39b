/**
 * General data structures the search core uses for speed: lists and counts of ints without
 * boxing, marks that need no clearing, and a pool of scratch space reused from search to search.
 * They know nothing of pills.
 */
package dev.pillid.search.structures;
