package dev.pillid.search;

import dev.pillid.search.structures.IntList;
import dev.pillid.search.structures.ScratchPool;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.HashMap;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * An immutable, in-memory view of the catalog that answers searches and imprint suggestions.
 * <p>
 * A pill is a candidate when it matches an identifying criterion (imprint, name or NDC) if the
 * query gives one, otherwise when it matches any criterion. Candidates whose whole imprint
 * matches exactly come first; then candidates rank by relevance, the weighted mean of their
 * criterion scores (weights in {@link Criterion}), so colour, shape, size and score reorder
 * candidates but never remove one. Pills of the same drug, strength and appearance are one
 * result unless the search asks for them ungrouped.
 */
public final class SearchIndex {


    private final List<PillDocument> documents;
    private final CandidateIndex candidates;
    /** Each pill's product (drug, strength and appearance) as a number: pills with the same one are one result. */
    private final int[] products;
    /** The pills of each product: those of product p are productPills[productStarts[p]] to productPills[productStarts[p + 1] - 1]. */
    private final int[] productStarts;
    private final int[] productPills;
    /**
     * Pills of products whose pills the index can find in different ways: their sides differ as
     * printed (0 and O are one product when all else is the same), or they have more sides than are
     * tried in every order (their whole imprints are in label order). The pills of other products
     * have the same sides in some order and are found alike.
     */
    private final BitSet foundUnlike = new BitSet();
    /** Each pill's name's place among the catalog's names in case-insensitive order (equal names, equal places). */
    private final int[] nameOrders;
    /** Each pill's imprint length, all sides, as printed and with confused characters read alike (at most 127). */
    private final byte[] imprintLengths;
    private final byte[] confusableLengths;
    /** Each pill's side lengths ({@link ImprintMatcher#sideLengths}), for the bound of a side within one error. */
    private final long[] sideLengths;
    /**
     * Each pill's look (colours, shape, size and score: all that the criteria other than imprint,
     * name and NDC read) as a number, and one pill of each look: a search judges a look once.
     */
    private final int[] looks;
    private final int[] lookPills;
    /**
     * Pills with more sides than the imprint matcher tries in every order: the index's whole
     * imprints do not hold them, so a search judges them first when they may be read whole.
     */
    private final BitSet manySides = new BitSet();
    /**
     * The pills of {@link #manySides} by the length of their imprint, as printed and with confused
     * characters read alike (127 for 127 characters or more): a search judges first those as long
     * as its text. Looking at every such pill for that took a tenth of a search at 100,000 pills.
     */
    private final int[][] manySidesByLength;
    private final int[][] manySidesByConfusableLength;
    /** Pills with more sides than the imprint matcher reads at all: always judged first. */
    private final BitSet tooManySides = new BitSet();
    /** Scratch buckets, for searches by imprint. */
    private final ScratchPool<Buckets> buckets;
    private final ImprintSuggestions suggestions;

