package dev.pillid.search.text;

import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

class KeyOrderTest {

    @Test
    void sortsKeysAsStringsSortWithLongCommonStartsShortKeysAndEmptyOnes() {
        Random random = new Random(20261128);
        String alphabet = "0123456789ABTEVW";
        for (int round = 0; round < 200; round++) {
            String[] keys = new String[random.nextInt(3000)];
            for (int i = 0; i < keys.length; i++) {
                // Many keys share their first six characters (TEVA74..), some are prefixes of others.
                StringBuilder key = new StringBuilder(random.nextBoolean() ? "TEVA7" : "");
                int length = random.nextInt(10);
                for (int c = 0; c < length; c++) {
                    key.append(alphabet.charAt(random.nextInt(alphabet.length())));
                }
                keys[i] = key.toString();
            }
            assertSortedAsStrings(keys);
        }
    }

    @Test
    void keysWithTheCharacterZeroSortAfterTheirPrefixes() {
        assertSortedAsStrings(new String[] {"AB", "A\u0000B", "A", "A\u0000", "\u0000", ""});
    }

    @Test
    void keysBeyondAsciiAreSortedAsStringsToo() {
        assertSortedAsStrings(new String[] {"Б12", "A12", "ÉTÉ", "A1", "", "ZZZZZZZZ", "ZZZZZZZA", "A\u0000"});
    }

    @Test
    void aMapsKeysComeInOrderEachBesideItsOwnValue() {
        Map<String, String> map = new HashMap<>();
        for (String key : new String[] {"TEVA7411", "TEVA7412", "7411", "M", "", "TEVA74", "Б1"}) {
            map.put(key, "value of " + key);
        }
        KeyOrder.Sorted<String> sorted = KeyOrder.sorted(map, String[]::new);
        String[] expected = map.keySet().toArray(String[]::new);
        Arrays.sort(expected);
        assertArrayEquals(expected, sorted.keys());
        for (int i = 0; i < expected.length; i++) {
            assertEquals("value of " + expected[i], sorted.values()[i]);
        }
    }

    private static void assertSortedAsStrings(String[] keys) {
        String[] expected = keys.clone();
        Arrays.sort(expected);
        int[] order = KeyOrder.order(keys);
        String[] sorted = new String[keys.length];
        for (int i = 0; i < keys.length; i++) {
            sorted[i] = keys[order[i]];
        }
        assertArrayEquals(expected, sorted);
    }
}
