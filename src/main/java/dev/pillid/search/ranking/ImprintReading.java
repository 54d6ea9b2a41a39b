package dev.pillid.search.ranking;

import dev.pillid.search.MatchLevel;

import java.util.Locale;

/**
 * The readings of a typed imprint against a pill's imprint, best first: a pill is scored by the
 * first that holds. Each scores {@code base + slope × x}: for a reading of the whole imprint,
 * {@code x} is how reliable a similar reading of text this long is (0 for 2 characters, 1 from 6);
 * for the others, the share of the imprint's characters the text covers. The most a reading can
 * score, which bounds the pills the search need not judge, is the same function at the most
 * {@code x} can be ({@link #score}), so the bound cannot drift from the score.
 * <p>
 * The readings the candidate index finds pills by ({@link #way}) are its ways of finding them.
 */
public enum ImprintReading {

    WHOLE(MatchLevel.EXACT, 1.0, 0.0, -1, "every side, in the label's order or another"),
    WHOLE_CONFUSABLE(MatchLevel.SIMILAR, 0.6, 0.9 - 0.6, -1, "every side, with confused characters read alike"),
    SIDES(MatchLevel.PARTIAL, 0.55, 0.3, 0, "some sides, nothing else (one side seen)"),
    WHOLE_WITH_EDITS(MatchLevel.SIMILAR, 0.4, 0.78 - 0.4, 5,
            "the whole imprint within one typing error (3 characters typed or more), or two (8 or more)"),
    CONFUSABLE_SIDES(MatchLevel.SIMILAR, 0.35, 0.25, 1, "some sides with confused characters read alike"),
    PREFIX(MatchLevel.PARTIAL, 0.35, 0.25, 2, "whole sides followed by the start of another side (typing in progress)"),
    SIDE_WITH_EDIT(MatchLevel.SIMILAR, 0.4, 0.2, 4, "one side within one typing error"),
    FRAGMENT(MatchLevel.PARTIAL, 0.2, 0.2, 3, "a part of one side, at least " + ImprintReading.MIN_FRAGMENT + " characters");

    /** What each typing error beyond the first costs a whole imprint within typing errors. */
    static final double EXTRA_EDIT = 0.12;
    /** What each '?' (a character the reader could not make out) costs a reading. */
    static final double PER_UNREADABLE = 0.02;
    /** A fragment of one character matches too many pills to mean anything. */
    public static final int MIN_FRAGMENT = 2;
    /** How many ways the candidate index finds pills by: the readings with a {@link #way}. */
    static final int WAYS = 6;

    private static final ImprintReading[] BY_WAY = new ImprintReading[WAYS];

    static {
        for (ImprintReading reading : values()) {
            if (reading.way >= 0) {
                BY_WAY[reading.way] = reading;
            }
        }
    }

    private final MatchLevel level;
    private final double base;
    private final double slope;
    /** The candidate index's way of finding the pills this reading may hold for, or -1 (read whole, found otherwise). */
    final int way;
    private final String description;

    ImprintReading(MatchLevel level, double base, double slope, int way, String description) {
        this.level = level;
        this.base = base;
        this.slope = slope;
        this.way = way;
        this.description = description;
    }

    MatchLevel level() {
        return level;
    }

    /** The score at {@code x}, from 0 to 1 (reliability for whole readings, share covered for the others). */
    double score(double x) {
        return base + slope * x;
    }

    /**
     * How much a similar (not exact) reading of the whole imprint is worth for typed text of this
     * many readable characters, from 0 to 1: short imprints are one confusion or typing error away
     * from many others, so a similar reading of 2 characters says nothing, and one of 6 or more
     * says all it can.
     */
    static double reliability(int readableCharacters) {
        return Math.max(0, Math.min(1.0, (readableCharacters - 2) / 4.0));
    }

    /** The score of a whole imprint within this many typing errors, for text of this reliability. */
    double score(double reliability, int edits) {
        return score(reliability) - EXTRA_EDIT * (edits - 1);
    }

    /** The reading of the candidate index's way. */
    static ImprintReading ofWay(int way) {
        return BY_WAY[way];
    }

    /** Whether the score depends on the text's length rather than on the share of the imprint it covers. */
    boolean readsWhole() {
        return this == WHOLE || this == WHOLE_CONFUSABLE || this == WHOLE_WITH_EDITS;
    }

    /** The reading's row of the scoring table in docs/api.md. */
    String tableRow() {
        String score;
        if (slope == 0) {
            score = number(base);
        } else if (readsWhole()) {
            score = number(base) + " to " + number(score(1.0))
                    + (this == WHOLE_WITH_EDITS ? " for one error (more for longer text), " + number(EXTRA_EDIT) + " less for two"
                    : " (more for longer text)");
        } else {
            score = number(base) + " + " + number(slope) + " × share";
        }
        return "| " + description + " | " + level.name().toLowerCase(Locale.ROOT) + " | " + score + " |";
    }

    private static String number(double value) {
        String text = String.format(Locale.ROOT, "%.2f", value);
        return text.endsWith("0") ? text.substring(0, text.length() - 1) : text;
    }
}