    public SearchIndex(Collection<PillDocument> documents) {
        this.documents = List.copyOf(documents);
        this.candidates = new CandidateIndex(this.documents);
        this.products = new int[this.documents.size()];
        this.imprintLengths = new byte[products.length];
        this.confusableLengths = new byte[products.length];
        this.sideLengths = new long[products.length];
        Map<String, Integer> productIds = new HashMap<>();
        for (int doc = 0; doc < products.length; doc++) {
            PillDocument pill = this.documents.get(doc);
            products[doc] = productIds.computeIfAbsent(pill.appearance(), key -> productIds.size());
            imprintLengths[doc] = length(pill.imprintSides());
            confusableLengths[doc] = length(pill.confusableSides());
            sideLengths[doc] = ImprintMatcher.sideLengths(pill.imprintSides(), pill.confusableSides());
            if (pill.imprintSides().size() > ImprintMatcher.MAX_PERMUTED_SIDES) {
                manySides.set(doc);
            }
            if (pill.imprintSides().size() > ImprintMatcher.MAX_SIDES) {
                tooManySides.set(doc);
            }
        }
        this.manySidesByLength = byLength(manySides, imprintLengths);
        this.manySidesByConfusableLength = byLength(manySides, confusableLengths);
        this.nameOrders = nameOrders(this.documents);
        this.looks = new int[products.length];
        Map<List<Object>, Integer> lookIds = new HashMap<>();
        IntList firstOfLook = new IntList();
        for (int doc = 0; doc < looks.length; doc++) {
            PillDocument pill = this.documents.get(doc);
            List<Object> look = Arrays.asList(pill.colors(), pill.shape(), pill.sizeMm(), pill.score());
            looks[doc] = lookIds.computeIfAbsent(look, key -> lookIds.size());
            if (looks[doc] == firstOfLook.size()) {
                firstOfLook.add(doc);
            }
        }
        this.lookPills = firstOfLook.toArray();
        int productCount = productIds.size();
        this.productStarts = new int[productCount + 1];
        for (int product : products) {
            productStarts[product + 1]++;
        }
        Arrays.parallelPrefix(productStarts, Integer::sum);
        this.productPills = new int[products.length];
        int[] placed = Arrays.copyOf(productStarts, productCount);
        for (int doc = 0; doc < products.length; doc++) {
            productPills[placed[products[doc]]++] = doc;
        }
        for (int product = 0; product < productCount; product++) {
            if (productStarts[product + 1] - productStarts[product] == 1) {
                // A product of one pill cannot be parted.
                continue;
            }
            List<String> sides = sorted(this.documents.get(productPills[productStarts[product]]).imprintSides());
            boolean alike = true;
            for (int i = productStarts[product]; i < productStarts[product + 1] && alike; i++) {
                alike = !manySides.get(productPills[i]) && sorted(this.documents.get(productPills[i]).imprintSides()).equals(sides);
            }
            if (!alike) {
                for (int i = productStarts[product]; i < productStarts[product + 1]; i++) {
                    foundUnlike.set(productPills[i]);
                }
            }
        }
        int lookCount = lookPills.length;
        this.buckets = new ScratchPool<>(() -> new Buckets(productCount, lookCount));
        this.suggestions = new ImprintSuggestions(this.documents);
    }

    private static List<String> sorted(List<String> sides) {
        return sides.stream().sorted().toList();
    }

    /** The pills, by their length (0 to 127). */
    private static int[][] byLength(BitSet pills, byte[] lengths) {
        int[] counts = new int[Byte.MAX_VALUE + 1];
        for (int doc = pills.nextSetBit(0); doc >= 0; doc = pills.nextSetBit(doc + 1)) {
            counts[lengths[doc]]++;
        }
        int[][] byLength = new int[counts.length][];
        for (int length = 0; length < counts.length; length++) {
            byLength[length] = new int[counts[length]];
        }
        Arrays.fill(counts, 0);
        for (int doc = pills.nextSetBit(0); doc >= 0; doc = pills.nextSetBit(doc + 1)) {
            byLength[lengths[doc]][counts[lengths[doc]]++] = doc;
        }
        return byLength;
    }

    private static void setAll(BitSet into, int[] docs) {
        for (int doc : docs) {
            into.set(doc);
        }
    }

    private static byte length(List<String> sides) {
        int length = 0;
        for (String side : sides) {
            length += side.length();
        }
        return (byte) Math.min(Byte.MAX_VALUE, length);
    }

    public int size() {
        return documents.size();
    }

    /** The search, grouped by product. */
    public SearchResult search(SearchQuery query, int limit, int offset) {
        return search(query, limit, offset, true);
    }

    public SearchResult search(SearchQuery query, int limit, int offset, boolean grouped) {
        return search(query, limit, offset, grouped, true);
    }

