package dev.pillid.search.candidates;

import java.util.Arrays;

/** The ranges of sorted keys that start with a prefix, found mostly without reading the keys. */
final class PrefixRanges {

    static final int START_CHARACTERS = 4;
    private final String[] keys;
    /**
     * Each key's first {@value #START_CHARACTERS} characters ({@link #start}), in key order
     * (the keys are sorted): ranges of keys with a prefix found in one array, in cache.
     */
    private final long[] starts;

    /** Over keys in order. */
    PrefixRanges(String[] keys) {
        this.keys = keys;
        this.starts = new long[keys.length];
        for (int id = 0; id < keys.length; id++) {
            starts[id] = start(keys[id], START_CHARACTERS);
        }
    }

    /**
     * The keys that start with the prefix, in key order: ids from the high 32 bits to the low
     * 32 bits (excluded). Searched in {@link #starts} without reading the keys, then, for a
     * prefix longer than {@value #START_CHARACTERS} characters, among the keys of the same start.
     */
    long of(String prefix) {
        int known = Math.min(prefix.length(), START_CHARACTERS);
        long low = start(prefix, known);
        long high = known == START_CHARACTERS ? low : low | -1L >>> 16 * known;
        int from = firstStart(low, false);
        int to = firstStart(high, true);
        if (prefix.length() > START_CHARACTERS && from < to) {
            int at = Arrays.binarySearch(keys, from, to, prefix);
            from = at < 0 ? -at - 1 : at;
            int end = to;
            to = from;
            while (to < end) {
                int middle = (to + end) >>> 1;
                if (keys[middle].startsWith(prefix)) {
                    to = middle + 1;
                } else {
                    end = middle;
                }
            }
        }
        return (long) from << 32 | to;
    }

    /** The first {@value #START_CHARACTERS} characters of the text (its first {@code known}), 16 bits each, 0 after its end. */
    private static long start(String text, int known) {
        long start = 0;
        for (int i = 0; i < START_CHARACTERS; i++) {
            start = start << 16 | (i < known && i < text.length() ? text.charAt(i) : 0);
        }
        return start;
    }

    /** The first key whose start is after the value ({@code after}), or not before it. */
    private int firstStart(long value, boolean after) {
        int low = 0;
        int high = starts.length;
        while (low < high) {
            int middle = (low + high) >>> 1;
            int order = Long.compareUnsigned(starts[middle], value);
            if (order < 0 || after && order == 0) {
                low = middle + 1;
            } else {
                high = middle;
            }
        }
        return low;
    }
}
