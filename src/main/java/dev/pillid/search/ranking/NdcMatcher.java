package dev.pillid.search.ranking;

import dev.pillid.search.Criterion;
import dev.pillid.search.CriterionMatch;
import dev.pillid.search.MatchLevel;
import dev.pillid.search.PillDocument;
import dev.pillid.search.text.Ndc;

import java.util.List;

/** A pharmacist's cross-check: the package NDC (exact) or the product NDC it belongs to (the same product in another package). */
public final class NdcMatcher implements CriterionMatcher {

    private final String typed;
    private final List<String> readings;

    NdcMatcher(String typed) {
        this.typed = typed.trim();
        this.readings = Ndc.readings(typed);
    }

    /** The NDCs the typed text can be (digits, 9 or 11 long): a pill matches when it has one of them or its 9-digit product. */
    public List<String> readings() {
        return readings;
    }

    @Override
    public Criterion criterion() {
        return Criterion.NDC;
    }

    /** A package NDC of the same product as the pill's, another package of it: partial. */
    static final double OTHER_PACKAGE = 0.9;

    @Override
    public CriterionMatch match(PillDocument pill) {
        for (String reading : readings) {
            if (reading.length() == 11 && pill.ndcs().contains(reading)) {
                return new CriterionMatch(Criterion.NDC, MatchLevel.EXACT, 1.0, () -> "package NDC " + typed + " matches");
            }
        }
        for (String reading : readings) {
            String product = reading.substring(0, 9);
            if (pill.ndcs().contains(product)) {
                return new CriterionMatch(Criterion.NDC, reading.length() == 9 ? MatchLevel.EXACT : MatchLevel.PARTIAL,
                        reading.length() == 9 ? 1.0 : OTHER_PACKAGE,
                        () -> reading.length() == 9 ? "product NDC " + typed + " matches" : "same product as NDC " + typed + ", another package");
            }
        }
        return CriterionMatch.notMatched(Criterion.NDC, "NDC differs");
    }
}
