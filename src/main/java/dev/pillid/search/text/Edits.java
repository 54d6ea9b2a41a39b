package dev.pillid.search.text;

/** Typing errors between two texts: the optimal string alignment distance (substitution, insertion, deletion, swap of neighbours). */
public final class Edits {

    private Edits() {
    }

    /**
     * The distance between a and b, or a number above {@code limit} as soon as it is clear that
     * the distance exceeds it. '?' in a matches any character at no cost. Only the band of cells
     * within {@code limit} of the diagonal is computed: an alignment leaving it costs more.
     */
    public static int distance(String a, String b, int limit) {
        int n = a.length();
        int m = b.length();
        if (Math.abs(n - m) > limit) {
            return limit + 1;
        }
        int over = limit + 1;
        int[] before = new int[m + 1];
        int[] previous = new int[m + 1];
        int[] current = new int[m + 1];
        for (int j = 0; j <= m; j++) {
            previous[j] = Math.min(j, over);
        }
        for (int i = 1; i <= n; i++) {
            int low = Math.max(1, i - limit);
            int high = Math.min(m, i + limit);
            current[0] = Math.min(i, over);
            if (low > 1) {
                current[low - 1] = over;
            }
            int rowMin = low > 1 ? over : current[0];
            char ca = a.charAt(i - 1);
            for (int j = low; j <= high; j++) {
                char cb = b.charAt(j - 1);
                int cost = ca == cb || ca == Imprint.UNREADABLE ? 0 : 1;
                int value = Math.min(Math.min(previous[j] + 1, current[j - 1] + 1), previous[j - 1] + cost);
                if (i > 1 && j > 1 && ca == b.charAt(j - 2) && a.charAt(i - 2) == cb) {
                    value = Math.min(value, before[j - 2] + 1);
                }
                current[j] = Math.min(value, over);
                rowMin = Math.min(rowMin, current[j]);
            }
            if (high < m) {
                current[high + 1] = over;
            }
            if (rowMin > limit) {
                return over;
            }
            int[] spare = before;
            before = previous;
            previous = current;
            current = spare;
        }
        return previous[m];
    }

    /**
     * Keys of up to this many ASCII characters are packed into two {@code long}s ({@link #pack}),
     * with their length; a pill's sides are packed another way, beside their lengths
     * ({@link dev.pillid.search.candidates.CandidateIndex}).
     */
    static final int PACKED_KEY_CHARACTERS = 16;
    /** The characters {@link #pack}'s first word holds; {@link #packRest}'s holds the others. */
    public static final int FIRST_WORD_CHARACTERS = 8;
    /** What {@link #pack} gives for text it cannot pack. */
    public static final long NOT_PACKED = -1L;

    /**
     * The first word of the text packed: its first 8 characters, 7 bits each, and its length in
     * the top 8 bits; {@link #NOT_PACKED} for text longer than {@value #PACKED_KEY_CHARACTERS}
     * characters or beyond ASCII. {@link #packRest} gives the second word.
     */
    public static long pack(String text) {
        return pack(text, 0, text.length());
    }

    /** {@link #pack} of the text from {@code from} to {@code to}. */
    public static long pack(String text, int from, int to) {
        if (to - from > PACKED_KEY_CHARACTERS) {
            return NOT_PACKED;
        }
        long word = (long) (to - from) << 56;
        for (int i = 0; i < to - from; i++) {
            char c = text.charAt(from + i);
            if (c >= 128) {
                return NOT_PACKED;
            }
            if (i < FIRST_WORD_CHARACTERS) {
                word |= (long) c << 7 * i;
            }
        }
        return word;
    }

    /** Characters 9 to 16 of text {@link #pack} packs, 7 bits each. */
    public static long packRest(String text) {
        long word = 0;
        for (int i = FIRST_WORD_CHARACTERS; i < text.length() && i < PACKED_KEY_CHARACTERS; i++) {
            word |= (long) (text.charAt(i) & 127) << 7 * (i - FIRST_WORD_CHARACTERS);
        }
        return word;
    }

    /** Character {@code k} of text packed into these two words ({@link #pack}, {@link #packRest}). */
    public static int packedChar(long packed, long rest, int k) {
        return (int) ((k < FIRST_WORD_CHARACTERS ? packed : rest) >>> 7 * (k & 7)) & 127;
    }

