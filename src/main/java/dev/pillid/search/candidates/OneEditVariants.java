package dev.pillid.search.candidates;

import java.util.BitSet;

/** The whole imprints and sides one typing error from a text, found without building the variants. */
final class OneEditVariants {

    /** The characters of confusable imprints: one-error variants of typed text only use these. */
    private final char[] alphabet;
    private final KeyTable wholes;
    private final KeyTable confusableSides;

    OneEditVariants(char[] alphabet, KeyTable wholes, KeyTable confusableSides) {
        this.alphabet = alphabet;
        this.wholes = wholes;
        this.confusableSides = confusableSides;
    }

    /**
     * Whole imprints, and sides of three characters or more, one typing error from the text: every
     * deletion, swap of neighbours, insertion and substitution (from the characters of the catalog)
     * is tried. A variant's hash ({@link KeyTable#hash}) is computed from the text's parts without
     * building it, and its key, if any, is found by that hash: a Bloom filter rules out most
     * variants, the hash stored with each slot the rest, and only a key with the same hash is
     * compared with the variant, character by character. Hundreds of variants, none built.
     */
    void add(String text, BitSet wholesInto, BitSet sidesInto) {
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
}
