package dev.pillid.search.pruning;

import dev.pillid.search.PillDocument;
import dev.pillid.search.candidates.CandidateIndex;
import dev.pillid.search.candidates.Found;
import dev.pillid.search.ranking.CriterionMatcher;
import dev.pillid.search.ranking.ImprintMatcher;
import dev.pillid.search.ranking.ImprintReading;
import dev.pillid.search.ranking.Judge;
import dev.pillid.search.ranking.Ranking;
import dev.pillid.search.ranking.ResultOrder;
import dev.pillid.search.structures.IntList;
import dev.pillid.search.structures.ScratchPool;
import dev.pillid.search.text.Imprint;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.List;

/**
 * Answers a search by imprint alone best first: the pills the candidate index found are bounded
 * by the most they can score ({@link ImprintReading}), put in buckets by that bound and judged
 * from the highest bucket down, until no pill left could rank among the results wanted. The
 * pills left are counted, not judged. docs/design/search.md describes the whole.
 */
public final class BestFirstSearch {

    private final List<PillDocument> documents;
    private final CandidateIndex candidates;
    private final PillTables tables;
    private final Judge judge;
    /** Scratch buckets, one per search in flight. */
    private final ScratchPool<Buckets> buckets;

    public BestFirstSearch(List<PillDocument> documents, CandidateIndex candidates, PillTables tables, Judge judge) {
        this.documents = documents;
        this.candidates = candidates;
        this.tables = tables;
        this.judge = judge;
        int productCount = tables.productCount();
        int lookCount = tables.lookPills.length;
        this.buckets = new ScratchPool<>(() -> new Buckets(productCount, lookCount));
    }

