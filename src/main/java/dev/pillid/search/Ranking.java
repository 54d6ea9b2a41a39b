package dev.pillid.search;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.List;

/**
 * A search's matches in the order of {@link ResultOrder}. Matches are kept by position with
 * their product (appearance) as a number, so grouping and choosing the best few cost no hashing
 * of strings and no sorting of them all.
 */
final class Ranking {

    private final List<RankedPill> pills = new ArrayList<>();
    private final CandidateIndex.IntList products = new CandidateIndex.IntList();
    private final CandidateIndex.IntList exact = new CandidateIndex.IntList();
    /** Each match's place among the catalog's names in case-insensitive order: names are compared as numbers. */
    private final CandidateIndex.IntList nameOrders = new CandidateIndex.IntList();
    private final IntCounts productSizes = new IntCounts();

    void add(RankedPill pill, int product, int nameOrder) {
        pills.add(pill);
        products.add(product);
        exact.add(pill.exactImprint() ? 1 : 0);
        nameOrders.add(nameOrder);
        productSizes.add(product, 1);
    }

    RankedPill pill(int i) {
        return pills.get(i);
    }

    /** Negative when match i comes before match j ({@link ResultOrder}). */
    int compare(int i, int j) {
        RankedPill a = pills.get(i);
        RankedPill b = pills.get(j);
        int byMatch = ResultOrder.byMatch(exact.get(i) == 1, a.relevance(), exact.get(j) == 1, b.relevance());
        if (byMatch != 0) {
            return byMatch;
        }
        return ResultOrder.byTieBreak(productSizes.get(products.get(i)), nameOrders.get(i), a.pill().id(),
                productSizes.get(products.get(j)), nameOrders.get(j), b.pill().id());
    }

    /**
     * Whether match i ranks before every pill of relevance at most {@code relevance} whose
     * whole imprint did not match exactly, whose product has at most {@code productSize} matches,
     * and whose name and id come no earlier than {@code nameOrder} and {@code id}.
     */
    private boolean before(int i, double relevance, int productSize, int nameOrder, long id) {
        RankedPill a = pills.get(i);
        int byMatch = ResultOrder.byMatch(exact.get(i) == 1, a.relevance(), false, relevance);
        if (byMatch != 0) {
            return byMatch < 0;
        }
        return ResultOrder.byTieBreak(productSizes.get(products.get(i)), nameOrders.get(i), a.pill().id(),
                productSize, nameOrder, id) < 0;
    }

    /**
     * Counts the results (products when grouped, otherwise matches) sure to rank before the pills
     * still to be judged, as they are judged from the most they can reach down. The matches wait in
     * a heap, best first, until one ranks before the next pill to judge; a match counted stays
     * counted, as the pills after rank lower still. Matches are taken in only once their product
     * has been judged whole, so that its size (a tie-break) no longer changes.
     */
    final class Ahead {
        private final boolean grouped;
        private final BitSet countedProducts = new BitSet();
        private int[] heap = new int[64];
        private int waiting;
        private int taken;
        private int counted;

        Ahead(boolean grouped) {
            this.grouped = grouped;
        }

        /** Takes in the matches added since the last call. */
        void takeNew() {
            for (; taken < pills.size(); taken++) {
                if (waiting == heap.length) {
                    heap = Arrays.copyOf(heap, heap.length * 2);
                }
                heap[waiting] = taken;
                siftUp(heap, waiting++, BEST_AT_ROOT);
            }
        }

        /**
         * How many results rank before every pill of relevance at most {@code relevance} and the
         * tie-breaks given or later ({@link #before}).
         */
        int countBefore(double relevance, int productSize, int nameOrder, long id) {
            while (waiting > 0 && before(heap[0], relevance, productSize, nameOrder, id)) {
                int best = heap[0];
                heap[0] = heap[--waiting];
                siftDown(heap, waiting, BEST_AT_ROOT);
                if (!grouped) {
                    counted++;
                } else if (!countedProducts.get(products.get(best))) {
                    // The first match of a product out of the heap is its leader.
                    countedProducts.set(products.get(best));
                    counted++;
                }
            }
            return counted;
        }
    }

