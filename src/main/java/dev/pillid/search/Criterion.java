package dev.pillid.search;

/**
 * The things a person can describe about a pill, and how much each one counts towards a
 * result's relevance. The imprint and the name identify a product; colour, shape, size and
 * score only rank candidates, because people often describe them differently from the label.
 */
public enum Criterion {
    IMPRINT(1.0),
    NAME(0.8),
    NDC(1.0),
    COLOR(0.15),
    SHAPE(0.15),
    SIZE(0.1),
    SCORE(0.05);

    private final double weight;

    Criterion(double weight) {
        this.weight = weight;
    }

    public double weight() {
        return weight;
    }

    /** Whether this criterion names a product (imprint, name, NDC) rather than describing its look. */
    public boolean identifies() {
        return this == IMPRINT || this == NAME || this == NDC;
    }
}