    /**
     * Judges the pills a typed imprint (without '?') can match, best first, until no pill left could
     * be among the first {@code wanted} results; returns how many results (products when grouped)
     * the pills left make. The index is sure they match, so they are counted, not judged.
     * <p>
     * Every pill is put in a bucket: first, the pills whose imprint may be read whole (exactly or
     * with confused characters: all exact matches are among them) and those with more sides than
     * are tried in every order; the others by the relevance they can reach (a level, rounded up):
     * their imprint's bound ({@link ImprintMatcher#bestScoreNotReadWhole}), from the ways the index
     * found them, their imprint's length, the fewest typing errors its characters allow and the
     * longest side that can be within one error, plus the exact score of their look for the
     * other criteria (worked out once per look). A product's pills all go in the bucket of its
     * best one, so a product is judged whole or not at all, and its results rank and group as when
     * every pill is judged. Buckets are judged from the highest down; within one, products go
     * by the relevance they can reach, then as their best pill would rank on a tie ({@link LevelOrder}).
     * The search stops when enough results rank before what the next product can reach: above its
     * relevance, or tied with it and first on the tie-breaks. Pills of the same imprint share often tie
     * in the hundreds (a side one typing error from the text), and no longer all need judging.
     * <p>
     * Pills found only in ways that score little ({@link ImprintMatcher#bestScoreOfWays}) are not bounded one by one
     * but wait as one group, with the most any of them can reach and the best tie-breaks: when
     * enough results rank before that, they are only counted; otherwise they join the pills not yet
     * judged, bounded one by one, and the search goes on.
     */
    public int judgeByImprint(ImprintMatcher imprint, List<CriterionMatcher> matchers, double totalWeight, int wanted,
                               boolean grouped, Ranking ranking) {
        String text = imprint.compactQuery();
        Found found = new Found();
        candidates.addImprintCandidates(text, found);
        BitSet all = found.sure();
        String confused = Imprint.confusable(text);
        BitSet first = (BitSet) tables.tooManySides.clone();
        // Read whole, a pill's sides make the text: it is as long, as printed or with confused characters read alike.
        int textLength = Math.min(Byte.MAX_VALUE, text.length());
        int confusedLength = Math.min(Byte.MAX_VALUE, confused.length());
        setAll(first, tables.manySidesByLength[textLength]);
        setAll(first, tables.manySidesByConfusableLength[confusedLength]);
        setAll(first, tables.manySidesByLength[Byte.MAX_VALUE]);
        setAll(first, tables.manySidesByConfusableLength[Byte.MAX_VALUE]);
        if (confused.length() == text.length()) {
            // Sides read whole, as printed or with confused characters, make the confused text in some order.
            candidates.addWholeReadings(confused, first);
        } else {
            // The text has a sequence read as one character (RN), which can be read across two sides: any imprint as long may be read whole.
            for (int doc = all.nextSetBit(0); doc >= 0; doc = all.nextSetBit(doc + 1)) {
                if (tables.imprintLengths[doc] == textLength || tables.confusableLengths[doc] == confusedLength) {
                    first.set(doc);
                }
            }
        }
        List<CriterionMatcher> byLook = new ArrayList<>(matchers);
        byLook.removeIf(matcher -> matcher == imprint);
        Buckets scratch = buckets.take().next(byLook.size());
        // Text too short for typing errors has no pill within them, nor a side: nothing per pill to read for those.
        int maxEdits = ImprintMatcher.maxEdits(text);
        int oneByOne = firstWays(imprint, found, all, wanted);
        BitSet bounded = oneByOne == ALL_WAYS ? all : withProducts(ofWays(oneByOne, found, all, first), all);
        BitSet waiting = (BitSet) all.clone();
        waiting.andNot(bounded);
        IntList docs = new IntList(Math.max(4, bounded.cardinality()));
        for (int doc = bounded.nextSetBit(0); doc >= 0; doc = bounded.nextSetBit(doc + 1)) {
            docs.add(doc);
            raise(scratch, doc, first.get(doc), imprint, found, confused.length(), maxEdits, byLook, totalWeight);
        }
        Ranking.Ahead ahead = ranking.new Ahead(grouped);
        Queue queue = queue(docs, scratch);
        for (int i = 0; i < queue.first; i++) {
            judge.into(ranking, queue.pills[i], matchers, totalWeight, true);
        }
        ahead.takeNew();
        while (true) {
            double waitingReach = waiting.isEmpty() ? Double.NEGATIVE_INFINITY
                    : Buckets.reachOf(Buckets.level(Buckets.relevanceAtMostAnyLook(
                            imprint.bestScoreOfWays(~oneByOne & ALL_WAYS), byLook, totalWeight)));
            int stop = judgeInOrder(queue, waitingReach, ahead, scratch, matchers, totalWeight, wanted, ranking);
            if (stop >= 0) {
                // Given back only when the search went through: a level's ordering marks products in it until done.
                buckets.give(scratch);
                // The waiting pills are of products none of whose pills is in the queue: counted apart.
                return (grouped ? distinctProducts(queue.pills, stop) : queue.pills.length - stop)
                        + (grouped ? distinctProducts(waiting) : waiting.cardinality());
            }
            // The waiting pills may rank among the first: those of the ways that may score most join the pills
            // not yet judged, each bounded, and the group's bound falls.
            int next = nextWays(imprint, oneByOne);
            oneByOne |= next;
            BitSet joining = oneByOne == ALL_WAYS ? (BitSet) waiting.clone() : withProducts(ofWays(next, found, waiting, null), waiting);
            waiting.andNot(joining);
            IntList left = new IntList(Math.max(4, queue.pills.length + stop + 1 + joining.cardinality()));
            for (int i = -1 - stop; i < queue.pills.length; i++) {
                left.add(queue.pills[i]);
            }
            for (int doc = joining.nextSetBit(0); doc >= 0; doc = joining.nextSetBit(doc + 1)) {
                left.add(doc);
                raise(scratch, doc, false, imprint, found, confused.length(), maxEdits, byLook, totalWeight);
            }
            scratch.clearCounts();
            queue = queue(left, scratch);
        }
    }

    private static final int ALL_WAYS = (1 << ImprintMatcher.WAYS) - 1;
    /** Fewer pills found than this are all bounded one by one: a group would save too little to pay for itself. */
    private static final int WAITING_FROM = 1024;

