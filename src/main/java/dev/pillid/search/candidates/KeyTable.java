package dev.pillid.search.candidates;

import dev.pillid.search.structures.IntList;
import dev.pillid.search.text.CharacterMask;
import dev.pillid.search.text.Edits;
import dev.pillid.search.text.KeyOrder;

import java.util.Arrays;
import java.util.BitSet;
import java.util.HashMap;
import java.util.Map;

/** Distinct keys (sides or whole imprints) with the pills carrying each, and which keys hold each pair of adjacent characters. */
final class KeyTable {

    private final String[] keys;
    private final int[][] docs;
    /** How many pills the keys before each key have, counted once per key: pills in a range of keys without reading it. */
    private final int[] docsBefore;
    /**
     * Key ids by {@link #hash}, open addressing: per slot, two longs side by side, the hash's
     * low 32 bits and id + 1 (0: empty), then the key's first packed word ({@link Edits#pack}:
     * a key of up to {@value Edits#FIRST_WORD_CHARACTERS} ASCII characters whole, with its
     * length), so a probe reads one array and such a key is compared without reading its
     * packed keys (one cache miss fewer for each variant one error away that is a key) or its string
     * (two fewer for each side looked up by its text). Not a HashMap: String.hashCode collides
     * often on short imprints (10 and 0O, 1A and 2"), which turned its buckets into trees
     * searched by comparing strings.
     */
    private final long[] slots;
    private final int slotShift;
    /** The ranges of keys that start alike. */
    private final PrefixRanges prefixes;
    /** Key lengths (at most 127), read without touching the keys. */
    private final byte[] lengths;
    /**
     * What the two-error search and the variants one error away read of each key,
     * {@value #PACKED_KEY_LONGS} {@code long}s side by side (mostly one cache line), never its string and
     * characters, two cache misses more: its {@link CharacterMask},
     * by which most keys the two-error search finds are ruled out, and the key packed
     * ({@link Edits#pack}, {@link Edits#packRest}), aligned with the text; the second word is
     * compared with a variant of more than {@value Edits#FIRST_WORD_CHARACTERS} characters
     * (the first is in the key's slot). Keys too long to pack, or beyond ASCII, are read as
     * strings.
     */
    private final long[] packedKeys;
    private static final int PACKED_KEY_LONGS = 3;
    /** Where each pair of characters stands in the keys, for the two-error filter and fragments. */
    private final PairPositions positions;
    /**
     * A Bloom filter of the keys' hashes, 16 bits a key, blocked: a hash sets two bits in one
     * block of 512 bits (a cache line), so a test reads one line. Most absent keys are ruled
     * out without a lookup.
     */
    private final long[] hashes;
    private final int blockShift;
    /**
     * The pills of keys on many pills (a 64th of the catalog or more, and at least
     * {@value #MIN_PILLS_AS_BITS}) as bits as well: marked or intersected a word at a time. By
     * key id, null for the others: an array, not a map of boxed ids, as it is read on every
     * search.
     */
    private final BitSet[] bits;
    static final int MIN_PILLS_AS_BITS = 1024;


    private KeyTable(Map<String, IntList> docsByKey, int pills) {
        int bitsFrom = Math.max(MIN_PILLS_AS_BITS, pills / 64);
        KeyOrder.Sorted<IntList> sorted = KeyOrder.sorted(docsByKey, IntList[]::new);
        this.keys = sorted.keys();
        this.docs = new int[keys.length][];
        this.bits = new BitSet[keys.length];
        this.docsBefore = new int[keys.length + 1];
        this.lengths = new byte[keys.length];
        this.packedKeys = new long[keys.length * PACKED_KEY_LONGS];
        int slotBits = 32 - Integer.numberOfLeadingZeros(Math.max(4, keys.length * 2) - 1);
        this.slots = new long[2 << slotBits];
        this.slotShift = 64 - slotBits;
        for (int id = 0; id < keys.length; id++) {
            String key = keys[id];
            docs[id] = sorted.values()[id].toArray();
            docsBefore[id + 1] = docsBefore[id] + docs[id].length;
            if (docs[id].length >= bitsFrom) {
                BitSet set = new BitSet(pills);
                for (int doc : docs[id]) {
                    set.set(doc);
                }
                bits[id] = set;
            }
            lengths[id] = (byte) Math.min(127, key.length());
            packedKeys[id * PACKED_KEY_LONGS] = CharacterMask.of(key);
            packedKeys[id * PACKED_KEY_LONGS + 1] = Edits.pack(key);
            packedKeys[id * PACKED_KEY_LONGS + 2] = Edits.packRest(key);
            long hash = hash(key, 0, key.length());
            int slot = (int) (hash >>> slotShift);
            while (slots[2 * slot] != 0) {
                slot = (slot + 1) & ((1 << slotBits) - 1);
            }
            slots[2 * slot] = hash << 32 | id + 1;
            slots[2 * slot + 1] = packedKeys[id * PACKED_KEY_LONGS + 1];
        }
        int keyCount = keys.length;
        this.positions = new PairPositions(keys, lengths);
        this.prefixes = new PrefixRanges(keys);
        int bits = Math.max(10, 32 - Integer.numberOfLeadingZeros(Math.max(1, keyCount) * 16 - 1));
        this.hashes = new long[1 << (bits - 6)];
        this.blockShift = 32 - (bits - 9);
        for (String key : keys) {
            long hash = hash(key, 0, key.length());
            int block = blockOf(hash);
            hashes[block + (firstBit(hash) >>> 6)] |= 1L << firstBit(hash);
            hashes[block + (secondBit(hash) >>> 6)] |= 1L << secondBit(hash);
        }
    }

