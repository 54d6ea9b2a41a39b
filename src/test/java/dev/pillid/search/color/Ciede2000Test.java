package dev.pillid.search.color;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class Ciede2000Test {

    /** Pairs of Sharma, Wu and Dalal's test data (Color Research and Application 30(1), 2005, table 1): L*a*b* twice and ΔE00. */
    static final double[][] SHARMA = {
            {50.0000, 2.6772, -79.7751, 50.0000, 0.0000, -82.7485, 2.0425},
            {50.0000, 3.1571, -77.2803, 50.0000, 0.0000, -82.7485, 2.8615},
            {50.0000, 2.8361, -74.0200, 50.0000, 0.0000, -82.7485, 3.4412},
            {50.0000, -1.3802, -84.2814, 50.0000, 0.0000, -82.7485, 1.0000},
            {50.0000, 0.0000, 0.0000, 50.0000, -1.0000, 2.0000, 2.3669},
            {50.0000, 2.5000, 0.0000, 73.0000, 25.0000, -18.0000, 27.1492},
            {50.0000, 2.5000, 0.0000, 61.0000, -5.0000, 29.0000, 22.8977},
            {50.0000, 2.5000, 0.0000, 56.0000, -27.0000, -3.0000, 31.9030},
            {50.0000, 2.5000, 0.0000, 58.0000, 24.0000, 15.0000, 19.4535},
            {84.2500, 5.7400, 96.0000, 84.4600, 8.8800, 96.4900, 1.6743},
    };

    @Test
    void matchesThePublishedTestData() {
        for (double[] pair : SHARMA) {
            Lab first = new Lab(pair[0], pair[1], pair[2]);
            Lab second = new Lab(pair[3], pair[4], pair[5]);
            assertEquals(pair[6], Ciede2000.difference(first, second, 1), 5e-5, java.util.Arrays.toString(pair));
            assertEquals(pair[6], Ciede2000.difference(second, first, 1), 5e-5, "the same either way round");
        }
    }

    @Test
    void aLightnessWeightOfTwoHalvesALightnessDifference() {
        Lab grey = new Lab(50, 0, 0);
        Lab lighter = new Lab(60, 0, 0);
        assertEquals(Ciede2000.difference(grey, lighter, 1) / 2, Ciede2000.difference(grey, lighter, 2), 1e-12);
    }
}