    /**
     * The ways of finding a pill (a bit each) whose pills are bounded one by one from the start;
     * the pills found only in other ways wait as one group, bounded by their ways
     * ({@link ImprintMatcher#bestScoreOfWays}). A side that is the text always counts (the bounds
     * of the other ways hold for pills not found by one); then, while they found fewer than twice
     * as many pills as are wanted, the ways that may score most ({@link #nextWays}). Any choice
     * gives the same answers; this one decides how soon a search can stop, and how often the group
     * must be bounded after all. For a short text such as {@code 0}, the many pills found
     * otherwise than by a side 0 wait.
     */
    private static int firstWays(ImprintMatcher imprint, Found found, BitSet all, int wanted) {
        if (all.cardinality() < WAITING_FROM) {
            return ALL_WAYS;
        }
        int ways = 1 << ImprintMatcher.BY_SIDE;
        long pills = found.way(ImprintMatcher.BY_SIDE).cardinality();
        while (pills < 2L * wanted && ways != ALL_WAYS) {
            int next = nextWays(imprint, ways);
            ways |= next;
            for (int way = 0; way < ImprintMatcher.WAYS; way++) {
                if ((next & 1 << way) != 0) {
                    pills += found.way(way).cardinality();
                }
            }
        }
        return ways;
    }

    /** Bounds of ways this close are taken as the same (0.35 + 0.25 and 0.4 + 0.2 differ in the last bit). */
    private static final double TIED = 1e-9;

    /**
     * The ways, among those not bounded one by one yet, that may score most: their pills are
     * bounded next, which lowers the bound of those left waiting most. All of them when none may
     * score more than any pill may (the bound can fall no lower).
     */
    private static int nextWays(ImprintMatcher imprint, int oneByOne) {
        double most = imprint.bestScoreOfWays(0);
        for (int way = 0; way < ImprintMatcher.WAYS; way++) {
            if ((oneByOne & 1 << way) == 0) {
                most = Math.max(most, imprint.bestScoreOfWay(way));
            }
        }
        int next = 0;
        for (int way = 0; way < ImprintMatcher.WAYS; way++) {
            if ((oneByOne & 1 << way) == 0 && (imprint.bestScoreOfWay(way) >= most - TIED || most == imprint.bestScoreOfWays(0))) {
                next |= 1 << way;
            }
        }
        return next;
    }

    /** The pills of {@code among} found in one of these ways, or in {@code also}. */
    private static BitSet ofWays(int ways, Found found, BitSet among, BitSet also) {
        BitSet of = also == null ? new BitSet() : (BitSet) also.clone();
        for (int way = 0; way < ImprintMatcher.WAYS; way++) {
            if ((ways & 1 << way) != 0) {
                of.or(found.way(way));
            }
        }
        of.and(among);
        return of;
    }

    /**
     * The pills with, from {@code among}, the other pills of their products: a product is judged
     * whole. Only the pills of products that can be found unlike ({@link PillTables#foundUnlike}) are looked at.
     */
    private BitSet withProducts(BitSet pills, BitSet among) {
        BitSet with = (BitSet) pills.clone();
        BitSet parted = (BitSet) pills.clone();
        parted.and(tables.foundUnlike);
        BitSet whole = new BitSet();
        for (int doc = parted.nextSetBit(0); doc >= 0; doc = parted.nextSetBit(doc + 1)) {
            int product = tables.products[doc];
            if (!whole.get(product)) {
                whole.set(product);
                for (int i = tables.productStarts[product]; i < tables.productStarts[product + 1]; i++) {
                    if (among.get(tables.productPills[i])) {
                        with.set(tables.productPills[i]);
                    }
                }
            }
        }
        return with;
    }

    /** Bounds the pill (judged first, or what it can reach) and raises its product's bucket to it. */
    private void raise(Buckets scratch, int doc, boolean judgedFirst, ImprintMatcher imprint, Found found,
                       int confusedLength, int maxEdits, List<CriterionMatcher> byLook, double totalWeight) {
        double reachable = Buckets.JUDGED_FIRST;
        if (!judgedFirst) {
            double imprintScore = imprint.bestScoreNotReadWhole(found.waysOf(doc), tables.imprintLengths[doc],
                    fewestEdits(imprint, doc, confusedLength, maxEdits),
                    maxEdits == 0 ? 0 : imprint.longestSideWithinOneEdit(tables.sideLengths[doc], tables.imprintLengths[doc]));
            reachable = scratch.relevanceAtMost(imprintScore, tables.looks[doc], byLook, totalWeight, documents, tables.lookPills);
        }
        scratch.raise(tables.products[doc], reachable);
    }

