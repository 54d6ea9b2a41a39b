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
     * ({@link CharacterMask}): a copy of those in {@link #confusableSideText}, kept in an array of its
     * own because a search's bounds read it for every pill bounded, and a compact array stays in
     * cache where the packed sides do not (docs/performance.md).
     */
    private final long[] confusableCharacters;
    /**
     * Each pill's sides as printed and with confused characters read alike, {@value #SIDES} longs
     * per pill side by side, so that reading them costs one or two cache misses rather than the
     * five objects of a pill's list of sides (reading a text's sides read a thousand pills at
     * 100,000): the kinds of character on the sides ({@link CharacterMask}: a text reads as a pill's
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
            confusableCharacters[doc] = CharacterMask.of(pill.confusableSides());
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

    /** The kinds of character of the pill's sides with confused characters read alike ({@link CharacterMask}). */
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
     * Pills whose imprint can be read from the text as sides, all of it or, as printed, ending in
     * the start of one more side: a side is the text; or a side starts the text and another side is
     * the rest or, as printed, starts with it; or the reading goes on through more sides, which is
     * checked pill by pill. When a side starting the text is on more pills than the sides the rest
     * can go on with, those pills are marked and intersected, rather than each pill's sides read.
     */
    private void addReadings(KeyTable sides, String text, boolean confusable, BitSet into) {
        long textCharacters = CharacterMask.of(text);
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

    /** Puts the pill's sides in {@code into} ({@link #plainSideText}); its characters only when they can be packed. */
    private static void pack(long[] into, int doc, List<String> sides) {
        int at = doc * SIDES;
        into[at] = CharacterMask.of(sides);
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

}
