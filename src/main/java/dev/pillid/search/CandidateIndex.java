package dev.pillid.search;

import dev.pillid.search.structures.IntList;
import dev.pillid.search.structures.Marks;
import dev.pillid.search.structures.ScratchPool;

import java.util.Arrays;
import java.util.BitSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import java.util.Collection;

/**
 * Finds the pills a query can match without judging every pill in the catalog. Ranking then
 * judges only these candidates, with the same matchers as before, so an index lookup never
 * changes how a pill scores, only how many pills are looked at.
 * <p>
 * For an imprint it finds every pill the imprint matcher would match:
 * <ul>
 * <li>readings as sides: pills whose sides make the typed text, as typed and with confusable
 *     characters read alike, or make it up to the start of one more side, as typed; and pills
 *     with a side the typed text starts;</li>
 * <li>a fragment: pills with a side that contains the typed text;</li>
 * <li>one typing error: every text one edit away from the typed text, looked up among whole
 *     imprints (sides in any order) and single sides;</li>
 * <li>two typing errors (typed text of 8 characters or more): whole imprints that hold two of
 *     four parts of the typed text near their place (the pigeonhole filter), checked by edit
 *     distance. The one kind of match it can miss: two errors of which one swaps neighbouring
 *     characters and which between them touch three of the four parts.</li>
 * </ul>
 * Typed text with '?' is looked up by its readable pairs of adjacent characters; with none, every
 * pill is a candidate. A name is matched against each distinct name once; an NDC is a lookup.
 * <p>
 * Every pill found for an imprint without '?' is sure to match, and the way it was found bounds
 * its score: the search judges the best first and counts those it need not rank without judging
 * them ({@link SearchIndex}).
 */
final class CandidateIndex {

    /**
     * Reading a pill's sides costs about as much as marking this many pills in a bit set: four
     * objects to reach (the pill, its list of sides, the list's array, a side), each a cache miss
     * on a large catalog. At 8, a text such as 77 read the 1,500 pills with a side 7 one by one at
     * 100,000 pills; at 32 it marks the pills with a side starting 7 instead, in half the time.
     */
    private static final int READ_SIDES_COST = 32;

    private final int size;
    private final List<PillDocument> documents;
    /** Pills with the same side twice (10;10), as printed or with confused characters read alike. */
    private final BitSet repeatedSide = new BitSet();
    /**
     * The kinds of character on each pill's sides with confused characters read alike
     * ({@link #signature}): a copy of those in {@link #confusableSideText}, kept in an array of its
     * own because a search's bounds read it for every pill bounded, and a compact array stays in
     * cache where the packed sides do not (docs/performance.md).
     */
    private final long[] confusableCharacters;
    /**
     * Each pill's sides as printed and with confused characters read alike, {@value #SIDES} longs
     * per pill side by side, so that reading them costs one or two cache misses rather than the
     * five objects of a pill's list of sides (reading a text's sides read a thousand pills at
     * 100,000): the kinds of character on the sides ({@link #signature}: a text reads as a pill's
     * sides only if the pill has all its characters, which rules out most pills before their sides
     * are read); the sides' lengths, 8 bits each, first side lowest, or {@link #NOT_PACKED}; the
     * sides' characters one after the other, 7 bits each, {@value #PACKED_PER_WORD} to a long, up to
     * {@value #PACKED_CHARACTERS} (until 2026-11-28, 8 bits each and 16 characters: the 2% of pills
     * at 100,000 longer than that took 7% of the slowest searches of three characters).
     * Sides longer together, more than {@link ImprintMatcher#MAX_SIDES}, or of characters beyond
     * ASCII are not packed: such a pill's sides are read from the pill.
     */
    private final long[] plainSideText;
    private final long[] confusableSideText;
    private static final int SIDES = 4;
    private static final int PACKED_PER_WORD = 9;
    private static final int PACKED_CHARACTERS = 2 * PACKED_PER_WORD;
    private static final long NOT_PACKED = -1L;
    /** For each digit and capital letter, the pills with it on a side, as printed and with confused characters read alike. */
    private final BitSet[] plainHaving = new BitSet[LETTERS_AND_DIGITS];
    private final BitSet[] confusableHaving = new BitSet[LETTERS_AND_DIGITS];
    private static final int LETTERS_AND_DIGITS = 36;
    /** Sides of imprints as printed, compact. */
    private final KeyTable plainSides;
    /** Sides with easily confused characters read alike. */
    private final KeyTable confusableSides;
    /** Whole imprints with confused characters read alike, sides in every order (label order beyond 4 sides). */
    private final KeyTable wholes;
    /** The characters of confusable imprints: one-error variants of typed text only use these. */
    private final char[] alphabet;
    private final String[] names;
    private final int[][] docsByName;
    private final Map<String, int[]> docsByNdc;

