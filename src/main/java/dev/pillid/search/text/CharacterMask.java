package dev.pillid.search.text;

import java.util.Collection;

/**
 * The characters a text holds, as a 64-bit mask: digits and capital letters a bit each, any
 * other character sharing a bit with some. A text is one of a pill's sides only if the pill has
 * all its bits, and each bit one text has and another not takes a typing error of its own: two
 * cheap tests that rule out most pills before any text is compared.
 */
public final class CharacterMask {

    private CharacterMask() {
    }

    /** The mask of one text. */
    public static long of(String text) {
        long bits = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            int bit = c >= '0' && c <= '9' ? c - '0' : c >= 'A' && c <= 'Z' ? 10 + c - 'A' : 36 + c % 28;
            bits |= 1L << bit;
        }
        return bits;
    }

    /** The mask of all the texts. */
    public static long of(Collection<String> texts) {
        long bits = 0;
        for (String text : texts) {
            bits |= of(text);
        }
        return bits;
    }

    /**
     * At least how many typing errors part two texts with these masks: each character one has and
     * the other not takes an error of its own.
     */
    public static int fewestEdits(long mask, long otherMask) {
        return Math.max(Long.bitCount(mask & ~otherMask), Long.bitCount(otherMask & ~mask));
    }
}
