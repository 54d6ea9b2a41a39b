package dev.pillid.search.ranking;

import dev.pillid.search.RankedPill;
import dev.pillid.search.structures.IntCounts;
import dev.pillid.search.structures.IntList;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.List;

/**
 * A search's matches in the order of {@link ResultOrder}. Matches are kept by position with
 * their product (appearance) as a number, so grouping and choosing the best few cost no hashing
 * of strings and no sorting of them all.
 */
public final class Ranking {

    private final List<RankedPill> pills = new ArrayList<>();
    private final IntList products = new IntList();
    private final IntList exact = new IntList();
    /** Each match's place among the catalog's names in case-insensitive order: names are compared as numbers. */
    private final IntList nameOrders = new IntList();
    private final IntCounts productSizes = new IntCounts();

    void add(RankedPill pill, int product, int nameOrder) {
        pills.add(pill);
        products.add(product);
        exact.add(pill.exactImprint() ? 1 : 0);
        nameOrders.add(nameOrder);
        productSizes.add(product, 1);
    }

    public RankedPill pill(int i) {
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
    public final class Ahead {
        private final boolean grouped;
        private final BitSet countedProducts = new BitSet();
        private int[] heap = new int[64];
        private int waiting;
        private int taken;
        private int counted;

        public Ahead(boolean grouped) {
            this.grouped = grouped;
        }

        /** Takes in the matches added since the last call. */
        public void takeNew() {
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
        public int countBefore(double relevance, int productSize, int nameOrder, long id) {
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
    public IntList results(boolean grouped) {
        IntList results = new IntList();
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
    public List<Integer> best(IntList results, int count) {
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
    public List<RankedPill> sameProduct(int leader) {
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
}
