package dev.pillid.search;

/**
 * How sure the service is that a result is the pill described, so that an app can say "no
 * confident match" instead of showing a wrong pill first. The rule is in docs/search.md:
 * <ul>
 * <li>HIGH: the imprint (or NDC, or name) matches exactly, nothing described contradicts the
 *     pill, and no other drug matches as well;</li>
 * <li>MEDIUM: an exact match that something contradicts or another drug matches as well; a
 *     similar whole imprint; a partial match with relevance of at least 0.6; a description by
 *     look alone that matches in every respect;</li>
 * <li>LOW: anything else.</li>
 * </ul>
 */
public enum Confidence {
    HIGH, MEDIUM, LOW
}
