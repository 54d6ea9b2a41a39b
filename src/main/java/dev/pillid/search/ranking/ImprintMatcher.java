package dev.pillid.search.ranking;

import dev.pillid.search.Criterion;
import dev.pillid.search.CriterionMatch;
import dev.pillid.search.PillDocument;
import dev.pillid.search.text.CharacterCounts;
import dev.pillid.search.text.CharacterMask;
import dev.pillid.search.text.Confusables;
import dev.pillid.search.text.Edits;
import dev.pillid.search.text.Imprint;

import java.util.ArrayList;
import java.util.List;

/**
 * Matches a typed imprint against the sides of a pill's imprint. The typed text is compacted
 * (case, spaces, hyphens, dots and slashes ignored; '?' kept for an unreadable character) and
 * read as whole sides in any order, possibly ending in the start of one more side. It is read
 * three ways, best first:
 * <ol>
 * <li>as typed: every side (exact), some sides, the start of the imprint, a part of one side;</li>
 * <li>with easily confused characters taken as the same ({@link Confusables}): similar;</li>
 * <li>within one typing error of the whole imprint (two from 8 characters typed), or one of a
 *     side: similar, lower.</li>
 * </ol>
 * Words naming a symbol ("logo", "heart") are set aside: imprint data has no text for symbols.
 */
public final class ImprintMatcher implements CriterionMatcher {

    /** Sides beyond this are ignored by the side-order search (no real imprint has so many). */
    public static final int MAX_SIDES = 8;
    /** Orders of sides tried for typing errors; beyond 4 sides only the label's order. */
    public static final int MAX_PERMUTED_SIDES = 4;

    private final String typed;
    private final String query;
    private final String confusableQuery;
    private final int unreadable;
    private final String setAside;
    /** How often each character stands in the confusable query: a cheap bound on typing errors before aligning. */
    private final CharacterCounts queryCharacters;
    /** The {@link CharacterMask} of the confusable query, for {@link #fewestEdits}. */
    private final long queryMask;
    /** The confusable query set up for typing errors, made when first needed. */
    private Edits.Pattern confusablePattern;
    /** Readings reused from pill to pill: a matcher serves one search, on one thread. */
    private final Reading exactReading = new Reading();
    private final Reading confusedReading = new Reading();

    public ImprintMatcher(String typed) {
        this.typed = typed.trim();
        List<String> symbols = Imprint.symbolWords(typed);
        this.setAside = symbols.isEmpty() ? "" : "; \"" + String.join(" ", symbols).toLowerCase(java.util.Locale.ROOT)
                + "\" set aside, as imprint data has no text for symbols";
        this.query = Imprint.compactQuery(Imprint.withoutSymbolWords(typed));
        this.confusableQuery = Imprint.confusable(query);
        int unreadable = 0;
        for (int i = 0; i < query.length(); i++) {
            if (query.charAt(i) == Imprint.UNREADABLE) {
                unreadable++;
            }
        }
        this.unreadable = unreadable;
        this.queryCharacters = new CharacterCounts(confusableQuery);
        this.queryMask = CharacterMask.of(confusableQuery);
        this.reliability = ImprintReading.reliability(query.length() - unreadable);
    }

    /** How much a similar reading of the whole imprint is worth for this text ({@link ImprintReading#reliability}). */
    private final double reliability;

    private double editScore(int edits) {
        return ImprintReading.WHOLE_WITH_EDITS.score(reliability, edits);
    }

    /** The typed text as matched: compact, '?' kept, symbol words set aside. */
    public String compactQuery() {
        return query;
    }

    @Override
    public Criterion criterion() {
        return Criterion.IMPRINT;
    }

