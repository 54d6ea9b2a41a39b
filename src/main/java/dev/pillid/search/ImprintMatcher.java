package dev.pillid.search;

import java.util.ArrayList;
import java.util.List;

/**
 * Matches a typed imprint against the sides of a pill's imprint. The typed text is compacted
 * (case, spaces, hyphens, dots and slashes ignored), then read as a sequence of whole sides in any
 * order, possibly ending in the start of one more side. From best to worst:
 * every side (exact, in either order), some sides (one side seen), the start of the imprint
 * (a prefix, as typed on a phone), any part of one side (a fragment).
 */
final class ImprintMatcher implements CriterionMatcher {

    static final double SIDES_BASE = 0.5;
    static final double PREFIX_BASE = 0.35;
    static final double FRAGMENT_BASE = 0.2;
    /** A fragment of one character matches too many pills to mean anything. */
    static final int MIN_FRAGMENT = 2;
    /** Sides beyond this are ignored by the side-order search (no real imprint has so many). */
    private static final int MAX_SIDES = 8;

    private final String typed;
    private final String query;

    ImprintMatcher(String typed) {
        this.typed = typed.trim();
        this.query = Imprint.compact(typed);
    }

    @Override
    public Criterion criterion() {
        return Criterion.IMPRINT;
    }

    @Override
    public CriterionMatch match(PillDocument pill) {
        List<String> sides = pill.imprintSides();
        String label = Imprint.readable(pill.printedImprint());
        if (sides.isEmpty()) {
            return CriterionMatch.notMatched(Criterion.IMPRINT, "this pill has no imprint on record");
        }
        Reading best = new Reading(sides);
        best.explore(query, 0, 0, -1, true);
        int total = best.totalLength;

        if (best.fullCover) {
            return new CriterionMatch(Criterion.IMPRINT, MatchLevel.EXACT, 1.0, best.fullCoverInOrder
                    ? "imprint " + label + " matches exactly"
                    : "imprint " + label + " matches exactly, with the sides in another order");
        }
        if (best.coveredMask != 0) {
            double coverage = (double) best.coveredChars / total;
            return new CriterionMatch(Criterion.IMPRINT, MatchLevel.PARTIAL, SIDES_BASE + 0.3 * coverage,
                    describeSides(sides, best.coveredMask) + " of " + label + "; the rest was not given");
        }
        if (best.prefixChars > 0) {
            double coverage = (double) best.prefixChars / total;
            return new CriterionMatch(Criterion.IMPRINT, MatchLevel.PARTIAL, PREFIX_BASE + 0.25 * coverage,
                    "imprint " + label + " starts with " + typed);
        }
        if (query.length() >= MIN_FRAGMENT) {
            for (String side : sides) {
                if (side.contains(query)) {
                    double coverage = (double) query.length() / total;
                    return new CriterionMatch(Criterion.IMPRINT, MatchLevel.PARTIAL, FRAGMENT_BASE + 0.2 * coverage,
                            typed + " is part of the imprint " + label);
                }
            }
        }
        return CriterionMatch.notMatched(Criterion.IMPRINT, "imprint reads " + label);
    }

    private static String describeSides(List<String> sides, int mask) {
        List<String> seen = new ArrayList<>();
        for (int i = 0; i < sides.size() && i < MAX_SIDES; i++) {
            if ((mask & (1 << i)) != 0) {
                seen.add(sides.get(i));
            }
        }
        return seen.size() == 1 ? "matches side " + seen.get(0) : "matches sides " + String.join(" and ", seen);
    }

    /** The best reading of the typed text as sides of one imprint, found by a small exhaustive search. */
    private static final class Reading {
        final List<String> sides;
        final int sideCount;
        final int allSides;
        final int totalLength;
        boolean fullCover;
        boolean fullCoverInOrder;
        int coveredMask;
        int coveredChars;
        int prefixChars;

        Reading(List<String> sides) {
            this.sides = sides;
            this.sideCount = Math.min(sides.size(), MAX_SIDES);
            this.allSides = (1 << sideCount) - 1;
            int length = 0;
            for (String side : sides) {
                length += side.length();
            }
            this.totalLength = length;
        }

        void explore(String query, int position, int usedMask, int lastSide, boolean inOrder) {
            if (position == query.length()) {
                recordCover(usedMask, position, inOrder);
                return;
            }
            for (int i = 0; i < sideCount; i++) {
                if ((usedMask & (1 << i)) != 0) {
                    continue;
                }
                String side = sides.get(i);
                if (query.startsWith(side, position)) {
                    explore(query, position + side.length(), usedMask | (1 << i), i, inOrder && i > lastSide);
                } else if (side.length() > query.length() - position && side.startsWith(query.substring(position))) {
                    prefixChars = Math.max(prefixChars, query.length());
                }
            }
        }

        private void recordCover(int usedMask, int chars, boolean inOrder) {
            if (usedMask == allSides) {
                fullCover = true;
                fullCoverInOrder |= inOrder;
            } else if (chars > coveredChars) {
                coveredMask = usedMask;
                coveredChars = chars;
            }
        }
    }
}