    /**
     * The pills to judge, in the order of their products' buckets: those judged first at the
     * front ({@code first} of them), then level by level, highest first ({@code reach} and
     * {@code counts} per level).
     */
    private record Queue(int[] pills, int first, double[] reach, int[] counts) {
    }

    private Queue queue(IntList docs, Buckets scratch) {
        int[] perBucket = scratch.counts;
        for (int i = 0; i < docs.size(); i++) {
            int bucket = scratch.bucketOf(tables.products[docs.get(i)]);
            if (perBucket[bucket]++ == 0 && bucket != Buckets.FIRST) {
                scratch.touched.add(bucket);
            }
        }
        // The buckets were emptied before this queue, so those touched are its levels; they rank as
        // their numbers, highest first.
        int[] order = scratch.touched.toArray();
        Arrays.sort(order);
        int[] start = scratch.starts;
        int queued = perBucket[Buckets.FIRST];
        double[] orderReach = new double[order.length];
        int[] orderCount = new int[order.length];
        for (int i = 0; i < order.length; i++) {
            int bucket = order[order.length - 1 - i];
            start[bucket] = queued;
            queued += perBucket[bucket];
            orderReach[i] = Buckets.reachOf(bucket);
            orderCount[i] = perBucket[bucket];
        }
        int[] queue = new int[queued];
        for (int i = 0; i < docs.size(); i++) {
            int doc = docs.get(i);
            queue[start[scratch.bucketOf(tables.products[doc])]++] = doc;
        }
        return new Queue(queue, perBucket[Buckets.FIRST], orderReach, orderCount);
    }

    /**
     * Judges the queue after its pills judged first, level by level, product by product, until
     * enough results rank before the next product and the waiting pills, which reach at most
     * {@code waitingReach} with the best tie-breaks; returns where it stopped. When the waiting
     * pills may rank before the next product and enough results do not rank before them, returns
     * -1 - where it stopped: they must be bounded one by one and judged with the rest.
     */
    private int judgeInOrder(Queue queue, double waitingReach, Ranking.Ahead ahead, Buckets scratch,
                             List<CriterionMatcher> matchers, double totalWeight, int wanted, Ranking ranking) {
        int[] pills = queue.pills;
        int from = queue.first;
        for (int i = 0; i < queue.reach.length; i++) {
            if (waitingReach >= queue.reach[i]) {
                return ahead.countBefore(waitingReach, Integer.MAX_VALUE, 0, 0) >= wanted ? from : -1 - from;
            }
            // Nothing in this level can reach its relevance: no need to order it when enough results rank above that.
            if (ahead.countBefore(queue.reach[i], Integer.MAX_VALUE, 0, 0) >= wanted) {
                return from;
            }
            int end = from + queue.counts[i];
            LevelOrder level = new LevelOrder(pills, from, end, scratch);
            for (int p = 0; p < level.size(); p++) {
                if (waitingReach >= level.reachable(p)) {
                    return ahead.countBefore(waitingReach, Integer.MAX_VALUE, 0, 0) >= wanted ? from : -1 - from;
                }
                // Every pill left ranks at best as this product's best would with all it can reach.
                if (ahead.countBefore(level.reachable(p), level.productSize(p), level.nameOrder(p), level.id(p)) >= wanted) {
                    return from;
                }
                for (int product = tables.products[pills[from]]; from < end && tables.products[pills[from]] == product; from++) {
                    judge.into(ranking, pills[from], matchers, totalWeight, true);
                }
                ahead.takeNew();
            }
        }
        if (waitingReach > Double.NEGATIVE_INFINITY && ahead.countBefore(waitingReach, Integer.MAX_VALUE, 0, 0) < wanted) {
            return -1 - from;
        }
        return from;
    }

    /**
     * The products of one level, put in order in the queue: by the relevance they can reach,
     * highest first, then as their best pills would rank on a tie (more pills in the product,
     * then name, then id), each product's pills together. Judging a level in this order, the
     * search can stop inside it: a product ranks at best as its best pill would if it reached all
     * it can, so every result that ranks before that ranks before every product left.
     */
    private final class LevelOrder {
        private final Integer[] order;
        private final double[] reachable;
        private final int[] sizes;
        private final int[] names;
        private final long[] ids;

