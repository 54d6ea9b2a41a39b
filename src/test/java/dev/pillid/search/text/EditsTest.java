package dev.pillid.search.text;

import org.junit.jupiter.api.Test;

import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;

class EditsTest {

    @Test
    void countsSubstitutionsInsertionsDeletionsAndSwapsOfNeighbours() {
        Edits.Pattern teva = new Edits.Pattern("6841TEVA");
        assertEquals(0, teva.distance("6841TEVA", 2));
        assertEquals(1, teva.distance("6814TEVA", 2), "a swap of neighbours is one error");
        assertEquals(1, teva.distance("6B41TEVA", 2));
        assertEquals(1, teva.distance("684TEVA", 2));
        assertEquals(2, teva.distance("68411TEV", 2));
        assertEquals(3, teva.distance("TEVA6841", 2), "past the limit: one more than it");
        assertEquals(1, new Edits.Pattern("68?1TEVA").distance("6851TEV", 2), "'?' is any character: only the missing A counts");
        assertEquals(0, new Edits.Pattern("").distance("", 1));
        assertEquals(2, new Edits.Pattern("").distance("ABC", 1));
    }

    @Test
    void givesWhatTheWholeTableGivesOnRandomTexts() {
        Random random = new Random(20261128);
        // Few characters, so that matches and swaps are common; '?' in the pattern only, as in queries;
        // Б beyond ASCII, and texts longer than 16 characters, which are not packed.
        for (int round = 0; round < 300_000; round++) {
            String a = text(random, round % 10 == 0 ? "AB1Б?" : "AB1?", random.nextInt(round % 7 == 0 ? 20 : 12));
            String b = text(random, round % 10 == 1 ? "AB1Б" : "AB1", random.nextInt(round % 7 == 0 ? 20 : 12));
            int limit = random.nextInt(4);
            int expected = Math.min(optimalStringAlignment(a, b), limit + 1);
            assertEquals(expected, Edits.distance(a, b, limit), a + " / " + b + " within " + limit);
            assertEquals(expected, new Edits.Pattern(a).distance(b, limit), a + " / " + b + " within " + limit);
            long packed = Edits.pack(b);
            if (packed != Edits.NOT_PACKED) {
                assertEquals(expected, new Edits.Pattern(a).distance(packed, Edits.packRest(b), limit), a + " / " + b + " packed");
            }
        }
    }

    @Test
    void patternsOfALongAndLongerAreComparedWithPackedTexts() {
        String sixteen = "B".repeat(16);
        assertEquals(48, new Edits.Pattern("B".repeat(64)).distance(Edits.pack(sixteen), Edits.packRest(sixteen), 50));
        // 64 characters fill every bit of the rows; 70 go to the table.
        Random random = new Random(64);
        for (int round = 0; round < 2_000; round++) {
            String a = text(random, "AB?", round % 2 == 0 ? 64 : 70);
            String b = text(random, "AB", 1 + random.nextInt(16));
            int limit = 40 + random.nextInt(30);
            assertEquals(Math.min(optimalStringAlignment(a, b), limit + 1),
                    new Edits.Pattern(a).distance(Edits.pack(b), Edits.packRest(b), limit), a + " / " + b + " within " + limit);
        }
        assertEquals(1, new Edits.Pattern("A".repeat(70)).distance("A".repeat(69), 2));
    }

    @Test
    void packsTextsOfUpTo16AsciiCharactersOnly() {
        assertEquals(Edits.NOT_PACKED, Edits.pack("A".repeat(17)));
        assertEquals(Edits.NOT_PACKED, Edits.pack("TEVAБ"));
        Edits.Pattern pattern = new Edits.Pattern("WATSON3202TEVA16");
        String key = "WATS0N3202TEVA16";
        assertEquals(1, pattern.distance(Edits.pack(key), Edits.packRest(key), 2));
    }

    private static String text(Random random, String alphabet, int length) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < length; i++) {
            text.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return text.toString();
    }

    /** The optimal string alignment distance over the whole table, '?' in a matching any character. */
    private static int optimalStringAlignment(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            for (int j = 0; j <= b.length(); j++) {
                if (i == 0 || j == 0) {
                    d[i][j] = i + j;
                    continue;
                }
                char ca = a.charAt(i - 1);
                char cb = b.charAt(j - 1);
                int cost = ca == cb || ca == '?' ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && ca == b.charAt(j - 2) && a.charAt(i - 2) == cb) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()];
    }
}
