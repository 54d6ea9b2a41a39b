package dev.pillid.search.structures;

import java.util.Arrays;

/** Marks on keys that need no clearing: a mark counts only in the generation that made it. */
public final class Marks {
    private final int[] marks;
    private int generation;

    public Marks(int keys) {
        marks = new int[keys];
    }

    /** The marks, for a new generation (in the bits above the lowest 8); all cleared once generations run out. */
    public int[] next() {
        if (++generation == 1 << 23) {
            Arrays.fill(marks, 0);
            generation = 1;
        }
        return marks;
    }

    /** The generation of the marks {@link #next} gave last. */
    public int generation() {
        return generation;
    }
}
