package dev.pillid.search.structures;

import java.util.Arrays;

/** Ints (counts or values) by non-negative int key: open addressing, so that counting needs no boxing. */
public final class IntCounts {
    private int[] keys = new int[16];
    private int[] counts = new int[16];
    private int size;

    public IntCounts() {
        Arrays.fill(keys, -1);
    }

    public int get(int key) {
        int mask = keys.length - 1;
        for (int slot = slotOf(key, mask); ; slot = (slot + 1) & mask) {
            if (keys[slot] == key) {
                return counts[slot];
            }
            if (keys[slot] < 0) {
                return 0;
            }
        }
    }

    public void add(int key, int count) {
        int slot = slotFor(key);
        counts[slot] += count;
        growIfFull();
    }

    public void put(int key, int value) {
        int slot = slotFor(key);
        counts[slot] = value;
        growIfFull();
    }

    /** The key's slot, claimed for it (count 0) when it had none. */
    private int slotFor(int key) {
        int mask = keys.length - 1;
        int slot = slotOf(key, mask);
        while (keys[slot] != key && keys[slot] >= 0) {
            slot = (slot + 1) & mask;
        }
        if (keys[slot] < 0) {
            keys[slot] = key;
            size++;
        }
        return slot;
    }

    private void growIfFull() {
        if (size * 2 > keys.length) {
            grow();
        }
    }

    private static int slotOf(int key, int mask) {
        return (key * 0x9E3779B1 >>> 16 ^ key * 0x9E3779B1) & mask;
    }

    private void grow() {
        int[] oldKeys = keys;
        int[] oldCounts = counts;
        keys = new int[oldKeys.length * 2];
        counts = new int[oldKeys.length * 2];
        Arrays.fill(keys, -1);
        size = 0;
        for (int i = 0; i < oldKeys.length; i++) {
            if (oldKeys[i] >= 0) {
                add(oldKeys[i], oldCounts[i]);
            }
        }
    }
}
