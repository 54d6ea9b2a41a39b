package dev.pillid.search.color;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LabTest {

    @Test
    void readsSrgbWithTheSrgbWhiteAsReference() {
        Lab white = Lab.ofSrgb("FFFFFF");
        assertEquals(100, white.lightness(), 1e-3);
        assertEquals(0, white.chroma(), 1e-3);
        Lab red = Lab.ofSrgb("ff0000");
        assertEquals(53.24, red.lightness(), 0.01);
        assertEquals(80.09, red.a(), 0.01);
        assertEquals(67.20, red.b(), 0.01);
        assertEquals(0, Lab.ofSrgb("000000").lightness(), 1e-9);
    }

    @Test
    void turnsBackIntoTheSameSrgbAndClipsWhatSrgbCannotShow() {
        for (String hex : List.of("000000", "FFFFFF", "2F6FD0", "FFCBA4", "808000", "0A0B0C")) {
            assertEquals(hex, Lab.ofSrgb(hex).srgbHex());
        }
        assertEquals("00FF00", new Lab(88, -150, 90).srgbHex(), "beyond sRGB's green: clipped, not wrapped");
        assertThrows(IllegalArgumentException.class, () -> Lab.ofSrgb("blue"));
    }

    @Test
    void shiftsTowardsWhiteOrBlackAndScalesChromaKeepingHue() {
        Lab blue = Lab.ofSrgb("2F6FD0");
        Lab light = blue.shifted(0.5, 0.5);
        assertEquals(blue.lightness() + (100 - blue.lightness()) / 2, light.lightness(), 1e-9);
        assertEquals(blue.chroma() / 2, light.chroma(), 1e-9);
        assertEquals(Math.atan2(blue.b(), blue.a()), Math.atan2(light.b(), light.a()), 1e-9);
        assertEquals(blue.lightness() / 2, blue.shifted(-0.5, 1).lightness(), 1e-9);
    }

    @Test
    void mixingNearHuesKeepsTheirChromaWhereAStraightAverageWouldGreyThem() {
        Lab blue = Lab.ofSrgb("2F6FD0");
        Lab green = Lab.ofSrgb("2E9E44");
        Lab blueGreen = Lab.mix(List.of(blue, green), List.of(1.0, 1.0));
        double straight = Math.hypot((blue.a() + green.a()) / 2, (blue.b() + green.b()) / 2);
        assertTrue(blueGreen.chroma() > straight, blueGreen + " keeps more chroma than " + straight);
        assertEquals((blue.lightness() + green.lightness()) / 2, blueGreen.lightness(), 1e-9);
        Lab grey = Lab.ofSrgb("808080");
        Lab greyGreen = Lab.mix(List.of(grey, green), List.of(1.0, 1.0));
        assertEquals(green.chroma() / 2, greyGreen.chroma(), 0.05, "grey has no hue: half of it is half the chroma");
        Lab opposite = Lab.mix(List.of(new Lab(50, 40, 0), new Lab(50, -40, 0)), List.of(1.0, 1.0));
        assertEquals(0, opposite.chroma(), 1e-9, "opposite hues cancel");
    }
}