    /** Builds the index; its tables are built side by side, one task each, on the common fork-join pool. */
    CandidateIndex(List<PillDocument> documents) {
        this.size = documents.size();
        this.documents = documents;
        CompletableFuture<KeyTable> plain = CompletableFuture.supplyAsync(() -> table(documents, PillDocument::imprintSides));
        CompletableFuture<KeyTable> confusable = CompletableFuture.supplyAsync(() -> table(documents, PillDocument::confusableSides));
        CompletableFuture<KeyTable> whole = CompletableFuture.supplyAsync(() -> table(documents, CandidateIndex::wholeImprints));
        Map<String, IntList> byName = new HashMap<>();
        Map<String, IntList> byNdc = new HashMap<>();
        BitSet characters = new BitSet(128);
        this.confusableCharacters = new long[size];
        this.plainSideText = new long[size * SIDES];
        this.confusableSideText = new long[size * SIDES];
        for (int doc = 0; doc < documents.size(); doc++) {
            PillDocument pill = documents.get(doc);
            confusableCharacters[doc] = signature(pill.confusableSides());
            pack(plainSideText, doc, pill.imprintSides());
            pack(confusableSideText, doc, pill.confusableSides());
            mark(plainHaving, plainSideText[doc * SIDES], doc);
            mark(confusableHaving, confusableCharacters[doc], doc);
            List<String> sides = pill.confusableSides();
            if (hasRepeated(sides) || hasRepeated(pill.imprintSides())) {
                repeatedSide.set(doc);
            }
            for (String side : sides) {
                for (int c = 0; c < side.length(); c++) {
                    characters.set(side.charAt(c));
                }
            }
            for (String name : pill.nameWords()) {
                byName.computeIfAbsent(name, n -> new IntList()).add(doc);
            }
            for (String ndc : pill.ndcs()) {
                byNdc.computeIfAbsent(ndc, n -> new IntList()).add(doc);
            }
        }
        // In order: the set's bits go up.
        this.alphabet = new char[characters.cardinality()];
        int i = 0;
        for (int c = characters.nextSetBit(0); c >= 0; c = characters.nextSetBit(c + 1)) {
            alphabet[i++] = (char) c;
        }
        this.names = byName.keySet().toArray(String[]::new);
        this.docsByName = new int[names.length][];
        for (int n = 0; n < names.length; n++) {
            docsByName[n] = byName.get(names[n]).toArray();
        }
        this.docsByNdc = new HashMap<>();
        byNdc.forEach((ndc, docs) -> docsByNdc.put(ndc, docs.toArray()));
        this.plainSides = plain.join();
        this.confusableSides = confusable.join();
        this.wholes = whole.join();
    }

    /** Whether a side is there twice: a pill has a few sides, so they are compared pairwise rather than hashed. */
    private static boolean hasRepeated(List<String> sides) {
        for (int i = 1; i < sides.size(); i++) {
            for (int j = 0; j < i; j++) {
                if (sides.get(i).equals(sides.get(j))) {
                    return true;
                }
            }
        }
        return false;
    }

    private static KeyTable table(List<PillDocument> documents, Function<PillDocument, Collection<String>> keys) {
        KeyTable.Builder table = new KeyTable.Builder();
        for (int doc = 0; doc < documents.size(); doc++) {
            for (String key : keys.apply(documents.get(doc))) {
                table.add(key, doc);
            }
        }
        return table.build(documents.size());
    }

    /** The whole imprint with confused characters read alike, its sides in every order (label order beyond 4 sides). */
    private static Collection<String> wholeImprints(PillDocument pill) {
        List<String> sides = pill.confusableSides();
        if (sides.isEmpty()) {
            return List.of();
        }
        return sides.size() <= ImprintMatcher.MAX_PERMUTED_SIDES
                ? new LinkedHashSet<>(ImprintMatcher.orders(sides)) : List.of(String.join("", sides));
    }

    /** Every pill: for queries that describe only a pill's look, which any pill may match. */
    BitSet all() {
        BitSet all = new BitSet(size);
        all.set(0, size);
        return all;
    }

    /** The kinds of character of the pill's sides with confused characters read alike ({@link #signature}). */
    long confusableCharacters(int doc) {
        return confusableCharacters[doc];
    }

    /** Adds the pills the typed imprint (compact, '?' kept) can match. */
    void addImprintCandidates(String typed, BitSet into) {
        addImprintCandidates(typed, new Found(into));
    }

