package dev.pillid.search.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * National Drug Codes. Labels print a 10-digit NDC in one of three layouts (4-4-2, 5-3-2,
 * 5-4-1); the 11-digit form (5-4-2) pads the short segment with a zero, and is what is compared.
 * The product NDC is its first two segments (9 digits in 5-4).
 */
public final class Ndc {

    private Ndc() {
    }

    /** "0071-0155-23" becomes "00071015523"; empty when it is not a hyphenated or 11-digit NDC. */
    public static Optional<String> packageDigits(String ndc) {
        if (ndc == null) {
            return Optional.empty();
        }
        String[] parts = ndc.trim().split("-");
        if (parts.length == 3 && allDigits(parts) && parts[0].length() <= 5 && parts[1].length() <= 4 && parts[2].length() <= 2) {
            return Optional.of(pad(parts[0], 5) + pad(parts[1], 4) + pad(parts[2], 2));
        }
        String digits = ndc.trim();
        return digits.length() == 11 && allDigits(new String[] {digits}) ? Optional.of(digits) : Optional.empty();
    }

    /** "0071-0155" becomes "000710155". */
    public static Optional<String> productDigits(String ndc) {
        if (ndc == null) {
            return Optional.empty();
        }
        String[] parts = ndc.trim().split("-");
        if (parts.length == 2 && allDigits(parts) && parts[0].length() <= 5 && parts[1].length() <= 4) {
            return Optional.of(pad(parts[0], 5) + pad(parts[1], 4));
        }
        String digits = ndc.trim();
        return digits.length() == 9 && allDigits(new String[] {digits}) ? Optional.of(digits) : Optional.empty();
    }

    /**
     * What a typed NDC may stand for, as 9- or 11-digit strings: a hyphenated NDC is padded
     * segment by segment; 10 digits without hyphens may be any of the three layouts; 8 digits
     * without hyphens may be a 4-4 or 5-3 product NDC.
     */
    public static List<String> readings(String typed) {
        List<String> readings = new ArrayList<>();
        if (typed == null) {
            return readings;
        }
        String text = typed.trim();
        if (text.contains("-")) {
            packageDigits(text).ifPresent(readings::add);
            productDigits(text).ifPresent(readings::add);
            return readings;
        }
        if (!allDigits(new String[] {text})) {
            return readings;
        }
        switch (text.length()) {
            case 11, 9 -> readings.add(text);
            case 10 -> {
                readings.add("0" + text);
                readings.add(text.substring(0, 5) + "0" + text.substring(5));
                readings.add(text.substring(0, 9) + "0" + text.substring(9));
            }
            case 8 -> {
                readings.add("0" + text);
                readings.add(text.substring(0, 5) + "0" + text.substring(5));
            }
            default -> {
                // not an NDC
            }
        }
        return readings;
    }

    private static boolean allDigits(String[] parts) {
        for (String part : parts) {
            if (part.isEmpty()) {
                return false;
            }
            for (int i = 0; i < part.length(); i++) {
                if (!Character.isDigit(part.charAt(i))) {
                    return false;
                }
            }
        }
        return true;
    }

    private static String pad(String digits, int width) {
        return "0".repeat(width - digits.length()) + digits;
    }
}