    @Override
    public CriterionMatch match(PillDocument pill) {
        List<String> sides = pill.imprintSides();
        String label = pill.readableImprint();
        if (sides.isEmpty()) {
            return CriterionMatch.notMatched(Criterion.IMPRINT, "this pill has no imprint on record");
        }
        if (query.isEmpty()) {
            return CriterionMatch.notMatched(Criterion.IMPRINT, () -> "only a symbol was described" + setAside);
        }
        double wildcardPenalty = ImprintReading.PER_UNREADABLE * unreadable;
        String unreadableNote = unreadable == 0 ? "" : " (with ? read as any character)";

        Reading exact = exactReading.reset(sides);
        exact.explore(query, 0, 0, -1, true);
        int total = exact.totalLength;
        if (exact.fullCover) {
            boolean inOrder = exact.fullCoverInOrder;
            return new CriterionMatch(Criterion.IMPRINT, ImprintReading.WHOLE.level(), ImprintReading.WHOLE.score(0) - wildcardPenalty, () -> (inOrder
                    ? "imprint " + label + " matches exactly"
                    : "imprint " + label + " matches exactly, with the sides in another order") + unreadableNote + setAside);
        }

        Reading confused = confusedReading.reset(pill.confusableSides());
        confused.explore(confusableQuery, 0, 0, -1, true);
        if (confused.fullCover) {
            return new CriterionMatch(Criterion.IMPRINT, ImprintReading.WHOLE_CONFUSABLE.level(),
                    ImprintReading.WHOLE_CONFUSABLE.score(reliability) - wildcardPenalty,
                    () -> "imprint " + label + " matches if easily confused characters are read alike ("
                            + confusions(pill) + ")" + setAside);
        }
        int exactMask = exact.coveredMask;
        if (exactMask != 0) {
            double coverage = (double) exact.coveredChars / total;
            return new CriterionMatch(Criterion.IMPRINT, ImprintReading.SIDES.level(), ImprintReading.SIDES.score(coverage) - wildcardPenalty,
                    () -> describeSides(sides, exactMask) + " of " + label + "; the rest was not given" + unreadableNote + setAside);
        }
        int edits = editsToWhole(pill.confusableSides());
        if (edits > 0 && edits <= maxEdits()) {
            return new CriterionMatch(Criterion.IMPRINT, ImprintReading.WHOLE_WITH_EDITS.level(), editScore(edits) - wildcardPenalty,
                    () -> "imprint " + label + " is " + edits + (edits == 1 ? " character" : " characters")
                            + " away from what was typed" + setAside);
        }
        int confusedMask = confused.coveredMask;
        if (confusedMask != 0) {
            double coverage = (double) confused.coveredChars / total;
            return new CriterionMatch(Criterion.IMPRINT, ImprintReading.CONFUSABLE_SIDES.level(),
                    ImprintReading.CONFUSABLE_SIDES.score(coverage) - wildcardPenalty,
                    () -> describeSides(sides, confusedMask) + " of " + label
                            + " if easily confused characters are read alike; the rest was not given" + setAside);
        }
        if (exact.prefixChars > 0) {
            double coverage = (double) exact.prefixChars / total;
            return new CriterionMatch(Criterion.IMPRINT, ImprintReading.PREFIX.level(), ImprintReading.PREFIX.score(coverage) - wildcardPenalty,
                    () -> "imprint " + label + " starts with " + typed + setAside);
        }
        int side = oneSideWithinOneEdit(pill.confusableSides());
        if (side >= 0) {
            double coverage = (double) sides.get(side).length() / total;
            return new CriterionMatch(Criterion.IMPRINT, ImprintReading.SIDE_WITH_EDIT.level(),
                    ImprintReading.SIDE_WITH_EDIT.score(coverage) - wildcardPenalty,
                    () -> "side " + sides.get(side) + " of " + label + " is one character away from what was typed" + setAside);
        }
        if (query.length() >= ImprintReading.MIN_FRAGMENT && unreadable == 0) {
            for (String s : sides) {
                if (s.contains(query)) {
                    double coverage = (double) query.length() / total;
                    return new CriterionMatch(Criterion.IMPRINT, ImprintReading.FRAGMENT.level(), ImprintReading.FRAGMENT.score(coverage),
                            () -> typed + " is part of the imprint " + label);
                }
            }
        }
        return CriterionMatch.notMatched(Criterion.IMPRINT, () -> "imprint reads " + label);
    }