    /**
     * Adds the pills the typed imprint (compact, '?' kept) can match, by the way they were found:
     * without '?', the imprint matcher is sure to match each (the text reads as sides, a side
     * starts with it or contains it, the whole imprint or a side is within the typing errors
     * tolerated); with '?', each may match.
     */
    void addImprintCandidates(String typed, Found into) {
        if (typed.isEmpty()) {
            return;
        }
        String confused = Imprint.confusable(typed);
        int maxEdits = ImprintMatcher.maxEdits(typed);
        if (typed.indexOf(Imprint.UNREADABLE) >= 0) {
            addWithReadablePairs(confused, maxEdits, into.unsure);
            return;
        }
        addReadings(plainSides, typed, false, into.way(ImprintMatcher.BY_SIDE));
        // The matcher takes no confusable reading for the start of a side, so none is looked up.
        addReadings(confusableSides, confused, true, into.way(ImprintMatcher.BY_CONFUSED_SIDE));
        plainSides.addPrefixed(typed, into.way(ImprintMatcher.BY_PREFIX));
        if (typed.length() >= ImprintReading.MIN_FRAGMENT) {
            plainSides.addContaining(typed, into.way(ImprintMatcher.BY_FRAGMENT));
        }
        if (maxEdits == 0) {
            return;
        }
        addOneEditAway(confused, into.way(ImprintMatcher.BY_EDITS), into.way(ImprintMatcher.BY_SIDE_EDIT));
        if (maxEdits >= 2) {
            wholes.addWithinTwoEdits(confused, into.way(ImprintMatcher.BY_EDITS));
        }
    }

    /** Adds the pills whose whole imprint, with confused characters read alike and sides in any order (up to 4), is the text. */
    void addWholeReadings(String confused, BitSet into) {
        wholes.addDocs(confused, into);
    }

    /**
     * The pills a typed imprint can match: those the matcher may match ('?'), and those it is sure
     * to, by each way of finding them ({@link ImprintMatcher#BY_SIDE} and on), which bounds how
     * well they can score ({@link ImprintMatcher#bestScoreNotReadWhole}).
     */
    static final class Found {
        final BitSet unsure;
        private final BitSet[] ways = new BitSet[ImprintMatcher.WAYS];

        /** Sets that grow with the pills found: a narrow search allocates little. */
        Found() {
            unsure = new BitSet();
            Arrays.setAll(ways, w -> new BitSet());
        }

        /** Every pill found, in one set. */
        Found(BitSet all) {
            unsure = all;
            Arrays.fill(ways, all);
        }

        BitSet way(int way) {
            return ways[way];
        }

        /** The pills found in any way the matcher is sure of. */
        BitSet sure() {
            BitSet sure = new BitSet();
            for (BitSet way : ways) {
                sure.or(way);
            }
            return sure;
        }

        /** The ways a pill was found, one bit each. */
        int waysOf(int doc) {
            int found = 0;
            for (int w = 0; w < ways.length; w++) {
                if (ways[w].get(doc)) {
                    found |= 1 << w;
                }
            }
            return found;
        }
    }

    /**
     * Pills whose imprint can be read from the text as sides, all of it or, as printed, ending in
     * the start of one more side: a side is the text; or a side starts the text and another side is
     * the rest or, as printed, starts with it; or the reading goes on through more sides, which is
     * checked pill by pill. When a side starting the text is on more pills than the sides the rest
     * can go on with, those pills are marked and intersected, rather than each pill's sides read.
     */
    private void addReadings(KeyTable sides, String text, boolean confusable, BitSet into) {
        long textCharacters = signature(text);
        BitSet onward = null;
        BitSet partway = null;
        for (int end = 1; end <= text.length(); end++) {
            String first = text.substring(0, end);
            int[] docs = sides.docsOf(first);
            if (docs == null) {
                continue;
            }
            String rest = text.substring(end);
            if (rest.isEmpty()) {
                sides.addDocs(first, into);
            } else if (docs.length * READ_SIDES_COST <= sides.pillsStartingOrStarting(rest)) {
                for (int doc : docs) {
                    if (!into.get(doc) && reads(doc, text, textCharacters, confusable)) {
                        into.set(doc);
                    }
                }
            } else {
                onward = onward == null ? new BitSet(size) : onward;
                partway = partway == null ? new BitSet(size) : partway;
                onward.clear();
                partway.clear();
                if (sides.addReadingOn(rest, first, !confusable, onward, partway)) {
                    // The side that starts the text goes on only if the pill has it twice.
                    partway.or(repeatedSide);
                }
                BitSet firstDocs = sides.bitsOf(first);
                if (firstDocs == null) {
                    for (int doc : docs) {
                        if (onward.get(doc) || partway.get(doc) && !into.get(doc) && reads(doc, text, textCharacters, confusable)) {
                            into.set(doc);
                        }
                    }
                    continue;
                }
                onward.and(firstDocs);
                into.or(onward);
                partway.and(firstDocs);
                partway.andNot(into);
                keepHavingAll(partway, textCharacters, confusable);
                for (int doc = partway.nextSetBit(0); doc >= 0; doc = partway.nextSetBit(doc + 1)) {
                    if (reads(doc, text, textCharacters, confusable)) {
                        into.set(doc);
                    }
                }
            }
        }
    }

