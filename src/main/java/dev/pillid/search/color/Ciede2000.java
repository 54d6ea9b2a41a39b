package dev.pillid.search.color;

/**
 * The CIEDE2000 colour difference (CIE 142-2001; as written out by Sharma, Wu and Dalal, Color
 * Research and Application 30(1), 2005). Chosen over CIE76's straight Lab distance because that
 * overstates chroma differences between saturated colours (a light blue is nearer white than blue
 * by CIE76) and misjudges blue hues, where CIELAB bends towards purple; CIEDE2000 compresses
 * chroma differences as chroma grows and rotates the blue region.
 */
final class Ciede2000 {

    private static final double TWENTY_FIVE_TO_THE_SEVENTH = Math.pow(25, 7);

    private Ciede2000() {
    }

    /**
     * The difference between two colours, lightness differences divided by {@code lightnessWeight}
     * (the formula's k_L; 1 is the reference condition, 2 the one used for textiles, where a light
     * and a dark shade of one colour are nearer than the reference condition says).
     */
    static double difference(Lab first, Lab second, double lightnessWeight) {
        double c1 = first.chroma();
        double c2 = second.chroma();
        double meanChroma7 = Math.pow((c1 + c2) / 2, 7);
        double g = 0.5 * (1 - Math.sqrt(meanChroma7 / (meanChroma7 + TWENTY_FIVE_TO_THE_SEVENTH)));
        double a1 = (1 + g) * first.a();
        double a2 = (1 + g) * second.a();
        double c1p = Math.hypot(a1, first.b());
        double c2p = Math.hypot(a2, second.b());
        double h1 = hue(a1, first.b());
        double h2 = hue(a2, second.b());

        double deltaL = second.lightness() - first.lightness();
        double deltaC = c2p - c1p;
        double deltah = 0;
        if (c1p * c2p != 0) {
            deltah = h2 - h1;
            if (deltah > 180) {
                deltah -= 360;
            } else if (deltah < -180) {
                deltah += 360;
            }
        }
        double deltaH = 2 * Math.sqrt(c1p * c2p) * Math.sin(Math.toRadians(deltah / 2));

        double meanL = (first.lightness() + second.lightness()) / 2;
        double meanC = (c1p + c2p) / 2;
        double meanH;
        if (c1p * c2p == 0) {
            meanH = h1 + h2;
        } else if (Math.abs(h1 - h2) <= 180) {
            meanH = (h1 + h2) / 2;
        } else if (h1 + h2 < 360) {
            meanH = (h1 + h2 + 360) / 2;
        } else {
            meanH = (h1 + h2 - 360) / 2;
        }
        double t = 1 - 0.17 * cos(meanH - 30) + 0.24 * cos(2 * meanH) + 0.32 * cos(3 * meanH + 6) - 0.20 * cos(4 * meanH - 63);
        double deltaTheta = 30 * Math.exp(-Math.pow((meanH - 275) / 25, 2));
        double meanC7 = Math.pow(meanC, 7);
        double rc = 2 * Math.sqrt(meanC7 / (meanC7 + TWENTY_FIVE_TO_THE_SEVENTH));
        double l50 = (meanL - 50) * (meanL - 50);
        double sl = 1 + 0.015 * l50 / Math.sqrt(20 + l50);
        double sc = 1 + 0.045 * meanC;
        double sh = 1 + 0.015 * meanC * t;
        double rt = -Math.sin(Math.toRadians(2 * deltaTheta)) * rc;

        double l = deltaL / (lightnessWeight * sl);
        double c = deltaC / sc;
        double h = deltaH / sh;
        return Math.sqrt(l * l + c * c + h * h + rt * c * h);
    }

    private static double hue(double a, double b) {
        if (a == 0 && b == 0) {
            return 0;
        }
        double degrees = Math.toDegrees(Math.atan2(b, a));
        return degrees < 0 ? degrees + 360 : degrees;
    }

    private static double cos(double degrees) {
        return Math.cos(Math.toRadians(degrees));
    }
}
