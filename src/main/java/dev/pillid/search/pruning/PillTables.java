package dev.pillid.search.pruning;

import dev.pillid.search.PillDocument;
import dev.pillid.search.ranking.ImprintMatcher;
import dev.pillid.search.structures.IntList;

import java.util.Arrays;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What a search reads of every pill, by its position in the catalog, built once with the index:
 * its product and look as numbers, its name's place in name order, its imprint's lengths, and
 * the pills with more sides than are read in every order. Arrays rather than the pills'
 * documents, so that bounding thousands of pills reads a few compact arrays.
 */
public final class PillTables {

    /** Each pill's product (drug, strength and appearance) as a number: pills with the same one are one result. */
    public final int[] products;
    /** The pills of each product: those of product p are productPills[productStarts[p]] to productPills[productStarts[p + 1] - 1]. */
    final int[] productStarts;
    final int[] productPills;
    /**
     * Pills of products whose pills the index can find in different ways: their sides differ as
     * printed (0 and O are one product when all else is the same), or they have more sides than are
     * tried in every order (their whole imprints are in label order). The pills of other products
     * have the same sides in some order and are found alike.
     */
    final BitSet foundUnlike = new BitSet();
    /** Each pill's name's place among the catalog's names in case-insensitive order (equal names, equal places). */
    public final int[] nameOrders;
    /** Each pill's imprint length, all sides, as printed and with confused characters read alike (at most 127). */
    final byte[] imprintLengths;
    final byte[] confusableLengths;
    /** Each pill's side lengths ({@link ImprintMatcher#sideLengths}), for the bound of a side within one error. */
    final long[] sideLengths;
    /**
     * Each pill's look (colours, shape, size and score: all that the criteria other than imprint,
     * name and NDC read) as a number, and one pill of each look: a search judges a look once.
     */
    final int[] looks;
    final int[] lookPills;
    /**
     * Pills with more sides than the imprint matcher tries in every order: the index's whole
     * imprints do not hold them, so a search judges them first when they may be read whole.
     */
    final BitSet manySides = new BitSet();
    /**
     * The pills of {@link #manySides} by the length of their imprint, as printed and with confused
     * characters read alike (127 for 127 characters or more): a search judges first those as long
     * as its text, without looking at every such pill.
     */
    final int[][] manySidesByLength;
    final int[][] manySidesByConfusableLength;
    /** Pills with more sides than the imprint matcher reads at all: always judged first. */
    final BitSet tooManySides = new BitSet();

    public PillTables(List<PillDocument> documents) {
        this.products = new int[documents.size()];
        this.imprintLengths = new byte[products.length];
        this.confusableLengths = new byte[products.length];
        this.sideLengths = new long[products.length];
        Map<String, Integer> productIds = new HashMap<>();
        for (int doc = 0; doc < products.length; doc++) {
            PillDocument pill = documents.get(doc);
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
        this.nameOrders = nameOrders(documents);
        this.looks = new int[products.length];
        Map<List<Object>, Integer> lookIds = new HashMap<>();
        IntList firstOfLook = new IntList();
        for (int doc = 0; doc < looks.length; doc++) {
            PillDocument pill = documents.get(doc);
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
            List<String> sides = sorted(documents.get(productPills[productStarts[product]]).imprintSides());
            boolean alike = true;
            for (int i = productStarts[product]; i < productStarts[product + 1] && alike; i++) {
                alike = !manySides.get(productPills[i]) && sorted(documents.get(productPills[i]).imprintSides()).equals(sides);
            }
            if (!alike) {
                for (int i = productStarts[product]; i < productStarts[product + 1]; i++) {
                    foundUnlike.set(productPills[i]);
                }
            }
        }
    }

    /** How many products (distinct drugs, strengths and appearances) there are. */
    int productCount() {
        return productStarts.length - 1;
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

    private static byte length(List<String> sides) {
        int length = 0;
        for (String side : sides) {
            length += side.length();
        }
        return (byte) Math.min(Byte.MAX_VALUE, length);
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
}