    /**
     * Ways the candidate index finds a pill the matcher is sure to match, short of reading its
     * whole imprint ({@link ImprintReading#way}): a side is the text, as typed or with confused
     * characters read alike; a side starts with it; a side contains it; a side, or the whole
     * imprint, is within the typing errors tolerated. Bits of the {@code ways} of
     * {@link #bestScoreNotReadWhole}.
     */
    public static final int BY_SIDE = ImprintReading.SIDES.way;
    public static final int BY_CONFUSED_SIDE = ImprintReading.CONFUSABLE_SIDES.way;
    public static final int BY_PREFIX = ImprintReading.PREFIX.way;
    public static final int BY_FRAGMENT = ImprintReading.FRAGMENT.way;
    public static final int BY_SIDE_EDIT = ImprintReading.SIDE_WITH_EDIT.way;
    public static final int BY_EDITS = ImprintReading.WHOLE_WITH_EDITS.way;
    public static final int WAYS = ImprintReading.WAYS;

    /**
     * The highest score a pill can get whose imprint is not read whole from the typed text
     * (exactly or with confused characters), given the ways it can match (bits of {@link #BY_SIDE}
     * and on), its imprint's length in all ({@code totalLength}), the fewest typing errors its
     * whole imprint can be from the text ({@link #fewestEdits}) and the longest side, as printed,
     * that can be within one error of the text ({@link #longestSideWithinOneEdit}). A reading of
     * sides, a prefix and a fragment score by the share of the imprint the typed text covers, at
     * most its length; a side within one error by the share that side covers; the whole imprint by
     * its typing errors, whether or not the index found it that way.
     */
    public double bestScoreNotReadWhole(int ways, int totalLength, int fewestEdits, int sideWithinOneEdit) {
        double coverage = Math.min(1.0, (double) query.length() / Math.max(1, totalLength));
        double best = 0;
        for (int way = 0; way < WAYS; way++) {
            ImprintReading reading = ImprintReading.ofWay(way);
            if ((ways & 1 << way) != 0 && !reading.readsWhole() && reading != ImprintReading.SIDE_WITH_EDIT) {
                best = Math.max(best, reading.score(coverage));
            }
        }
        if (sideWithinOneEdit > 0) {
            best = Math.max(best, ImprintReading.SIDE_WITH_EDIT.score(
                    Math.min(1.0, (double) sideWithinOneEdit / Math.max(1, totalLength))));
        }
        if (fewestEdits <= maxEdits()) {
            best = Math.max(best, editScore(Math.max(1, fewestEdits)));
        }
        return best;
    }

    /**
     * The most a pill not read whole, found by the index in these ways only (a bit each), can
     * score for its imprint. The matcher scores a pill by the first of its readings that holds, and
     * the index finds every pill each reading holds for, in the way of that reading: a side that is
     * the text ({@link #BY_SIDE}), read with confused characters, a side starting with it, one
     * containing it, a side one typing error away, the whole imprint within one. The one exception
     * is two typing errors, which the index can miss ({@link dev.pillid.search.candidates.CandidateIndex}): text long enough for
     * two may score that much whatever way it was found.
     */
    public double bestScoreOfWays(int ways) {
        double best = maxEdits() >= 2 ? editScore(1) : 0;
        for (int way = 0; way < WAYS; way++) {
            if ((ways & 1 << way) != 0) {
                best = Math.max(best, bestScoreOfWay(way));
            }
        }
        return best;
    }

    /**
     * The most a pill not read whole can score for its imprint by the reading of this way of
     * finding it ({@link #bestScoreOfWays}). A pill found by a prefix or a fragment, and not by a side
     * that is the text, has a side longer than the text.
     */
    public double bestScoreOfWay(int way) {
        ImprintReading reading = ImprintReading.ofWay(way);
        if (reading.readsWhole()) {
            return maxEdits() == 0 ? 0 : editScore(1);
        }
        boolean longerThanText = reading == ImprintReading.PREFIX || reading == ImprintReading.FRAGMENT;
        return reading.score(longerThanText ? (double) query.length() / (query.length() + 1) : 1.0);
    }