    /** The first word of the hash's block of the Bloom filter. */
    private int blockOf(long hash) {
        return (int) (hash >>> 32) >>> blockShift << 3;
    }

    private static int firstBit(long hash) {
        return (int) hash & 511;
    }

    private static int secondBit(long hash) {
        return (int) hash >>> 9 & 511;
    }

    /** Whether a key may have this {@link #hash}: false means no key has it. */
    boolean mightHold(long hash) {
        int block = blockOf(hash);
        int first = firstBit(hash);
        int second = secondBit(hash);
        return (hashes[block + (first >>> 6)] & 1L << first) != 0 && (hashes[block + (second >>> 6)] & 1L << second) != 0;
    }

    /**
     * An odd 64-bit multiplier: unlike 31 (String.hashCode), no small difference of characters
     * in two found cancels out (0 to O is +31, the next character -1 makes 10 and 0O alike).
     */
    static final long MULTIPLIER = 0x9E3779B97F4A7C15L;

    /** The characters as a polynomial in {@link #MULTIPLIER}, which a variant's hash is made from without building it. */
    static long polynomial(String text, int from, int to) {
        long hash = 0;
        for (int i = from; i < to; i++) {
            hash = hash * MULTIPLIER + text.charAt(i);
        }
        return hash;
    }

    /** A polynomial's bits mixed (the low bits of a polynomial depend on few of its characters). */
    static long mix(long polynomial) {
        long hash = (polynomial ^ polynomial >>> 32) * 0xD6E8FEB86659FD93L;
        return hash ^ hash >>> 32;
    }

    /** The hash of the keys' table and Bloom filter: the top bits pick a slot, the low 32 bits are kept in it. */
    static long hash(String text, int from, int to) {
        return mix(polynomial(text, from, to));
    }

    /** The id of the key that is the text from {@code from} to {@code to}, or -1. */
    private int idOf(String text, int from, int to) {
        long hash = hash(text, from, to);
        int length = to - from;
        long packed = length <= Edits.FIRST_WORD_CHARACTERS ? Edits.pack(text, from, to) : Edits.NOT_PACKED;
        for (int slot = withHash(hash, (int) (hash >>> slotShift)); slot >= 0; slot = withHash(hash, slot + 1)) {
            int id = (int) slots[2 * slot] - 1;
            if (packed != Edits.NOT_PACKED) {
                // Up to 8 ASCII characters and the length are the whole packed word: equal words, equal keys.
                if (slots[2 * slot + 1] == packed) {
                    return id;
                }
            } else if (keys[id].length() == length && keys[id].regionMatches(0, text, from, length)) {
                return id;
            }
        }
        return -1;
    }

    /** The id of the key that is this variant of {@code t} (see {@link OneEditVariants#tryVariant}), or -1. */
    int idOfVariant(long hash, int length, char[] t, int at, int removed, char c) {
        for (int slot = withHash(hash, (int) (hash >>> slotShift)); slot >= 0; slot = withHash(hash, slot + 1)) {
            if (isVariant((int) slots[2 * slot] - 1, slots[2 * slot + 1], length, t, at, removed, c)) {
                return (int) slots[2 * slot] - 1;
            }
        }
        return -1;
    }

    /** The first slot from {@code slot} on, in probe order, that holds a key with this hash; -1 at an empty slot. */
    private int withHash(long hash, int slot) {
        int mask = slots.length / 2 - 1;
        for (slot &= mask; slots[2 * slot] != 0; slot = (slot + 1) & mask) {
            if ((int) (slots[2 * slot] >>> 32) == (int) hash) {
                return slot;
            }
        }
        return -1;
    }

    /**
     * Whether the key, whose first packed word is {@code packed}, is the variant: read from its
     * slot when it is 8 characters or shorter, from its packedKeys when longer, from its string when
     * it is not packed.
     */
    private boolean isVariant(int id, long packed, int length, char[] t, int at, int removed, char c) {
        if (packed == Edits.NOT_PACKED) {
            return isVariant(keys[id], length, t, at, removed, c);
        }
        if ((int) (packed >>> 56) != length) {
            return false;
        }
        long rest = length > Edits.FIRST_WORD_CHARACTERS ? packedKeys[id * PACKED_KEY_LONGS + 2] : 0;
        for (int k = 0; k < length; k++) {
            if (Edits.packedChar(packed, rest, k) != Edits.variantChar(t, at, removed, c, k)) {
                return false;
            }
        }
        return true;
    }