    /**
     * The search, with candidates from the index or, when {@code indexed} is false, every pill
     * judged in turn: the reference the index is tested against.
     */
    SearchResult search(SearchQuery query, int limit, int offset, boolean grouped, boolean indexed) {
        if (limit < 0 || offset < 0) {
            throw new IllegalArgumentException("limit and offset must not be negative");
        }
        List<CriterionMatcher> matchers = CriterionMatcher.forQuery(query);
        double totalWeight = 0;
        for (CriterionMatcher matcher : matchers) {
            totalWeight += matcher.criterion().weight();
        }
        boolean identifies = query.identifies();
        int wanted = (int) Math.min(Integer.MAX_VALUE, Math.max((long) offset + limit, Confidence.AMBIGUITY_WINDOW));
        Ranking ranking = new Ranking();
        int unjudged = 0;
        ImprintMatcher imprint = indexed && identifies ? onlyIdentifyingImprint(matchers) : null;
        if (imprint != null && !imprint.hasUnreadable()) {
            // Exact matches, the only ones that make a result ambiguous, are all judged: the page is what must be complete.
            unjudged = judgeByImprint(imprint, matchers, totalWeight, (int) Math.min(Integer.MAX_VALUE, (long) offset + limit),
                    grouped, ranking);
        } else {
            BitSet looked = indexed ? candidates(query, identifies, matchers) : candidates.all();
            for (int doc = looked.nextSetBit(0); doc >= 0; doc = looked.nextSetBit(doc + 1)) {
                judgeInto(ranking, doc, matchers, totalWeight, identifies);
            }
        }
        IntList results = ranking.results(grouped);
        // Only the page and the results judged for ambiguity need to be in order.
        List<RankedPill> top = new ArrayList<>();
        List<Integer> best = ranking.best(results, wanted);
        best.forEach(i -> top.add(ranking.pill(i)));
        int from = Math.min(offset, top.size());
        int to = Math.min(top.size(), from + limit);
        List<Hit> page = new ArrayList<>(to - from);
        for (int i = from; i < to; i++) {
            RankedPill leader = top.get(i);
            List<PillDocument> others = grouped ? ranking.sameProduct(best.get(i)).stream().map(RankedPill::pill).toList() : List.of();
            page.add(new Hit(leader, others, Confidence.of(leader, top)));
        }
        return new SearchResult(results.size() + unjudged, page);
    }

    private void judgeInto(Ranking ranking, int doc, List<CriterionMatcher> matchers, double totalWeight, boolean identifies) {
        RankedPill ranked = judge(documents.get(doc), matchers, totalWeight, identifies);
        if (ranked != null) {
            ranking.add(ranked, products[doc], nameOrders[doc]);
        }
    }

    private static int[] nameOrders(List<PillDocument> documents) {
        Map<String, Integer> names = new HashMap<>();
        for (PillDocument pill : documents) {
            names.putIfAbsent(pill.name(), 0);
        }
        TreeMap<String, Integer> ordered = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        names.keySet().forEach(name -> ordered.put(name, 0));
        int order = 0;
        for (Map.Entry<String, Integer> name : ordered.entrySet()) {
            name.setValue(order++);
        }
        names.replaceAll((name, unset) -> ordered.get(name));
        int[] orders = new int[documents.size()];
        for (int doc = 0; doc < orders.length; doc++) {
            orders[doc] = names.get(documents.get(doc).name());
        }
        return orders;
    }

