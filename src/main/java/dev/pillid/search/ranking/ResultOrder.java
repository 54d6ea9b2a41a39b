package dev.pillid.search.ranking;

/**
 * The order of a search's results, the one rule every ranking, bound and queue of the search
 * follows: a pill whose whole imprint matched exactly first, then by relevance, highest first
 * ({@link #byMatch}); on a tie, the pill of the product sold under more NDCs (the likelier one in
 * a pharmacy), then by name and id ({@link #byTieBreak}). The tie-breaks are apart so that callers
 * look them up only on a tie.
 */
public final class ResultOrder {

    private ResultOrder() {
    }

    /** Negative when a pill of the first match comes before one of the second, 0 on a tie. */
    public static int byMatch(boolean exactImprintA, double relevanceA, boolean exactImprintB, double relevanceB) {
        if (exactImprintA != exactImprintB) {
            return exactImprintA ? -1 : 1;
        }
        return Double.compare(relevanceB, relevanceA);
    }

    /**
     * Between pills tied {@link #byMatch}: negative when the first comes before; {@code productSize}
     * is how many of the search's matches are of the pill's product, {@code nameOrder} the name's
     * place among the catalog's names in case-insensitive order.
     */
    public static int byTieBreak(int productSizeA, int nameOrderA, long idA, int productSizeB, int nameOrderB, long idB) {
        if (productSizeA != productSizeB) {
            return Integer.compare(productSizeB, productSizeA);
        }
        if (nameOrderA != nameOrderB) {
            return Integer.compare(nameOrderA, nameOrderB);
        }
        return Long.compare(idA, idB);
    }
}