    private static boolean isVariant(String key, int length, char[] t, int at, int removed, char c) {
        if (key.length() != length) {
            return false;
        }
        for (int k = 0; k < key.length(); k++) {
            if (key.charAt(k) != Edits.variantChar(t, at, removed, c, k)) {
                return false;
            }
        }
        return true;
    }

    int[] docsOf(String key) {
        int id = idOf(key, 0, key.length());
        return id < 0 ? null : docs[id];
    }

    /** The pills of a key on many pills as bits (not to be changed), or null. */
    BitSet bitsOf(String key) {
        int id = idOf(key, 0, key.length());
        return id < 0 ? null : bits[id];
    }

    /** How many pills (counted once per key) have a key that starts the text or that the text starts. */
    int pillsOfKeysPrefixingOrPrefixedBy(String text) {
        int count = 0;
        for (int end = 1; end < text.length(); end++) {
            int id = idOf(text, 0, end);
            if (id >= 0) {
                count += docs[id].length;
            }
        }
        long range = prefixes.of(text);
        return count + docsBefore[(int) range] - docsBefore[(int) (range >>> 32)];
    }

    /**
     * Pills with a key, other than {@code except}, that the text is ({@code onward}) or, when
     * {@code startsToo}, starts; and pills with a key that starts the text ({@code partway}).
     * Whether {@code except} is such a key.
     */
    boolean addReadingOn(String text, String except, boolean startsToo, BitSet onward, BitSet partway) {
        boolean exceptGoesOn = false;
        for (int end = 1; end < text.length(); end++) {
            String key = text.substring(0, end);
            if (key.equals(except)) {
                exceptGoesOn = true;
            } else {
                addDocs(key, partway);
            }
        }
        // Keys are sorted: the text itself, when a key, comes first of the keys it starts. Keys are told
        // apart by id and length, without reading them: a few thousand keys start with 00.
        int exceptId = idOf(except, 0, except.length());
        long range = prefixes.of(text);
        for (int id = (int) (range >>> 32); id < (int) range; id++) {
            if (!startsToo && (text.length() < Byte.MAX_VALUE ? lengths[id] : keys[id].length()) != text.length()) {
                break;
            }
            if (id == exceptId) {
                exceptGoesOn = true;
            } else {
                addDocsOf(id, onward);
            }
        }
        return exceptGoesOn;
    }

    void addDocs(String key, BitSet into) {
        int id = idOf(key, 0, key.length());
        if (id >= 0) {
            addDocsOf(id, into);
        }
    }

    void addDocsOf(int id, BitSet into) {
        if (bits[id] != null) {
            into.or(bits[id]);
            return;
        }
        for (int doc : docs[id]) {
            into.set(doc);
        }
    }

    /** Pills with a key that starts with the prefix. */
    void addPrefixed(String prefix, BitSet into) {
        long range = prefixes.of(prefix);
        for (int id = (int) (range >>> 32); id < (int) range; id++) {
            addDocsOf(id, into);
        }
    }

    /** Pills with a key that contains the text (of two characters or more): only keys holding its rarest pair are read. */
    void addContaining(String text, BitSet into) {
        int[] rarest = positions.ofRarestPair(text);
        if (rarest == null) {
            return;
        }
        for (int position : rarest) {
            int id = PairPositions.keyOf(position);
            if (lengths[id] >= text.length() && keys[id].contains(text)) {
                addDocsOf(id, into);
            }
        }
    }

    void addDocsWithPair(int pair, BitSet into) {
        int[] found = positions.of(pair);
        if (found != null) {
            for (int position : found) {
                addDocsOf(PairPositions.keyOf(position), into);
            }
        }
    }

    /**
     * Pills with a key within two typing errors of the text (of eight characters or more). Cut
     * into four parts, the text keeps two parts intact in any key two substitutions,
     * insertions or deletions away, each shifted by two found at most: only keys holding the
     * rarest pair of two parts there have their distance computed. Two errors that leave
     * fewer parts intact, which takes a swap of neighbours and another error, can be missed.
     */
    void addWithinTwoEdits(String text, BitSet into) {
        IntList twice = positions.keysHoldingTwoParts(text);
        if (twice.size() == 0) {
            return;
        }
        Edits.Pattern pattern = new Edits.Pattern(text);
        long textKinds = CharacterMask.of(text);
        for (int t = 0; t < twice.size(); t++) {
            int id = twice.get(t);
            int at = id * PACKED_KEY_LONGS;
            if (CharacterMask.fewestEdits(packedKeys[at], textKinds) > 2) {
                continue;
            }
            long packed = packedKeys[at + 1];
            int edits = packed == Edits.NOT_PACKED ? pattern.distance(keys[id], 2) : pattern.distance(packed, packedKeys[at + 2], 2);
            if (edits <= 2) {
                addDocsOf(id, into);
            }
        }
    }

    static final class Builder {
        private final Map<String, IntList> docsByKey = new HashMap<>();

        void add(String key, int doc) {
            IntList list = docsByKey.computeIfAbsent(key, k -> new IntList());
            if (list.size() == 0 || list.get(list.size() - 1) != doc) {
                list.add(doc);
            }
        }

        KeyTable build(int pills) {
            return new KeyTable(docsByKey, pills);
        }
    }
}
