package dev.pillid.search.ranking;

import dev.pillid.search.CriterionMatch;
import dev.pillid.search.PillDocument;
import dev.pillid.search.RankedPill;

import java.util.ArrayList;
import java.util.List;

/** Judges a pill: matches it against every criterion of the query and weighs the scores into its relevance. */
public final class Judge {

    private final List<PillDocument> documents;
    /** Each pill's product as a number, and its name's place in name order: what the ranking orders by. */
    private final int[] products;
    private final int[] nameOrders;

    public Judge(List<PillDocument> documents, int[] products, int[] nameOrders) {
        this.documents = documents;
        this.products = products;
        this.nameOrders = nameOrders;
    }

    /** Judges the pill at this position and adds it to the ranking if it is a candidate. */
    public void into(Ranking ranking, int doc, List<CriterionMatcher> matchers, double totalWeight, boolean identifies) {
        RankedPill ranked = judge(documents.get(doc), matchers, totalWeight, identifies);
        if (ranked != null) {
            ranking.add(ranked, products[doc], nameOrders[doc]);
        }
    }

    /**
     * The pill ranked by the query's criteria, or null when it matches none of them (none of the
     * identifying ones, when the query has one).
     */
    static RankedPill judge(PillDocument pill, List<CriterionMatcher> matchers, double totalWeight,
                                    boolean needsIdentifyingMatch) {
        List<CriterionMatch> matches = new ArrayList<>(matchers.size());
        boolean candidate = false;
        double weighted = 0;
        for (CriterionMatcher matcher : matchers) {
            CriterionMatch match = matcher.match(pill);
            matches.add(match);
            weighted += match.criterion().weight() * match.score();
            if (match.matched() && (!needsIdentifyingMatch || match.criterion().identifies())) {
                candidate = true;
            }
        }
        return candidate ? new RankedPill(pill, weighted / totalWeight, matches) : null;
    }
}
