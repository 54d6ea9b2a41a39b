package dev.pillid.search.candidates;

import dev.pillid.search.structures.IntList;
import dev.pillid.search.structures.Marks;
import dev.pillid.search.structures.ScratchPool;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * Where each pair of adjacent characters stands in the keys of a key table: the keys holding a
 * fragment are among those holding its rarest pair, and the keys within two typing errors of a
 * text of eight characters or more are among those holding two of its four parts near their
 * position (the pigeonhole filter of {@link KeyTable#addWithinTwoEdits}).
 */
final class PairPositions {

    static final int POSITION_BITS = 5;
    static final int TWO_EDIT_PARTS = 4;
    static final int LAST_POSITION = (1 << POSITION_BITS) - 1;
    /**
     * Where each pair of ASCII characters stands in the keys, at index first * 128 + second
     * (other pairs in {@link #otherPairs}): one entry per position, the key's id shifted left by
     * {@value #POSITION_BITS} bits and its position in the key (at most {@value #LAST_POSITION}),
     * ordered by position, then by the key's length ({@link #byPosition}).
     */
    private final int[][] pairs = new int[128 * 128][];
    private final Map<Integer, int[]> otherPairs = new HashMap<>();
    /** Marks of the keys the two-error filter found parts in, one generation per search. */
    private final ScratchPool<Marks> marks;
    /** The keys' lengths, by key id (at most 127). */
    private final byte[] lengths;

    PairPositions(String[] keys, byte[] lengths) {
        this.lengths = lengths;
        Map<Integer, IntList> positions = new HashMap<>();
        for (int id = 0; id < keys.length; id++) {
            String key = keys[id];
            for (int i = 0; i + 1 < key.length(); i++) {
                positions.computeIfAbsent(pair(key.charAt(i), key.charAt(i + 1)), p -> new IntList())
                        .add(id << POSITION_BITS | Math.min(i, LAST_POSITION));
            }
        }
        positions.forEach((pair, list) -> {
            if (pair >= 0 && pair < pairs.length) {
                pairs[pair] = byPosition(list);
            } else {
                otherPairs.put(pair, byPosition(list));
            }
        });
        int keyCount = keys.length;
        this.marks = new ScratchPool<>(() -> new Marks(keyCount));
    }

    /** The key of a position (an entry of {@link #of}). */
    static int keyOf(int position) {
        return position >>> POSITION_BITS;
    }

    /** The positions of a pair in the keys (see {@link #pairs}), or null when no key holds it. */
    int[] of(int pair) {
        return pair >= 0 && pair < pairs.length ? pairs[pair] : otherPairs.get(pair);
    }

    /** A pair of characters as one int: first * 128 + second for ASCII; outside 0 to 128 * 128 otherwise (negative for some). */
    static int pair(char a, char b) {
        if (a < 128 && b < 128) {
            return a * 128 + b;
        }
        return a << 16 | b;
    }

    /** The positions of the text's rarest pair of characters; null when a pair is held by no key. */
    int[] ofRarestPair(String text) {
        int[] rarest = null;
        for (int i = 0; i + 1 < text.length(); i++) {
            int[] positions = of(pair(text.charAt(i), text.charAt(i + 1)));
            if (positions == null) {
                return null;
            }
            if (rarest == null || positions.length < rarest.length) {
                rarest = positions;
            }
        }
        return rarest;
    }

    /** The ids of the keys holding two of the text's four parts near their position, once each. */
    IntList keysHoldingTwoParts(String text) {
        Marks scratch = this.marks.take();
        try {
            return keysHoldingTwoParts(text, scratch);
        } finally {
            this.marks.give(scratch);
        }
    }

    private IntList keysHoldingTwoParts(String text, Marks scratch) {
        int length = text.length();
        int[] marks = scratch.next();
        int generation = scratch.generation() << 8;
        IntList twice = new IntList(64);
        for (int part = 0; part < TWO_EDIT_PARTS; part++) {
            int from = length * part / TWO_EDIT_PARTS;
            int to = length * (part + 1) / TWO_EDIT_PARTS;
            int[] positions = null;
            int within = 0;
            for (int i = from; i + 1 < to; i++) {
                int[] candidate = of(pair(text.charAt(i), text.charAt(i + 1)));
                if (candidate == null) {
                    positions = null;
                    break;
                }
                if (positions == null || candidate.length < positions.length) {
                    positions = candidate;
                    within = i - from;
                }
            }
            if (positions == null) {
                continue;
            }
            // Only positions where the part may start within two of its own start, in keys within two of the text's length.
            int at = from + within;
            for (int position = Math.max(0, at - 2); position <= at + 2 && position < LAST_POSITION; position++) {
                markParts(positions, position, length, part, marks, generation, twice);
            }
            markParts(positions, LAST_POSITION, length, part, marks, generation, twice);
        }
        return twice;
    }

    /**
     * Marks the keys with the part's pair at the position and a length within two of the text's:
     * a mark of this search holds how many parts were found in the key and the last that was.
     * Keys found for two parts are added to {@code twice}.
     */
    private void markParts(int[] positions, int position, int length, int part, int[] marks, int generation, IntList twice) {
        // The positions are in order of position, then length: those to mark are one run, found by two binary searches.
        int end = firstPosition(positions, position, length + 3);
        for (int i = firstPosition(positions, position, length - 2); i < end; i++) {
            int id = positions[i] >>> POSITION_BITS;
            int mark = marks[id];
            int found = 1;
            if ((mark & ~0xFF) == generation) {
                if ((mark & 7) == part + 1) {
                    continue;
                }
                found = ((mark >>> 3) & 31) + 1;
            }
            marks[id] = generation | found << 3 | (part + 1);
            if (found == 2) {
                twice.add(id);
            }
        }
    }

    /** The positions of a pair ordered by position in the key, then by the key's length, then by key. */
    private int[] byPosition(IntList positions) {
        long[] order = new long[positions.size()];
        for (int i = 0; i < order.length; i++) {
            int position = positions.get(i);
            order[i] = (long) (position & LAST_POSITION) << 40 | (long) lengths[position >>> POSITION_BITS] << 32 | position;
        }
        Arrays.sort(order);
        int[] sorted = new int[order.length];
        for (int i = 0; i < order.length; i++) {
            sorted[i] = (int) order[i];
        }
        return sorted;
    }

    /** The first of the positions (ordered {@link #byPosition}) at the position with a key of this length or longer. */
    private int firstPosition(int[] positions, int position, int length) {
        int low = 0;
        int high = positions.length;
        while (low < high) {
            int middle = (low + high) >>> 1;
            int entry = positions[middle];
            int at = entry & LAST_POSITION;
            if (at < position || at == position && lengths[entry >>> POSITION_BITS] < length) {
                low = middle + 1;
            } else {
                high = middle;
            }
        }
        return low;
    }
}
