package dev.pillid.search.text;

import java.util.Arrays;
import java.util.Comparator;
import java.util.Map;
import java.util.function.IntFunction;

/**
 * Puts the keys of the index's tables and of its suggestions (compact imprints: short,
 * upper-case ASCII) in the order of {@link String#compareTo}, faster than {@code Arrays.sort} on
 * their strings: each key's first {@value #PACKED} characters are packed into a {@code long}
 * beside its position, the longs are sorted, and only keys that start alike are compared as
 * strings. A sort of strings reads two objects per comparison, most of them cache misses.
 */
public final class KeyOrder {

    /** Characters packed per key: 7 bits each, beside the key's position. */
    static final int PACKED = 6;
    private static final int INDEX_BITS = 64 - 1 - 7 * PACKED;
    private static final long INDEX_MASK = (1L << INDEX_BITS) - 1;

    private KeyOrder() {
    }

    /** A map's keys in order, and their values in the same order. */
    public record Sorted<V>(String[] keys, V[] values) {
    }

    /** The map's keys in the order of {@code Arrays.sort}, each beside its value. */
    public static <V> Sorted<V> sorted(Map<String, V> map, IntFunction<V[]> newArray) {
        String[] unsorted = new String[map.size()];
        V[] unsortedValues = newArray.apply(unsorted.length);
        int added = 0;
        for (Map.Entry<String, V> entry : map.entrySet()) {
            unsorted[added] = entry.getKey();
            unsortedValues[added++] = entry.getValue();
        }
        int[] order = order(unsorted);
        String[] keys = new String[unsorted.length];
        V[] values = newArray.apply(unsorted.length);
        for (int i = 0; i < keys.length; i++) {
            keys[i] = unsorted[order[i]];
            values[i] = unsortedValues[order[i]];
        }
        return new Sorted<>(keys, values);
    }

    /**
     * The positions of the keys in the order {@code Arrays.sort(keys)} would put them: the first
     * key is {@code keys[order[0]]}. The keys themselves are left as they are, so that what was
     * kept beside each key can be put in the same order without looking it up again.
     */
    static int[] order(String[] keys) {
        int count = keys.length;
        long[] packed = count <= INDEX_MASK + 1 ? pack(keys) : null;
        int[] order = new int[count];
        if (packed == null) {
            // Too many keys for the positions, or a character beyond ASCII among the first ones.
            Arrays.setAll(order, i -> i);
            sortAsStrings(keys, order, 0, count);
            return order;
        }
        Arrays.sort(packed);
        for (int i = 0; i < count; i++) {
            order[i] = (int) (packed[i] & INDEX_MASK);
        }
        // Keys packed alike start with the same characters (a shorter key is padded with 0,
        // which sorts first, as a prefix does): each run of them is put in order as strings.
        int from = 0;
        for (int i = 1; i <= count; i++) {
            if (i == count || packed[i] >>> INDEX_BITS != packed[from] >>> INDEX_BITS) {
                if (i - from > 1) {
                    sortAsStrings(keys, order, from, i);
                }
                from = i;
            }
        }
        return order;
    }

    private static void sortAsStrings(String[] keys, int[] order, int from, int to) {
        Integer[] run = new Integer[to - from];
        for (int i = from; i < to; i++) {
            run[i - from] = order[i];
        }
        Arrays.sort(run, Comparator.comparing(position -> keys[position]));
        for (int i = from; i < to; i++) {
            order[i] = run[i - from];
        }
    }

    /** Each key's first characters and its position, or null when a character is beyond ASCII. */
    private static long[] pack(String[] keys) {
        long[] packed = new long[keys.length];
        for (int i = 0; i < keys.length; i++) {
            String key = keys[i];
            long characters = 0;
            for (int c = 0; c < PACKED; c++) {
                char next = c < key.length() ? key.charAt(c) : 0;
                if (next >= 128) {
                    return null;
                }
                characters = characters << 7 | next;
            }
            packed[i] = characters << INDEX_BITS | i;
        }
        return packed;
    }
}