    private static void mark(BitSet[] having, long characters, int doc) {
        for (long left = characters; left != 0; left &= left - 1) {
            int bit = Long.numberOfTrailingZeros(left);
            if (bit < LETTERS_AND_DIGITS) {
                if (having[bit] == null) {
                    having[bit] = new BitSet();
                }
                having[bit].set(doc);
            }
        }
    }

    /** Keeps the pills that have every digit and capital letter of the text on their sides. */
    private void keepHavingAll(BitSet pills, long textCharacters, boolean confusable) {
        BitSet[] having = confusable ? confusableHaving : plainHaving;
        for (long left = textCharacters; left != 0 && !pills.isEmpty(); left &= left - 1) {
            int bit = Long.numberOfTrailingZeros(left);
            if (bit < LETTERS_AND_DIGITS) {
                if (having[bit] == null) {
                    pills.clear();
                } else {
                    pills.and(having[bit]);
                }
            }
        }
    }

    /** A bit for each character of the texts: digits and capitals their own, any other shares one with some. */
    static long signature(Collection<String> texts) {
        long bits = 0;
        for (String text : texts) {
            bits |= signature(text);
        }
        return bits;
    }

    /**
     * At least how many typing errors part two texts with these {@link #signature}s: each kind of
     * character one has and the other not takes an error of its own.
     */
    static int fewestEditsByKinds(long kinds, long otherKinds) {
        return Math.max(Long.bitCount(kinds & ~otherKinds), Long.bitCount(otherKinds & ~kinds));
    }