        LevelOrder(int[] queue, int from, int end, Buckets scratch) {
            IntList levelProducts = new IntList();
            int[] slots = scratch.slots;
            IntList sizeList = new IntList();
            for (int i = from; i < end; i++) {
                int product = tables.products[queue[i]];
                if (slots[product] < 0) {
                    slots[product] = levelProducts.size();
                    levelProducts.add(product);
                    sizeList.add(0);
                }
                int slot = slots[product];
                sizeList.set(slot, sizeList.get(slot) + 1);
            }
            int count = levelProducts.size();
            reachable = new double[count];
            sizes = new int[count];
            names = new int[count];
            ids = new long[count];
            Arrays.fill(names, Integer.MAX_VALUE);
            Arrays.fill(ids, Long.MAX_VALUE);
            for (int slot = 0; slot < count; slot++) {
                reachable[slot] = scratch.reachable(levelProducts.get(slot));
                sizes[slot] = sizeList.get(slot);
            }
            for (int i = from; i < end; i++) {
                int doc = queue[i];
                int slot = slots[tables.products[doc]];
                long id = documents.get(doc).id();
                if (tables.nameOrders[doc] < names[slot] || tables.nameOrders[doc] == names[slot] && id < ids[slot]) {
                    names[slot] = tables.nameOrders[doc];
                    ids[slot] = id;
                }
            }
            order = new Integer[count];
            for (int slot = 0; slot < count; slot++) {
                order[slot] = slot;
            }
            // As the products' best pills would rank if each reached all it can (none is an exact match).
            Arrays.sort(order, (x, y) -> {
                int byReach = ResultOrder.byMatch(false, reachable[x], false, reachable[y]);
                return byReach != 0 ? byReach : ResultOrder.byTieBreak(sizes[x], names[x], ids[x], sizes[y], names[y], ids[y]);
            });
            // Each product's pills after those of the products before it.
            int[] place = new int[count];
            int at = from;
            for (Integer slot : order) {
                place[slot] = at;
                at += sizes[slot];
            }
            int[] ordered = new int[end - from];
            for (int i = from; i < end; i++) {
                ordered[place[slots[tables.products[queue[i]]]]++ - from] = queue[i];
            }
            System.arraycopy(ordered, 0, queue, from, ordered.length);
            for (int slot = 0; slot < count; slot++) {
                slots[levelProducts.get(slot)] = -1;
            }
        }

        int size() {
            return order.length;
        }

        double reachable(int p) {
            return reachable[order[p]];
        }

        int productSize(int p) {
            return sizes[order[p]];
        }

        int nameOrder(int p) {
            return names[order[p]];
        }

        long id(int p) {
            return ids[order[p]];
        }
    }



    /**
     * At least how many typing errors part the typed text from the pill's whole imprint
     * ({@link ImprintMatcher#fewestEdits}); a length kept as 127 may be longer, so it says nothing then.
     * When the lengths are further apart than the errors tolerated, their difference is enough.
     */
    private int fewestEdits(ImprintMatcher imprint, int doc, int confusedLength, int maxEdits) {
        int length = tables.confusableLengths[doc] < Byte.MAX_VALUE ? tables.confusableLengths[doc] : confusedLength;
        if (Math.abs(length - confusedLength) > maxEdits) {
            // The lengths alone rule the errors out: the pill's characters need not be read.
            return Math.abs(length - confusedLength);
        }
        return imprint.fewestEdits(candidates.confusableMask(doc), length);
    }

    private int distinctProducts(BitSet docs) {
        BitSet seen = new BitSet();
        for (int doc = docs.nextSetBit(0); doc >= 0; doc = docs.nextSetBit(doc + 1)) {
            seen.set(tables.products[doc]);
        }
        return seen.cardinality();
    }

    private int distinctProducts(int[] docs, int from) {
        BitSet seen = new BitSet();
        for (int i = from; i < docs.length; i++) {
            seen.set(tables.products[docs[i]]);
        }
        return seen.cardinality();
    }

    private static void setAll(BitSet into, int[] docs) {
        for (int doc : docs) {
            into.set(doc);
        }
    }
}
