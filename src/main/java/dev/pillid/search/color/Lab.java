package dev.pillid.search.color;

import java.util.List;
import java.util.Locale;

/**
 * A colour in CIELAB: lightness L* from 0 (black) to 100 (white), a* from green to red, b* from
 * blue to yellow. Made from sRGB (IEC 61966-2-1) with the sRGB white, D65, as the reference
 * white, so sRGB white is L* 100 with no chroma and no chromatic adaptation is needed.
 */
public record Lab(double lightness, double a, double b) {

    /** The hues' agreement (the straight average's chroma over the average chroma) from which chroma is kept in full: two equal colours 120° apart. */
    static final double FULL_CHROMA_AGREEMENT = 0.5;

    private static final double WHITE_X = 0.95047;
    private static final double WHITE_Z = 1.08883;
    private static final double EPSILON = 216.0 / 24389;
    private static final double KAPPA = 24389.0 / 27;

    /** The colour of an sRGB value written RRGGBB (hexadecimal, in any case). */
    public static Lab ofSrgb(String hex) {
        if (hex == null || !hex.matches("[0-9A-Fa-f]{6}")) {
            throw new IllegalArgumentException("not an sRGB value RRGGBB: " + hex);
        }
        double r = linear(Integer.parseInt(hex.substring(0, 2), 16));
        double g = linear(Integer.parseInt(hex.substring(2, 4), 16));
        double b = linear(Integer.parseInt(hex.substring(4, 6), 16));
        double x = (0.4124564 * r + 0.3575761 * g + 0.1804375 * b) / WHITE_X;
        double y = 0.2126729 * r + 0.7151522 * g + 0.0721750 * b;
        double z = (0.0193339 * r + 0.1191920 * g + 0.9503041 * b) / WHITE_Z;
        double fx = f(x);
        double fy = f(y);
        double fz = f(z);
        return new Lab(116 * fy - 16, 500 * (fx - fy), 200 * (fy - fz));
    }

    /** The nearest sRGB value, RRGGBB in upper case; a colour outside sRGB's gamut is clipped to it. */
    public String srgbHex() {
        double fy = (lightness + 16) / 116;
        double x = inverse(fy + a / 500) * WHITE_X;
        double y = lightness > KAPPA * EPSILON ? fy * fy * fy : lightness / KAPPA;
        double z = inverse(fy - b / 200) * WHITE_Z;
        double r = 3.2404542 * x - 1.5371385 * y - 0.4985314 * z;
        double g = -0.9692660 * x + 1.8760108 * y + 0.0415560 * z;
        double bl = 0.0556434 * x - 0.2040259 * y + 1.0572252 * z;
        return String.format(Locale.ROOT, "%02X%02X%02X", encoded(r), encoded(g), encoded(bl));
    }

    /** How colourful: the distance from the grey of the same lightness. */
    public double chroma() {
        return Math.hypot(a, b);
    }

    /**
     * This colour moved towards white ({@code towardsWhite} above 0: that share of the way) or
     * black (below 0), with its chroma multiplied by {@code chromaFactor}, its hue kept.
     */
    public Lab shifted(double towardsWhite, double chromaFactor) {
        double moved = towardsWhite >= 0 ? lightness + towardsWhite * (100 - lightness) : lightness + towardsWhite * lightness;
        return new Lab(Math.max(0, Math.min(100, moved)), a * chromaFactor, b * chromaFactor);
    }

    /**
     * The weighted mix of colours. Lightness, a* and b* are averaged; the average's chroma is then
     * raised towards the colours' average chroma, fully while their hues are within about 120° of
     * each other, so that blue and green make a blue-green rather than the grey a straight average
     * of two distant hues gives, and opposite hues still cancel.
     */
    public static Lab mix(List<Lab> colours, List<Double> weights) {
        if (colours.isEmpty() || colours.size() != weights.size()) {
            throw new IllegalArgumentException("one weight per colour, at least one colour");
        }
        double total = 0;
        double lightness = 0;
        double a = 0;
        double b = 0;
        double chroma = 0;
        for (int i = 0; i < colours.size(); i++) {
            double weight = weights.get(i);
            Lab colour = colours.get(i);
            total += weight;
            lightness += weight * colour.lightness;
            a += weight * colour.a;
            b += weight * colour.b;
            chroma += weight * colour.chroma();
        }
        lightness /= total;
        a /= total;
        b /= total;
        chroma /= total;
        double straight = Math.hypot(a, b);
        if (straight == 0 || chroma == 0) {
            return new Lab(lightness, a, b);
        }
        double agreement = straight / chroma;
        double kept = Math.min(1, agreement / FULL_CHROMA_AGREEMENT) * chroma;
        return new Lab(lightness, a * kept / straight, b * kept / straight);
    }

    private static double linear(int channel) {
        double c = channel / 255.0;
        return c <= 0.04045 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
    }

    private static int encoded(double linear) {
        double c = Math.max(0, Math.min(1, linear));
        double encoded = c <= 0.0031308 ? 12.92 * c : 1.055 * Math.pow(c, 1 / 2.4) - 0.055;
        return (int) Math.round(encoded * 255);
    }

    private static double f(double t) {
        return t > EPSILON ? Math.cbrt(t) : (KAPPA * t + 16) / 116;
    }

    private static double inverse(double f) {
        double cube = f * f * f;
        return cube > EPSILON ? cube : (116 * f - 16) / KAPPA;
    }
}