    /** The imprint matcher when the imprint is all the query identifies a pill by (no name, no NDC). */
    private static ImprintMatcher onlyIdentifyingImprint(List<CriterionMatcher> matchers) {
        ImprintMatcher imprint = null;
        for (CriterionMatcher matcher : matchers) {
            if (matcher instanceof ImprintMatcher found) {
                imprint = found;
            } else if (matcher.criterion().identifies()) {
                return null;
            }
        }
        return imprint;
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
    private int judgeByImprint(ImprintMatcher imprint, List<CriterionMatcher> matchers, double totalWeight, int wanted,
                               boolean grouped, Ranking ranking) {
        String text = imprint.compactQuery();
        Found found = new Found();
        candidates.addImprintCandidates(text, found);
        BitSet all = found.sure();
        String confused = Imprint.confusable(text);
        BitSet first = (BitSet) tooManySides.clone();
        // Read whole, a pill's sides make the text: it is as long, as printed or with confused characters read alike.
        int textLength = Math.min(Byte.MAX_VALUE, text.length());
        int confusedLength = Math.min(Byte.MAX_VALUE, confused.length());
        setAll(first, manySidesByLength[textLength]);
        setAll(first, manySidesByConfusableLength[confusedLength]);
        setAll(first, manySidesByLength[Byte.MAX_VALUE]);
        setAll(first, manySidesByConfusableLength[Byte.MAX_VALUE]);
        if (confused.length() == text.length()) {
            // Sides read whole, as printed or with confused characters, make the confused text in some order.
            candidates.addWholeReadings(confused, first);
        } else {
            // The text has a sequence read as one character (RN), which can be read across two sides: any imprint as long may be read whole.
            for (int doc = all.nextSetBit(0); doc >= 0; doc = all.nextSetBit(doc + 1)) {
                if (imprintLengths[doc] == textLength || confusableLengths[doc] == confusedLength) {
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
            judgeInto(ranking, queue.pills[i], matchers, totalWeight, true);
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
     * must be bounded after all. For a typed {@code 0} at 100,000 pills, the 12,000 or so pills
     * found otherwise than by a side 0 wait.
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
     * whole. Only the pills of products that can be found unlike ({@link #foundUnlike}) are looked at.
     */
    private BitSet withProducts(BitSet pills, BitSet among) {
        BitSet with = (BitSet) pills.clone();
        BitSet parted = (BitSet) pills.clone();
        parted.and(foundUnlike);
        BitSet whole = new BitSet();
        for (int doc = parted.nextSetBit(0); doc >= 0; doc = parted.nextSetBit(doc + 1)) {
            int product = products[doc];
            if (!whole.get(product)) {
                whole.set(product);
                for (int i = productStarts[product]; i < productStarts[product + 1]; i++) {
                    if (among.get(productPills[i])) {
                        with.set(productPills[i]);
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
            double imprintScore = imprint.bestScoreNotReadWhole(found.waysOf(doc), imprintLengths[doc],
                    fewestEdits(imprint, doc, confusedLength, maxEdits),
                    maxEdits == 0 ? 0 : imprint.longestSideWithinOneEdit(sideLengths[doc], imprintLengths[doc]));
            reachable = scratch.relevanceAtMost(imprintScore, looks[doc], byLook, totalWeight, documents, lookPills);
        }
        scratch.raise(products[doc], reachable);
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
            int bucket = scratch.bucketOf(products[docs.get(i)]);
            if (perBucket[bucket]++ == 0 && bucket != FIRST) {
                scratch.touched.add(bucket);
            }
        }
        // The buckets were emptied before this queue, so those touched are its levels; they rank as
        // their numbers, highest first.
        int[] order = scratch.touched.toArray();
        Arrays.sort(order);
        int[] start = scratch.starts;
        int queued = perBucket[FIRST];
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
            queue[start[scratch.bucketOf(products[doc])]++] = doc;
        }
        return new Queue(queue, perBucket[FIRST], orderReach, orderCount);
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
                for (int product = products[pills[from]]; from < end && products[pills[from]] == product; from++) {
                    judgeInto(ranking, pills[from], matchers, totalWeight, true);
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
                int product = products[queue[i]];
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
                int slot = slots[products[doc]];
                long id = documents.get(doc).id();
                if (nameOrders[doc] < names[slot] || nameOrders[doc] == names[slot] && id < ids[slot]) {
                    names[slot] = nameOrders[doc];
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
                ordered[place[slots[products[queue[i]]]]++ - from] = queue[i];
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

    /** Buckets are levels of the relevance a pill can reach, in steps of 1 / LEVELS, rounded up. */
    private static final int LEVELS = 4096;
    /** The bucket judged first, above every level. */
    private static final int FIRST = LEVELS + 1;

    /**
     * A search's buckets: per product the most its pills can reach and its bucket (marks of one
     * generation per search, never cleared), per look the weighted score of each criterion of look;
     * per bucket its pill count and place in the queue (cleared after each search where touched).
     * Reused from search to search: no 200 KB of new arrays each.
     */
    private static final class Buckets {
        /** What a pill judged first (its imprint may be read whole) can reach, as far as buckets go. */
        static final double JUDGED_FIRST = Double.POSITIVE_INFINITY;
        private final int[] generations;
        private final int[] best;
        private final double[] reachable;
        final int[] counts = new int[FIRST + 1];
        final int[] starts = new int[FIRST + 1];
        final IntList touched = new IntList(64);
        /** Per product, its place among the products of the level being ordered, or -1. */
        final int[] slots;
        /** The weighted score of each criterion of look, per look, of this generation's search: a look's at look * stride. */
        private double[] lookTerms;
        private int stride;
        private final int[] lookGenerations;
        private int generation;

        Buckets(int products, int looks) {
            generations = new int[products];
            best = new int[products];
            reachable = new double[products];
            slots = new int[products];
            Arrays.fill(slots, -1);
            lookTerms = new double[looks];
            lookGenerations = new int[looks];
        }

        /** Ready for a search with this many criteria of look. */
        Buckets next(int criteriaOfLook) {
            if (++generation == Integer.MAX_VALUE) {
                java.util.Arrays.fill(generations, 0);
                java.util.Arrays.fill(lookGenerations, 0);
                generation = 1;
            }
            clearCounts();
            stride = criteriaOfLook;
            if (lookTerms.length < lookGenerations.length * stride) {
                lookTerms = new double[lookGenerations.length * stride];
            }
            return this;
        }

        /** Empties the buckets, for a new queue. */
        void clearCounts() {
            for (int i = 0; i < touched.size(); i++) {
                int bucket = touched.get(i);
                counts[bucket] = 0;
                starts[bucket] = 0;
            }
            touched.clear();
            counts[FIRST] = 0;
            starts[FIRST] = 0;
        }

        /**
         * The relevance of a pill whose imprint scores {@code imprintScore} and which matches every
         * other criterion fully, summed as {@link #relevanceAtMost} sums it: no pill of that
         * imprint score gets more.
         */
        static double relevanceAtMostAnyLook(double imprintScore, List<CriterionMatcher> byLook, double totalWeight) {
            double weighted = 0;
            weighted += Criterion.IMPRINT.weight() * imprintScore;
            for (CriterionMatcher matcher : byLook) {
                weighted += matcher.criterion().weight() * 1.0;
            }
            return weighted / totalWeight;
        }

        /** The lowest level at or above the relevance: every pill of a level reaches at most its relevance. */
        static int level(double relevance) {
            return Math.min(LEVELS, (int) Math.ceil(relevance * LEVELS - 1e-9) + 1);
        }

        /** The relevance every pill of the level is below. */
        static double reachOf(int level) {
            return (double) level / LEVELS;
        }

        /**
         * The relevance of a pill of this look whose imprint scores {@code imprintScore}, summed in
         * the order a judged pill's is (the imprint's first), so that it comes out the same to the
         * last bit when the imprint scores that, and never lower than what the pill gets. The
         * scores of look are worked out once per look and search.
         */
        double relevanceAtMost(double imprintScore, int look, List<CriterionMatcher> byLook, double totalWeight,
                               List<PillDocument> documents, int[] lookPills) {
            if (stride == 0) {
                return Criterion.IMPRINT.weight() * imprintScore / totalWeight;
            }
            int at = look * stride;
            if (lookGenerations[look] != generation) {
                for (int i = 0; i < stride; i++) {
                    CriterionMatcher matcher = byLook.get(i);
                    lookTerms[at + i] = matcher.criterion().weight() * matcher.match(documents.get(lookPills[look])).score();
                }
                lookGenerations[look] = generation;
            }
            double weighted = 0;
            weighted += Criterion.IMPRINT.weight() * imprintScore;
            for (int i = 0; i < stride; i++) {
                weighted += lookTerms[at + i];
            }
            return weighted / totalWeight;
        }

        /** Counts a pill of the product that can reach this relevance. */
        void raise(int product, double relevance) {
            if (generations[product] != generation) {
                generations[product] = generation;
                reachable[product] = relevance;
                best[product] = relevance == JUDGED_FIRST ? FIRST : level(relevance);
            } else if (relevance > reachable[product]) {
                reachable[product] = relevance;
                best[product] = relevance == JUDGED_FIRST ? FIRST : level(relevance);
            }
        }

        /** The bucket of the product: that of its pill that can reach most. */
        int bucketOf(int product) {
            return best[product];
        }

        double reachable(int product) {
            return reachable[product];
        }
    }

    /**
     * At least how many typing errors part the typed text from the pill's whole imprint
     * ({@link ImprintMatcher#fewestEdits}); a length kept as 127 may be longer, so it says nothing then.
     * When the lengths are further apart than the errors tolerated, their difference is enough.
     */
    private int fewestEdits(ImprintMatcher imprint, int doc, int confusedLength, int maxEdits) {
        int length = confusableLengths[doc] < Byte.MAX_VALUE ? confusableLengths[doc] : confusedLength;
        if (Math.abs(length - confusedLength) > maxEdits) {
            // The lengths alone rule the errors out: the pill's characters need not be read.
            return Math.abs(length - confusedLength);
        }
        return imprint.fewestEdits(candidates.confusableCharacters(doc), length);
    }

    private int distinctProducts(BitSet docs) {
        BitSet seen = new BitSet();
        for (int doc = docs.nextSetBit(0); doc >= 0; doc = docs.nextSetBit(doc + 1)) {
            seen.set(products[doc]);
        }
        return seen.cardinality();
    }

    private int distinctProducts(int[] docs, int from) {
        BitSet seen = new BitSet();
        for (int i = from; i < docs.length; i++) {
            seen.set(products[docs[i]]);
        }
        return seen.cardinality();
    }

    /** The pills that can match the query's identifying criteria, or every pill for a query by look only. */
    private BitSet candidates(SearchQuery query, boolean identifies, List<CriterionMatcher> matchers) {
        if (!identifies) {
            return candidates.all();
        }
        BitSet found = new BitSet(documents.size());
        for (CriterionMatcher matcher : matchers) {
            if (matcher instanceof ImprintMatcher imprint) {
                candidates.addImprintCandidates(imprint.compactQuery(), found);
            } else if (matcher instanceof NameMatcher name) {
                candidates.addNameCandidates(name, found);
            } else if (matcher instanceof NdcMatcher ndc) {
                candidates.addNdcCandidates(ndc, found);
            }
        }
        return found;
    }

    /**
     * Imprints that start with what was typed, most common first, then imprints that do so
     * only when easily confused characters are read alike.
     */
    public List<ImprintSuggestion> suggest(String typed, int limit) {
        return suggestions.suggest(typed, limit);
    }

    private static RankedPill judge(PillDocument pill, List<CriterionMatcher> matchers, double totalWeight,
                                    boolean needsIdentifyingMatch) {
        List<CriterionMatch> matches = new ArrayList<>(matchers.size());
        boolean candidate = false;
        double weighted = 0;
        for (CriterionMatcher matcher : matchers) {
            CriterionMatch match = matcher.match(pill);
            matches.add(match);
            weighted += match.criterion().weight() * match.score();
            if (match.matched() && (!needsIdentifyingMatch || match.criterion().identifies())) {
                candidate = true;
            }
        }
        return candidate ? new RankedPill(pill, weighted / totalWeight, matches) : null;
    }
}
