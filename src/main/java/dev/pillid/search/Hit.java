package dev.pillid.search;

import java.util.List;

/**
 * One result of a search: the best-ranked pill of a product, the other pills that are the same
 * drug, strength and appearance under other NDCs (relabelers, repackagers, other sources), and
 * how confident the match is.
 */
public record Hit(RankedPill best, List<PillDocument> sameProduct, Confidence confidence) {

    public Hit {
        sameProduct = List.copyOf(sameProduct);
    }
}