    /**
     * A text set up once to be compared with many others, as {@link #distance} does (a is the
     * text), when it is 64 characters or shorter and the others are packed ({@link #pack}):
     * column by column of the table at once, each row a bit of a {@code long} (Hyyro's
     * bit-vector form of Myers' algorithm, with swaps of neighbours). Comparing with a key of 9
     * characters takes 9 steps of a dozen operations on {@code long}s, where the table above
     * takes 3 arrays and about 45 cells; and packed keys are read without their strings.
     */
    public static final class Pattern {

        private final String text;
        /** Per ASCII character, the rows (bits) whose character matches it: the same, or '?'. */
        private final long[] matching = new long[128];
        /** Per ASCII character, the rows whose character is the same, for swaps ('?' swaps only with a '?', as in the table). */
        private final long[] same = new long[128];

        public Pattern(String text) {
            this.text = text;
            long anyRow = 0;
            for (int i = 0; i < text.length() && i < Long.SIZE; i++) {
                char c = text.charAt(i);
                if (c == Imprint.UNREADABLE) {
                    anyRow |= 1L << i;
                }
                if (c < 128) {
                    same[c] |= 1L << i;
                }
            }
            for (int c = 0; c < 128; c++) {
                matching[c] = same[c] | anyRow;
            }
        }

        /** What {@link Edits#distance(String, String, int)} gives for this text and b. */
        public int distance(String b, int limit) {
            long packed = pack(b);
            if (packed == NOT_PACKED) {
                return Edits.distance(text, b, limit);
            }
            return distance(packed, packRest(b), limit);
        }

        /** What {@link Edits#distance(String, String, int)} gives for this text and the packed text ({@link #pack}, {@link #packRest}). */
        public int distance(long packed, long rest, int limit) {
            int m = text.length();
            int n = (int) (packed >>> 56);
            if (Math.abs(m - n) > limit) {
                return limit + 1;
            }
            if (m > Long.SIZE) {
                return Edits.distance(text, unpack(packed, rest), limit);
            }
            if (m == 0) {
                return Math.min(n, limit + 1);
            }
            long last = 1L << (m - 1);
            long vp = m == Long.SIZE ? -1L : (1L << m) - 1;
            long vn = 0;
            long d0 = 0;
            long samePrevious = 0;
            int distance = m;
            for (int j = 0; j < n; j++) {
                int c = packedChar(packed, rest, j);
                long same = this.same[c];
                long match = matching[c];
                long swap = ((~d0 & same) << 1) & samePrevious;
                d0 = (((match & vp) + vp) ^ vp) | match | vn | swap;
                long hp = vn | ~(d0 | vp);
                long hn = d0 & vp;
                if ((hp & last) != 0) {
                    distance++;
                } else if ((hn & last) != 0) {
                    distance--;
                }
                // The last row falls by one a column at most: past the limit for good.
                if (distance - (n - 1 - j) > limit) {
                    return limit + 1;
                }
                hp = hp << 1 | 1;
                hn <<= 1;
                vp = hn | ~(d0 | hp);
                vn = d0 & hp;
                samePrevious = same;
            }
            return Math.min(distance, limit + 1);
        }

        private static String unpack(long packed, long rest) {
            char[] characters = new char[(int) (packed >>> 56)];
            for (int j = 0; j < characters.length; j++) {
                characters[j] = (char) packedChar(packed, rest, j);
            }
            return new String(characters);
        }
    }

    /** Character {@code k} of the variant of {@code t} made at {@code at} (the text one edit away: {@code removed} 1 for a deletion, -1 for a swap with the next, 0 for an insertion of {@code c}, otherwise a substitution by {@code c}). */
    public static char variantChar(char[] t, int at, int removed, char c, int k) {
        return switch (removed) {
            case 1 -> t[k < at ? k : k + 1];
            case -1 -> t[k == at ? at + 1 : k == at + 1 ? at : k];
            case 0 -> k < at ? t[k] : k == at ? c : t[k - 1];
            default -> k == at ? c : t[k];
        };
    }
}