    static long signature(String text) {
        long bits = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            int bit = c >= '0' && c <= '9' ? c - '0' : c >= 'A' && c <= 'Z' ? 10 + c - 'A' : 36 + c % 28;
            bits |= 1L << bit;
        }
        return bits;
    }

    /** Puts the pill's sides in {@code into} ({@link #plainSideText}); its characters only when they can be packed. */
    private static void pack(long[] into, int doc, List<String> sides) {
        int at = doc * SIDES;
        into[at] = signature(sides);
        into[at + 1] = NOT_PACKED;
        if (sides.size() > ImprintMatcher.MAX_SIDES) {
            return;
        }
        long lengths = 0;
        long[] characters = new long[2];
        int offset = 0;
        for (int i = 0; i < sides.size(); i++) {
            String side = sides.get(i);
            if (side.isEmpty() || offset + side.length() > PACKED_CHARACTERS) {
                return;
            }
            lengths |= (long) side.length() << (8 * i);
            for (int c = 0; c < side.length(); c++, offset++) {
                if (side.charAt(c) > 0x7F) {
                    return;
                }
                characters[offset / PACKED_PER_WORD] |= (long) side.charAt(c) << (7 * (offset % PACKED_PER_WORD));
            }
        }
        into[at + 1] = lengths;
        into[at + 2] = characters[0];
        into[at + 3] = characters[1];
    }

    /** Whether the text reads as sides of the pill, as the imprint matcher reads them: as printed or with confused characters read alike. */
    private boolean reads(int doc, String text, long textCharacters, boolean confusable) {
        long[] sideText = confusable ? confusableSideText : plainSideText;
        int at = doc * SIDES;
        if ((sideText[at] & textCharacters) != textCharacters) {
            return false;
        }
        long lengths = sideText[at + 1];
        if (lengths != NOT_PACKED) {
            return readsAsPackedSides(lengths, sideText[at + 2], sideText[at + 3], text, 0, 0, !confusable);
        }
        PillDocument pill = documents.get(doc);
        return readsAsSides(confusable ? pill.confusableSides() : pill.imprintSides(), text, 0, 0, !confusable);
    }

    /**
     * {@link #readsAsSides} for sides packed as {@link #pack} packs them: their lengths, and their
     * characters in two longs.
     */
    static boolean readsAsPackedSides(long lengths, long low, long high, String text, int position, int used, boolean startsToo) {
        if (position == text.length()) {
            return true;
        }
        int left = text.length() - position;
        int offset = 0;
        for (int i = 0; i < ImprintMatcher.MAX_SIDES; i++) {
            int length = (int) (lengths >>> (8 * i) & 0xFF);
            if (length == 0) {
                break;
            }
            if ((used & 1 << i) == 0) {
                if (length <= left && packedMatches(low, high, offset, text, position, length)) {
                    if (readsAsPackedSides(lengths, low, high, text, position + length, used | 1 << i, startsToo)) {
                        return true;
                    }
                } else if (startsToo && length > left && packedMatches(low, high, offset, text, position, left)) {
                    return true;
                }
            }
            offset += length;
        }
        return false;
    }

    /** Whether the packed characters from {@code offset} are the text's from {@code position}, for {@code length} characters. */
    private static boolean packedMatches(long low, long high, int offset, String text, int position, int length) {
        for (int k = 0; k < length; k++) {
            int at = offset + k;
            char packed = (char) ((at < PACKED_PER_WORD ? low >>> (7 * at) : high >>> (7 * (at - PACKED_PER_WORD))) & 0x7F);
            if (packed != text.charAt(position + k)) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether the text from the position on reads as sides not yet used (of the first
     * {@link ImprintMatcher#MAX_SIDES}), all of it or ({@code startsToo}) ending in the start of
     * one more side.
     */
    static boolean readsAsSides(List<String> sides, String text, int position, int used, boolean startsToo) {
        if (position == text.length()) {
            return true;
        }
        int count = Math.min(sides.size(), ImprintMatcher.MAX_SIDES);
        int left = text.length() - position;
        for (int i = 0; i < count; i++) {
            if ((used & 1 << i) != 0) {
                continue;
            }
            String side = sides.get(i);
            if (side.length() <= left && text.startsWith(side, position)) {
                if (readsAsSides(sides, text, position + side.length(), used | 1 << i, startsToo)) {
                    return true;
                }
            } else if (startsToo && side.length() > left && side.regionMatches(0, text, position, left)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whole imprints, and sides of three characters or more, one typing error from the text: every
     * deletion, swap of neighbours, insertion and substitution (from the characters of the catalog)
     * is tried. A variant's hash ({@link KeyTable#hash}) is computed from the text's parts without
     * building it, and its key, if any, is found by that hash: a Bloom filter rules out most
     * variants, the hash stored with each slot the rest, and only a key with the same hash is
     * compared with the variant, character by character. Hundreds of variants, none built.
     */
    private void addOneEditAway(String text, BitSet wholesInto, BitSet sidesInto) {
        boolean sidesToo = text.length() >= 3;
        char[] t = text.toCharArray();
        int n = t.length;
        long[] power = new long[n + 2];
        long[] before = new long[n + 1];
        long[] after = new long[n + 2];
        power[0] = 1;
        for (int i = 1; i < power.length; i++) {
            power[i] = power[i - 1] * KeyTable.MULTIPLIER;
        }
        for (int i = 0; i < n; i++) {
            before[i + 1] = before[i] * KeyTable.MULTIPLIER + t[i];
        }
        for (int i = n - 1; i >= 0; i--) {
            after[i] = t[i] * power[n - 1 - i] + after[i + 1];
        }
        for (int i = 0; i < n; i++) {
            tryVariant(before[i] * power[n - i - 1] + after[i + 1], n - 1, t, i, 1, (char) 0, sidesToo, wholesInto, sidesInto);
            if (i + 1 < n) {
                long swapped = (before[i] * KeyTable.MULTIPLIER + t[i + 1]) * KeyTable.MULTIPLIER + t[i];
                tryVariant(swapped * power[n - i - 2] + after[i + 2], n, t, i, -1, (char) 0, sidesToo, wholesInto, sidesInto);
            }
        }
        for (int i = 0; i <= n; i++) {
            for (char c : alphabet) {
                long withC = before[i] * KeyTable.MULTIPLIER + c;
                tryVariant(withC * power[n - i] + after[i], n + 1, t, i, 0, c, sidesToo, wholesInto, sidesInto);
                if (i < n && c != t[i]) {
                    tryVariant(withC * power[n - i - 1] + after[i + 1], n, t, i, 2, c, sidesToo, wholesInto, sidesInto);
                }
            }
        }
    }

    /**
     * One variant of the text, known by its polynomial hash and how it is made at position
     * {@code at}: {@code removed} 1 deletes the character there, -1 swaps it with the next,
     * 0 inserts {@code c} before it, 2 puts {@code c} in its place.
     */
    private void tryVariant(long polynomial, int length, char[] t, int at, int removed, char c, boolean sidesToo,
                            BitSet wholesInto, BitSet sidesInto) {
        long hash = KeyTable.mix(polynomial);
        if (wholes.mightHold(hash)) {
            int id = wholes.idOfVariant(hash, length, t, at, removed, c);
            if (id >= 0) {
                wholes.addDocsOf(id, wholesInto);
            }
        }
        if (sidesToo && length >= 3 && confusableSides.mightHold(hash)) {
            int id = confusableSides.idOfVariant(hash, length, t, at, removed, c);
            if (id >= 0) {
                confusableSides.addDocsOf(id, sidesInto);
            }
        }
    }

    /** Character {@code k} of the variant of {@code t} made at {@code at} (see {@link #tryVariant}). */
    static char variantChar(char[] t, int at, int removed, char c, int k) {
        return switch (removed) {
            case 1 -> t[k < at ? k : k + 1];
            case -1 -> t[k == at ? at + 1 : k == at + 1 ? at : k];
            case 0 -> k < at ? t[k] : k == at ? c : t[k - 1];
            default -> k == at ? c : t[k];
        };
    }

    /**
     * Text with unreadable characters: pills whose imprint shares a pair of adjacent readable
     * characters with it. A typing error breaks at most 3 pairs (a swap of neighbours), so with
     * more readable pairs than 3 per tolerated error every match keeps one; with fewer, every pill
     * is a candidate.
     */
    private void addWithReadablePairs(String text, int maxEdits, BitSet into) {
        Set<Integer> pairs = new HashSet<>();
        for (int i = 0; i + 1 < text.length(); i++) {
            char a = text.charAt(i);
            char b = text.charAt(i + 1);
            if (a != Imprint.UNREADABLE && b != Imprint.UNREADABLE) {
                pairs.add(KeyTable.pair(a, b));
            }
        }
        if (pairs.size() <= 3 * maxEdits || pairs.isEmpty()) {
            into.set(0, size);
            return;
        }
        for (int pair : pairs) {
            wholes.addDocsWithPair(pair, into);
            confusableSides.addDocsWithPair(pair, into);
        }
    }

    /** Adds the pills with a name (medicine or ingredient) the matcher accepts: each distinct name is judged once. */
    void addNameCandidates(NameMatcher matcher, BitSet into) {
        for (int n = 0; n < names.length; n++) {
            if (matcher.matches(names[n])) {
                for (int doc : docsByName[n]) {
                    into.set(doc);
                }
            }
        }
    }

    /** Adds the pills with the NDC, as a package or as the product a package belongs to. */
    void addNdcCandidates(NdcMatcher matcher, BitSet into) {
        for (String reading : matcher.readings()) {
            for (String key : List.of(reading, reading.substring(0, 9))) {
                int[] docs = docsByNdc.get(key);
                if (docs != null) {
                    for (int doc : docs) {
                        into.set(doc);
                    }
                }
            }
        }
    }

    /** Distinct keys (sides or whole imprints) with the pills carrying each, and which keys hold each pair of adjacent characters. */
    static final class KeyTable {

        private final String[] keys;
        private final int[][] docs;
        /** How many pills the keys before each key have, counted once per key: pills in a range of keys without reading it. */
        private final int[] docsBefore;
        /**
         * Key ids by {@link #hash}, open addressing: per slot, two longs side by side, the hash's
         * low 32 bits and id + 1 (0: empty), then the key's first packed word ({@link Edits#pack}:
         * a key of up to {@value Edits#FIRST_WORD_CHARACTERS} ASCII characters whole, with its
         * length), so a probe reads one array and such a key is compared without reading its
         * facts (one cache miss fewer for each variant one error away that is a key) or its string
         * (two fewer for each side looked up by its text). Not a HashMap: String.hashCode collides
         * often on short imprints (10 and 0O, 1A and 2"), which turned its buckets into trees
         * searched by comparing strings.
         */
        private final long[] slots;
        private final int slotShift;
        /**
         * Each key's first {@value #START_CHARACTERS} characters ({@link #start}), in key order
         * (the keys are sorted): ranges of keys with a prefix found in one array, in cache.
         */
        private final long[] starts;
        static final int START_CHARACTERS = 4;
        /** Key lengths (at most 127), read without touching the keys. */
        private final byte[] lengths;
        /**
         * What the two-error search and the variants one error away read of each key,
         * {@value #FACTS} {@code long}s side by side (mostly one cache line), never its string and
         * characters, two cache misses more: its kinds of character ({@link CandidateIndex#signature}),
         * by which most keys the two-error search finds are ruled out, and the key packed
         * ({@link Edits#pack}, {@link Edits#packRest}), aligned with the text; the second word is
         * compared with a variant of more than {@value Edits#FIRST_WORD_CHARACTERS} characters
         * (the first is in the key's slot). Keys too long to pack, or beyond ASCII, are read as
         * strings.
         */
        private final long[] facts;
        private static final int FACTS = 3;
        /**
         * Where each pair of ASCII characters stands in the keys, at index first * 128 + second
         * (other pairs in {@link #otherPairs}): one entry per place, the key's id shifted left by
         * {@value #POSITION_BITS} bits and its position in the key (at most {@value #LAST_POSITION}),
         * ordered by position, then by the key's length ({@link #byPlace}).
         */
        private final int[][] pairs = new int[128 * 128][];
        private final Map<Integer, int[]> otherPairs = new HashMap<>();
        /**
         * A Bloom filter of the keys' hashes, 16 bits a key, blocked: a hash sets two bits in one
         * block of 512 bits (a cache line), so a test reads one line. Most absent keys (about 98%)
         * are ruled out without a lookup.
         */
        private final long[] hashes;
        private final int blockShift;
        /**
         * The pills of keys on many pills (a 64th of the catalog or more, and at least
         * {@value #MIN_PILLS_AS_BITS}) as bits as well: marked or intersected a word at a time. By
         * key id, null for the others: looked up in a map, by boxed ids, they took 3% of a search
         * at 100,000 pills.
         */
        private final BitSet[] bits;
        static final int MIN_PILLS_AS_BITS = 1024;
        /** Marks of the keys the two-error filter found parts in, one generation per search. */
        private final ScratchPool<Marks> marks;

        static final int POSITION_BITS = 5;
        static final int TWO_EDIT_PARTS = 4;
        static final int LAST_POSITION = (1 << POSITION_BITS) - 1;

        private KeyTable(Map<String, IntList> docsByKey, int pills) {
            int bitsFrom = Math.max(MIN_PILLS_AS_BITS, pills / 64);
            KeyOrder.Sorted<IntList> sorted = KeyOrder.sorted(docsByKey, IntList[]::new);
            this.keys = sorted.keys();
            this.docs = new int[keys.length][];
            this.bits = new BitSet[keys.length];
            this.docsBefore = new int[keys.length + 1];
            this.lengths = new byte[keys.length];
            this.facts = new long[keys.length * FACTS];
            this.starts = new long[keys.length];
            int slotBits = 32 - Integer.numberOfLeadingZeros(Math.max(4, keys.length * 2) - 1);
            this.slots = new long[2 << slotBits];
            this.slotShift = 64 - slotBits;
            Map<Integer, IntList> places = new HashMap<>();
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
                facts[id * FACTS] = signature(key);
                facts[id * FACTS + 1] = Edits.pack(key);
                facts[id * FACTS + 2] = Edits.packRest(key);
                starts[id] = start(key, START_CHARACTERS);
                long hash = hash(key, 0, key.length());
                int slot = (int) (hash >>> slotShift);
                while (slots[2 * slot] != 0) {
                    slot = (slot + 1) & ((1 << slotBits) - 1);
                }
                slots[2 * slot] = hash << 32 | id + 1;
                slots[2 * slot + 1] = facts[id * FACTS + 1];
                for (int i = 0; i + 1 < key.length(); i++) {
                    places.computeIfAbsent(pair(key.charAt(i), key.charAt(i + 1)), p -> new IntList())
                            .add(id << POSITION_BITS | Math.min(i, LAST_POSITION));
                }
            }
            places.forEach((pair, list) -> {
                if (pair >= 0 && pair < pairs.length) {
                    pairs[pair] = byPlace(list);
                } else {
                    otherPairs.put(pair, byPlace(list));
                }
            });
            int keyCount = keys.length;
            this.marks = new ScratchPool<>(() -> new Marks(keyCount));
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

        /** The places of a pair ordered by position in the key, then by the key's length, then by key. */
        private int[] byPlace(IntList places) {
            long[] order = new long[places.size()];
            for (int i = 0; i < order.length; i++) {
                int place = places.get(i);
                order[i] = (long) (place & LAST_POSITION) << 40 | (long) lengths[place >>> POSITION_BITS] << 32 | place;
            }
            Arrays.sort(order);
            int[] sorted = new int[order.length];
            for (int i = 0; i < order.length; i++) {
                sorted[i] = (int) order[i];
            }
            return sorted;
        }

        /** The first of the places (ordered {@link #byPlace}) at the position with a key of this length or longer. */
        private int firstPlace(int[] places, int position, int length) {
            int low = 0;
            int high = places.length;
            while (low < high) {
                int middle = (low + high) >>> 1;
                int place = places[middle];
                int at = place & LAST_POSITION;
                if (at < position || at == position && lengths[place >>> POSITION_BITS] < length) {
                    low = middle + 1;
                } else {
                    high = middle;
                }
            }
            return low;
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

        /** The places of a pair in the keys (see {@link #pairs}), or null when no key holds it. */
        private int[] placesOf(int pair) {
            return pair >= 0 && pair < pairs.length ? pairs[pair] : otherPairs.get(pair);
        }

        /** A pair of characters as one int: first * 128 + second for ASCII; outside 0 to 128 * 128 otherwise (negative for some). */
        static int pair(char a, char b) {
            if (a < 128 && b < 128) {
                return a * 128 + b;
            }
            return a << 16 | b;
        }

        /**
         * An odd 64-bit multiplier: unlike 31 (String.hashCode), no small difference of characters
         * in two places cancels out (0 to O is +31, the next character -1 makes 10 and 0O alike).
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

        /** The id of the key that is this variant of {@code t} (see {@link CandidateIndex#tryVariant}), or -1. */
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
         * slot when it is 8 characters or shorter, from its facts when longer, from its string when
         * it is not packed.
         */
        private boolean isVariant(int id, long packed, int length, char[] t, int at, int removed, char c) {
            if (packed == Edits.NOT_PACKED) {
                return isVariant(keys[id], length, t, at, removed, c);
            }
            if ((int) (packed >>> 56) != length) {
                return false;
            }
            long rest = length > Edits.FIRST_WORD_CHARACTERS ? facts[id * FACTS + 2] : 0;
            for (int k = 0; k < length; k++) {
                if (Edits.packedChar(packed, rest, k) != variantChar(t, at, removed, c, k)) {
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
                if (key.charAt(k) != variantChar(t, at, removed, c, k)) {
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
        int pillsStartingOrStarting(String text) {
            int count = 0;
            for (int end = 1; end < text.length(); end++) {
                int id = idOf(text, 0, end);
                if (id >= 0) {
                    count += docs[id].length;
                }
            }
            long range = withPrefix(text);
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
            long range = withPrefix(text);
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

        /**
         * The keys that start with the prefix, in key order: ids from the high 32 bits to the low
         * 32 bits (excluded). Searched in {@link #starts} without reading the keys, then, for a
         * prefix longer than {@value #START_CHARACTERS} characters, among the keys of the same start.
         */
        private long withPrefix(String prefix) {
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
            long range = withPrefix(prefix);
            for (int id = (int) (range >>> 32); id < (int) range; id++) {
                addDocsOf(id, into);
            }
        }

        /** Pills with a key that contains the text (of two characters or more): only keys holding its rarest pair are read. */
        void addContaining(String text, BitSet into) {
            int[] rarest = rarestPair(text);
            if (rarest == null) {
                return;
            }
            for (int place : rarest) {
                int id = place >>> POSITION_BITS;
                if (lengths[id] >= text.length() && keys[id].contains(text)) {
                    addDocsOf(id, into);
                }
            }
        }

        void addDocsWithPair(int pair, BitSet into) {
            int[] places = placesOf(pair);
            if (places != null) {
                for (int place : places) {
                    addDocsOf(place >>> POSITION_BITS, into);
                }
            }
        }

        /**
         * Pills with a key within two typing errors of the text (of eight characters or more). Cut
         * into four parts, the text keeps two parts intact in any key two substitutions,
         * insertions or deletions away, each shifted by two places at most: only keys holding the
         * rarest pair of two parts there have their distance computed. Two errors that leave
         * fewer parts intact, which takes a swap of neighbours and another error, can be missed.
         */
        void addWithinTwoEdits(String text, BitSet into) {
            Marks scratch = this.marks.take();
            try {
                addWithinTwoEdits(text, into, scratch);
            } finally {
                this.marks.give(scratch);
            }
        }

        private void addWithinTwoEdits(String text, BitSet into, Marks scratch) {
            int length = text.length();
            int[] marks = scratch.next();
            int generation = scratch.generation() << 8;
            IntList twice = new IntList(64);
            for (int part = 0; part < TWO_EDIT_PARTS; part++) {
                int from = length * part / TWO_EDIT_PARTS;
                int to = length * (part + 1) / TWO_EDIT_PARTS;
                int[] places = null;
                int within = 0;
                for (int i = from; i + 1 < to; i++) {
                    int[] candidate = placesOf(pair(text.charAt(i), text.charAt(i + 1)));
                    if (candidate == null) {
                        places = null;
                        break;
                    }
                    if (places == null || candidate.length < places.length) {
                        places = candidate;
                        within = i - from;
                    }
                }
                if (places == null) {
                    continue;
                }
                // Only places where the part may start within two of its own start, in keys within two of the text's length.
                int at = from + within;
                for (int position = Math.max(0, at - 2); position <= at + 2 && position < LAST_POSITION; position++) {
                    markParts(places, position, length, part, marks, generation, twice);
                }
                markParts(places, LAST_POSITION, length, part, marks, generation, twice);
            }
            if (twice.size() == 0) {
                return;
            }
            Edits.Pattern pattern = new Edits.Pattern(text);
            long textKinds = signature(text);
            for (int t = 0; t < twice.size(); t++) {
                int id = twice.get(t);
                int at = id * FACTS;
                if (fewestEditsByKinds(facts[at], textKinds) > 2) {
                    continue;
                }
                long packed = facts[at + 1];
                int edits = packed == Edits.NOT_PACKED ? pattern.distance(keys[id], 2) : pattern.distance(packed, facts[at + 2], 2);
                if (edits <= 2) {
                    addDocsOf(id, into);
                }
            }
        }

        /**
         * Marks the keys with the part's pair at the position and a length within two of the text's:
         * a mark of this search holds how many parts were found in the key and the last that was.
         * Keys found for two parts are added to {@code twice}.
         */
        private void markParts(int[] places, int position, int length, int part, int[] marks, int generation, IntList twice) {
            // The places are in order of position, then length: those to mark are one run, found by two binary searches.
            int end = firstPlace(places, position, length + 3);
            for (int i = firstPlace(places, position, length - 2); i < end; i++) {
                int id = places[i] >>> POSITION_BITS;
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

        /** The places of the text's rarest pair of characters; null when a pair is held by no key. */
        private int[] rarestPair(String text) {
            int[] rarest = null;
            for (int i = 0; i + 1 < text.length(); i++) {
                int[] places = placesOf(pair(text.charAt(i), text.charAt(i + 1)));
                if (places == null) {
                    return null;
                }
                if (rarest == null || places.length < rarest.length) {
                    rarest = places;
                }
            }
            return rarest;
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
}
