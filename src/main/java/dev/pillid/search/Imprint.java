package dev.pillid.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Imprint text as people and labels write it. Labels (SPL, Pillbox, RxImage) separate the sides
 * or lines of an imprint with ';'. People type them with or without spaces, hyphens, dots and
 * slashes, in either order, in any case: all of that is noise to matching, so an imprint is
 * compared in its compact form, upper-case letters and digits only.
 */
public final class Imprint {

    /** Separator between the sides or lines of an imprint in SPL and Pillbox data. */
    public static final char SIDE_SEPARATOR = ';';

    private Imprint() {
    }

    /** "pd 155-10" becomes "PD15510". */
    public static String compact(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints()
                .filter(Character::isLetterOrDigit)
                .map(Character::toUpperCase)
                .forEach(out::appendCodePoint);
        return out.toString().toUpperCase(Locale.ROOT);
    }

    /** "PD;155;10" becomes [PD, 155, 10]; empty sides are dropped. */
    public static List<String> compactSides(String printed) {
        List<String> sides = new ArrayList<>();
        if (printed == null) {
            return sides;
        }
        for (String side : printed.split(String.valueOf(SIDE_SEPARATOR))) {
            String compact = compact(side);
            if (!compact.isEmpty()) {
                sides.add(compact);
            }
        }
        return sides;
    }

    /** "PD;155;10" becomes "PD 155 10": how a pharmacist would read it out. */
    public static String readable(String printed) {
        if (printed == null) {
            return "";
        }
        return String.join(" ", printed.trim().split("\\s*" + SIDE_SEPARATOR + "\\s*")).trim();
    }
}