    /** The matches that stand for a result: every match, or the best of each product when grouped. */
    CandidateIndex.IntList results(boolean grouped) {
        CandidateIndex.IntList results = new CandidateIndex.IntList();
        if (!grouped) {
            for (int i = 0; i < pills.size(); i++) {
                results.add(i);
            }
            return results;
        }
        // A product's leader is kept as its match + 1 (0: none yet).
        IntCounts leaders = new IntCounts();
        for (int i = 0; i < pills.size(); i++) {
            int leader = leaders.get(products.get(i)) - 1;
            if (leader < 0) {
                leaders.put(products.get(i), i + 1);
                results.add(i);
            } else if (compare(i, leader) < 0) {
                leaders.put(products.get(i), i + 1);
            }
        }
        for (int r = 0; r < results.size(); r++) {
            results.set(r, leaders.get(products.get(results.get(r))) - 1);
        }
        return results;
    }

    /** The first {@code count} of the results in order: a bounded heap, not a sort of them all. */
    List<Integer> best(CandidateIndex.IntList results, int count) {
        int[] heap = new int[Math.min(count, results.size())];
        int size = 0;
        for (int r = 0; r < results.size(); r++) {
            int candidate = results.get(r);
            if (size < heap.length) {
                heap[size] = candidate;
                siftUp(heap, size++, WORST_AT_ROOT);
            } else if (heap.length > 0 && compare(candidate, heap[0]) < 0) {
                heap[0] = candidate;
                siftDown(heap, size, WORST_AT_ROOT);
            }
        }
        List<Integer> sorted = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            sorted.add(heap[i]);
        }
        sorted.sort(this::compare);
        return sorted;
    }

    /** The other matches of the same product as match i, in order. */
    List<RankedPill> sameProduct(int leader) {
        List<Integer> members = new ArrayList<>();
        int product = products.get(leader);
        for (int i = 0; i < pills.size(); i++) {
            if (i != leader && products.get(i) == product) {
                members.add(i);
            }
        }
        members.sort(this::compare);
        return members.stream().map(pills::get).toList();
    }

    /** Heaps of matches: the bounded heap of the best few keeps the worst of them at its root, {@link Ahead} the best. */
    private static final int WORST_AT_ROOT = 1;
    private static final int BEST_AT_ROOT = -1;

    private void siftUp(int[] heap, int at, int root) {
        while (at > 0) {
            int parent = (at - 1) / 2;
            if (root * compare(heap[at], heap[parent]) <= 0) {
                return;
            }
            swap(heap, at, parent);
            at = parent;
        }
    }

    private void siftDown(int[] heap, int size, int root) {
        int at = 0;
        while (true) {
            int left = 2 * at + 1;
            int top = at;
            if (left < size && root * compare(heap[left], heap[top]) > 0) {
                top = left;
            }
            if (left + 1 < size && root * compare(heap[left + 1], heap[top]) > 0) {
                top = left + 1;
            }
            if (top == at) {
                return;
            }
            swap(heap, at, top);
            at = top;
        }
    }

    private static void swap(int[] heap, int i, int j) {
        int t = heap[i];
        heap[i] = heap[j];
        heap[j] = t;
    }

    /** Ints (counts or values) by non-negative int key: open addressing, no boxing (a HashMap's was a tenth of a broad search). */
    static final class IntCounts {
        private int[] keys = new int[16];
        private int[] counts = new int[16];
        private int size;

        IntCounts() {
            Arrays.fill(keys, -1);
        }

        int get(int key) {
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

        void add(int key, int count) {
            int slot = slotFor(key);
            counts[slot] += count;
            growIfFull();
        }

        void put(int key, int value) {
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
}
