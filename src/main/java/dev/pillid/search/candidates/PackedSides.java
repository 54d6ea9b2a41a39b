package dev.pillid.search.candidates;

import dev.pillid.search.PillDocument;
import dev.pillid.search.ranking.ImprintMatcher;
import dev.pillid.search.text.CharacterMask;

import java.util.List;

/**
 * The sides of every pill packed into a flat array, as printed or with confused characters read
 * alike: whether a text reads as a pill's sides is answered from one or two cache lines rather
 * than from the pill's list of sides, several objects away.
 */
final class PackedSides {

    /**
     * Each pill's sides, {@value #SIDES} longs per pill side by side, so that reading them costs
     * one or two cache misses rather than the five objects of a pill's list of sides: the
     * {@link CharacterMask} of the sides (a text reads as a pill's sides only if the pill has all
     * its characters, which rules out most pills before their sides are read); the sides' lengths,
     * 8 bits each, first side lowest, or {@link #NOT_PACKED}; the sides' characters one after the
     * other, 7 bits each, {@value #PACKED_PER_WORD} to a long, up to {@value #PACKED_CHARACTERS}.
     * Sides longer together, more than {@link ImprintMatcher#MAX_SIDES}, or of characters beyond
     * ASCII are not packed: such a pill's sides are read from the pill.
     */
    private final long[] packed;
    private final List<PillDocument> documents;
    private final boolean confusable;
    private static final int SIDES = 4;
    private static final int PACKED_PER_WORD = 9;
    private static final int PACKED_CHARACTERS = 2 * PACKED_PER_WORD;
    private static final long NOT_PACKED = -1L;

    PackedSides(List<PillDocument> documents, boolean confusable) {
        this.packed = new long[documents.size() * SIDES];
        this.documents = documents;
        this.confusable = confusable;
    }

    /** Packs the pill's sides, its characters only when they can be; returns their {@link CharacterMask}. */
    long pack(int doc, List<String> sides) {
        int at = doc * SIDES;
        long[] into = packed;
        into[at] = CharacterMask.of(sides);
        into[at + 1] = NOT_PACKED;
        if (sides.size() > ImprintMatcher.MAX_SIDES) {
            return into[at];
        }
        long lengths = 0;
        long[] characters = new long[2];
        int offset = 0;
        for (int i = 0; i < sides.size(); i++) {
            String side = sides.get(i);
            if (side.isEmpty() || offset + side.length() > PACKED_CHARACTERS) {
                return into[at];
            }
            lengths |= (long) side.length() << (8 * i);
            for (int c = 0; c < side.length(); c++, offset++) {
                if (side.charAt(c) > 0x7F) {
                    return into[at];
                }
                characters[offset / PACKED_PER_WORD] |= (long) side.charAt(c) << (7 * (offset % PACKED_PER_WORD));
            }
        }
        into[at + 1] = lengths;
        into[at + 2] = characters[0];
        into[at + 3] = characters[1];
        return into[at];
    }

    /** Whether the text reads as sides of the pill, as the imprint matcher reads them (whose mask is {@code textCharacters}). */
    boolean reads(int doc, String text, long textCharacters) {
        long[] sideText = packed;
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
}