    /**
     * At least how many typing errors part the typed text from a whole imprint with these
     * characters ({@link CharacterMask}) and this length, both with confused characters
     * read alike: the difference in length, and each character of the masks one has and the other not.
     */
    public int fewestEdits(long confusableMask, int confusableLength) {
        return Math.max(Math.abs(confusableLength - confusableQuery.length()),
                CharacterMask.fewestEdits(queryMask, confusableMask));
    }

    /**
     * Lengths of a pill's sides, as printed and with confused characters read alike, 8 bits each,
     * for {@link #longestSideWithinOneEdit}; {@link #UNKNOWN_SIDES} when it has more than
     * {@link #MAX_PERMUTED_SIDES} sides or a side is longer than 255 characters.
     */
    public static long sideLengths(List<String> printed, List<String> confusable) {
        if (printed.size() > MAX_PERMUTED_SIDES) {
            return UNKNOWN_SIDES;
        }
        long lengths = 0;
        for (int i = 0; i < printed.size(); i++) {
            int length = printed.get(i).length();
            int confusableLength = confusable.get(i).length();
            if (length > 0xFF || confusableLength > 0xFF) {
                return UNKNOWN_SIDES;
            }
            lengths |= (long) (length | confusableLength << 8) << (16 * i);
        }
        return lengths;
    }

    static final long UNKNOWN_SIDES = -1L;

    /**
     * The longest side, as printed, of a pill with these {@link #sideLengths} that the matcher can
     * find within one error of the text (a side of at least 3 characters, one at most longer or
     * shorter with confused characters read alike), or 0 when none can count for that: a pill of
     * one side within one error is within the errors tolerated of its whole imprint, which the
     * matcher tries first. {@code totalLength} when the lengths are unknown.
     */
    public int longestSideWithinOneEdit(long sideLengths, int totalLength) {
        if (sideLengths == UNKNOWN_SIDES) {
            return totalLength;
        }
        if (confusableQuery.length() < 3 || (sideLengths >>> 16) == 0) {
            return 0;
        }
        int longest = 0;
        for (long left = sideLengths; left != 0; left >>>= 16) {
            int length = (int) (left & 0xFF);
            int confusableLength = (int) (left >>> 8 & 0xFF);
            if (confusableLength >= 3 && Math.abs(confusableLength - confusableQuery.length()) <= 1) {
                longest = Math.max(longest, length);
            }
        }
        return longest;
    }

    /** Whether the typed text has an unreadable character ('?'). */
    public boolean hasUnreadable() {
        return unreadable > 0;
    }

    /** Typed text of 3 to 7 characters tolerates one error, longer text two: two errors in fewer characters match too much. */
    private int maxEdits() {
        return maxEdits(query);
    }

    /** How many typing errors typed text of this compact form tolerates. */
    public static int maxEdits(String compactQuery) {
        return compactQuery.length() >= 8 ? 2 : compactQuery.length() >= 3 ? 1 : 0;
    }

    /** The fewest typing errors between the typed text and the whole imprint, its sides in any order. */
    private int editsToWhole(List<String> sides) {
        int limit = maxEdits();
        int length = 0;
        for (String side : sides) {
            length += side.length();
        }
        // An edit changes the length by one at most, and the characters by one added and one removed at
        // most: most imprints are ruled out without aligning anything.
        if (limit == 0 || Math.abs(length - confusableQuery.length()) > limit || characterDifference(sides) > limit) {
            return Integer.MAX_VALUE;
        }
        int best = Integer.MAX_VALUE;
        if (sides.size() <= MAX_PERMUTED_SIDES) {
            for (String order : orders(sides)) {
                best = Math.min(best, confusablePattern().distance(order, limit));
            }
        } else {
            best = confusablePattern().distance(String.join("", sides), limit);
        }
        return best;
    }

    private Edits.Pattern confusablePattern() {
        if (confusablePattern == null) {
            confusablePattern = new Edits.Pattern(confusableQuery);
        }
        return confusablePattern;
    }

    /**
     * At least how many typing errors part from the typed text to the sides (in any order): the
     * characters the sides have beyond the text's, or the text beyond theirs, whichever is more.
     * Nothing is known with unreadable characters, which stand for any.
     */
    private int characterDifference(List<String> sides) {
        return unreadable > 0 ? 0 : queryCharacters.difference(sides);
    }

