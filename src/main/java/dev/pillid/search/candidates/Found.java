package dev.pillid.search.candidates;

import dev.pillid.search.ranking.ImprintMatcher;

import java.util.Arrays;
import java.util.BitSet;

/**
 * The pills a typed imprint can match: those the matcher may match ('?'), and those it is sure
 * to, by each way of finding them ({@link ImprintMatcher#BY_SIDE} and on), which bounds how
 * well they can score ({@link ImprintMatcher#bestScoreNotReadWhole}).
 */
public final class Found {
    final BitSet unsure;
    private final BitSet[] ways = new BitSet[ImprintMatcher.WAYS];

    /** Sets that grow with the pills found: a narrow search allocates little. */
    public Found() {
        unsure = new BitSet();
        Arrays.setAll(ways, w -> new BitSet());
    }

    /** Every pill found, in one set. */
    public Found(BitSet all) {
        unsure = all;
        Arrays.fill(ways, all);
    }

    public BitSet way(int way) {
        return ways[way];
    }

    /** The pills found in any way the matcher is sure of. */
    public BitSet sure() {
        BitSet sure = new BitSet();
        for (BitSet way : ways) {
            sure.or(way);
        }
        return sure;
    }

    /** The ways a pill was found, one bit each. */
    public int waysOf(int doc) {
        int found = 0;
        for (int w = 0; w < ways.length; w++) {
            if (ways[w].get(doc)) {
                found |= 1 << w;
            }
        }
        return found;
    }
}
