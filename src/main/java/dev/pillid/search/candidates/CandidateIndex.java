package dev.pillid.search.candidates;

import dev.pillid.search.PillDocument;
import dev.pillid.search.ranking.ImprintMatcher;
import dev.pillid.search.ranking.ImprintReading;
import dev.pillid.search.ranking.NameMatcher;
import dev.pillid.search.ranking.NdcMatcher;
import dev.pillid.search.text.CharacterMask;
import dev.pillid.search.text.Imprint;

import java.util.BitSet;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

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
 * them ({@link dev.pillid.search.pruning.BestFirstSearch}).
 */
public final class CandidateIndex {

    /**
     * Reading a pill's sides costs about as much as marking this many pills in a bit set: four
     * objects to reach (the pill, its list of sides, the list's array, a side), each a cache miss
     * on a large catalog. Past this many pills per side, the pills of the sides are marked and
     * intersected instead of read one by one.
     */
    private static final int READ_SIDES_COST = 32;

    private final int size;
    private final List<PillDocument> documents;
    /** Pills with the same side twice (10;10), as printed or with confused characters read alike. */
    private final BitSet repeatedSide = new BitSet();
    /**
     * The {@link CharacterMask} of each pill's sides with confused characters read alike: a copy of
     * those in {@link #confusableSideText}, kept in an array of its own because a search's bounds
     * read it for every pill bounded, and a compact array stays in cache where the packed sides do
     * not.
     */
    private final long[] confusableMasks;
    /** Each pill's sides packed, as printed and with confused characters read alike. */
    private final PackedSides plainSideText;
    private final PackedSides confusableSideText;
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
    private final OneEditVariants oneEditAway;
    private final NameAndNdcLookup namesAndNdcs;

    /** Builds the index; its tables are built side by side, one task each, on the common fork-join pool. */
    public CandidateIndex(List<PillDocument> documents) {
        this.size = documents.size();
        this.documents = documents;
        CompletableFuture<KeyTable> plain = CompletableFuture.supplyAsync(() -> table(documents, PillDocument::imprintSides));
        CompletableFuture<KeyTable> confusable = CompletableFuture.supplyAsync(() -> table(documents, PillDocument::confusableSides));
        CompletableFuture<KeyTable> whole = CompletableFuture.supplyAsync(() -> table(documents, CandidateIndex::wholeImprints));
        BitSet characters = new BitSet(128);
        this.confusableMasks = new long[size];
        this.plainSideText = new PackedSides(documents, false);
        this.confusableSideText = new PackedSides(documents, true);
        for (int doc = 0; doc < documents.size(); doc++) {
            PillDocument pill = documents.get(doc);
            confusableMasks[doc] = CharacterMask.of(pill.confusableSides());
            mark(plainHaving, plainSideText.pack(doc, pill.imprintSides()), doc);
            confusableSideText.pack(doc, pill.confusableSides());
            mark(confusableHaving, confusableMasks[doc], doc);
            List<String> sides = pill.confusableSides();
            if (hasRepeated(sides) || hasRepeated(pill.imprintSides())) {
                repeatedSide.set(doc);
            }
            for (String side : sides) {
                for (int c = 0; c < side.length(); c++) {
                    characters.set(side.charAt(c));
                }
            }
        }
        // In order: the set's bits go up.
        this.alphabet = new char[characters.cardinality()];
        int i = 0;
        for (int c = characters.nextSetBit(0); c >= 0; c = characters.nextSetBit(c + 1)) {
            alphabet[i++] = (char) c;
        }
        this.namesAndNdcs = new NameAndNdcLookup(documents);
        this.plainSides = plain.join();
        this.confusableSides = confusable.join();
        this.wholes = whole.join();
        this.oneEditAway = new OneEditVariants(alphabet, wholes, confusableSides);
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
    public BitSet all() {
        BitSet all = new BitSet(size);
        all.set(0, size);
        return all;
    }

    /** The {@link CharacterMask} of the pill's sides with confused characters read alike. */
    public long confusableMask(int doc) {
        return confusableMasks[doc];
    }

    /** Adds the pills the typed imprint (compact, '?' kept) can match. */
    public void addImprintCandidates(String typed, BitSet into) {
        addImprintCandidates(typed, new Found(into));
    }

    /**
     * Adds the pills the typed imprint (compact, '?' kept) can match, by the way they were found:
     * without '?', the imprint matcher is sure to match each (the text reads as sides, a side
     * starts with it or contains it, the whole imprint or a side is within the typing errors
     * tolerated); with '?', each may match.
     */
    public void addImprintCandidates(String typed, Found into) {
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
        oneEditAway.add(confused, into.way(ImprintMatcher.BY_EDITS), into.way(ImprintMatcher.BY_SIDE_EDIT));
        if (maxEdits >= 2) {
            wholes.addWithinTwoEdits(confused, into.way(ImprintMatcher.BY_EDITS));
        }
    }

    /** Adds the pills whose whole imprint, with confused characters read alike and sides in any order (up to 4), is the text. */
    public void addWholeReadings(String confused, BitSet into) {
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
            } else if (docs.length * READ_SIDES_COST <= sides.pillsOfKeysPrefixingOrPrefixedBy(rest)) {
                for (int doc : docs) {
                    if (!into.get(doc) && (confusable ? confusableSideText : plainSideText).reads(doc, text, textCharacters)) {
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
                        if (onward.get(doc) || partway.get(doc) && !into.get(doc) && (confusable ? confusableSideText : plainSideText).reads(doc, text, textCharacters)) {
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
                    if ((confusable ? confusableSideText : plainSideText).reads(doc, text, textCharacters)) {
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
                pairs.add(PairPositions.pair(a, b));
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

    /** Adds the pills with a name (medicine or ingredient) the matcher accepts. */
    public void addNameCandidates(NameMatcher matcher, BitSet into) {
        namesAndNdcs.addNameCandidates(matcher, into);
    }

    /** Adds the pills with the NDC, as a package or as the product a package belongs to. */
    public void addNdcCandidates(NdcMatcher matcher, BitSet into) {
        namesAndNdcs.addNdcCandidates(matcher, into);
    }
}