    /** A side the typed text is one error away from, for one side seen with a misread character. */
    private int oneSideWithinOneEdit(List<String> sides) {
        if (confusableQuery.length() < 3) {
            return -1;
        }
        for (int i = 0; i < sides.size(); i++) {
            String side = sides.get(i);
            if (side.length() >= 3 && Math.abs(side.length() - confusableQuery.length()) <= 1
                    && characterDifference(List.of(side)) <= 1 && confusablePattern().distance(side, 1) <= 1) {
                return i;
            }
        }
        return -1;
    }

    public static List<String> orders(List<String> sides) {
        List<String> orders = new ArrayList<>();
        permute(sides, new boolean[sides.size()], new StringBuilder(), 0, orders);
        return orders;
    }

    private static void permute(List<String> sides, boolean[] used, StringBuilder prefix, int depth, List<String> out) {
        if (depth == sides.size()) {
            out.add(prefix.toString());
            return;
        }
        for (int i = 0; i < sides.size(); i++) {
            if (!used[i]) {
                used[i] = true;
                int length = prefix.length();
                prefix.append(sides.get(i));
                permute(sides, used, prefix, depth + 1, out);
                prefix.setLength(length);
                used[i] = false;
            }
        }
    }

    /** The characters typed that differ from the imprint's, as "O for 0", when the two have the same length. */
    private String confusions(PillDocument pill) {
        // The sides in the order the text was read in, when that is not the label's.
        List<String> sides = pill.imprintSides();
        String label = String.join("", sides);
        if (sides.size() > 1 && sides.size() <= MAX_PERMUTED_SIDES) {
            for (String order : orders(sides)) {
                if (order.length() == query.length() && Imprint.confusable(order).equals(confusableQuery)) {
                    label = order;
                    break;
                }
            }
        }
        List<String> pairs = new ArrayList<>();
        if (label.length() == query.length()) {
            for (int i = 0; i < label.length(); i++) {
                char q = query.charAt(i);
                char l = label.charAt(i);
                if (q != l && q != Imprint.UNREADABLE && !pairs.contains(q + " for " + l)) {
                    pairs.add(q + " for " + l);
                }
            }
        }
        return pairs.isEmpty() ? "typed differently" : "typed " + String.join(", ", pairs);
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

    /**
     * The best reading of the typed text as sides of one imprint, found by a small exhaustive
     * search. A matcher keeps one for each way of reading and resets it for every pill.
     */
    private static final class Reading {
        List<String> sides;
        int sideCount;
        int allSides;
        int totalLength;
        boolean fullCover;
        boolean fullCoverInOrder;
        int coveredMask;
        int coveredChars;
        int prefixChars;

        Reading reset(List<String> sides) {
            this.sides = sides;
            this.sideCount = Math.min(sides.size(), MAX_SIDES);
            this.allSides = (1 << sideCount) - 1;
            int length = 0;
            for (int i = 0; i < sides.size(); i++) {
                length += sides.get(i).length();
            }
            this.totalLength = length;
            fullCover = false;
            fullCoverInOrder = false;
            coveredMask = 0;
            coveredChars = 0;
            prefixChars = 0;
            return this;
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
                if (matchesAt(query, position, side, side.length())) {
                    explore(query, position + side.length(), usedMask | (1 << i), i, inOrder && i > lastSide);
                } else if (side.length() > query.length() - position
                        && matchesAt(query, position, side, query.length() - position)) {
                    prefixChars = Math.max(prefixChars, query.length());
                }
            }
        }

        /** Whether the first {@code length} characters of the side stand in the query at the position; '?' stands for any. */
        private static boolean matchesAt(String query, int position, String side, int length) {
            if (position + length > query.length()) {
                return false;
            }
            for (int i = 0; i < length; i++) {
                char q = query.charAt(position + i);
                if (q != side.charAt(i) && q != Imprint.UNREADABLE) {
                    return false;
                }
            }
            return true;
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
