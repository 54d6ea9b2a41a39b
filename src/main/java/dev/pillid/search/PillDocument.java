package dev.pillid.search;

import dev.pillid.search.text.Imprint;
import dev.pillid.search.text.Ndc;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;

/**
 * What search knows of one pill: its catalog id and the features matching reads, normalised once
 * when the index is built rather than on every query.
 *
 * @param readableImprint the imprint as a pharmacist reads it out, sides separated by spaces
 * @param colors     SPL colour names, in the label's order
 * @param shape      SPL shape name, or null when not recorded
 * @param ndcs       its product and package NDCs as digits in the 5-4 and 5-4-2 layout (9 and 11 digits)
 * @param drug       what it is: its active ingredients (or name) and strength, for telling whether two pills are the same drug
 * @param appearance the drug and how it looks: pills sharing it are one product sold under several NDCs
 */
public record PillDocument(
        long id,
        String printedImprint,
        String readableImprint,
        List<String> imprintSides,
        List<String> confusableSides,
        String name,
        List<String> nameWords,
        List<String> colors,
        String shape,
        Double sizeMm,
        Integer score,
        List<String> ndcs,
        String drug,
        String appearance) {

    public PillDocument {
        imprintSides = List.copyOf(imprintSides);
        confusableSides = List.copyOf(confusableSides);
        nameWords = List.copyOf(nameWords);
        colors = List.copyOf(colors);
        ndcs = List.copyOf(ndcs);
    }

    /** A document with only what matching by look and imprint needs (tests). */
    public static PillDocument of(long id, String printedImprint, List<String> names, List<String> colors,
                                  String shape, Double sizeMm, Integer score) {
        return of(id, printedImprint, names.isEmpty() ? null : names.get(0), names.subList(Math.min(1, names.size()), names.size()),
                null, null, null, colors, shape, sizeMm, score);
    }

    /**
     * Builds a document from catalog values. Loops rather than streams and regular expressions:
     * it runs once per pill when the index is built, mostly before the JIT has compiled it.
     */
    public static PillDocument of(long id, String printedImprint, String name, List<String> ingredients, String strength,
                                  String ndc9, String ndc11, List<String> colors, String shape, Double sizeMm, Integer score) {
        List<String> sides = Imprint.compactSides(printedImprint);
        String[] confusable = new String[sides.size()];
        for (int i = 0; i < confusable.length; i++) {
            confusable[i] = Imprint.confusable(sides.get(i));
        }
        List<String> confusableSides = Arrays.asList(confusable);
        List<String> nameWords = new ArrayList<>(1 + ingredients.size());
        addNameKey(nameWords, name);
        for (String ingredient : ingredients) {
            addNameKey(nameWords, ingredient);
        }
        List<String> ndcs = new ArrayList<>(3);
        String product = Ndc.productDigits(ndc9).orElse(null);
        if (product != null) {
            ndcs.add(product);
        }
        String packageDigits = Ndc.packageDigits(ndc11).orElse(null);
        if (packageDigits != null) {
            ndcs.add(packageDigits);
            String packageProduct = packageDigits.substring(0, 9);
            if (!ndcs.contains(packageProduct)) {
                ndcs.add(packageProduct);
            }
        }
        String drug = drugKey(name, ingredients, strength);
        String appearance = drug + "|" + String.join(";", new TreeSet<>(confusableSides)) + "|" + String.join(";", new TreeSet<>(colors))
                + "|" + shape;
        return new PillDocument(id, printedImprint, Imprint.readable(printedImprint), sides, confusableSides,
                name == null ? "" : name, nameWords, colors, shape, sizeMm, score, ndcs, drug, appearance);
    }

    /** Adds the name's key ({@link #nameKey}) unless it is empty or already there. */
    private static void addNameKey(List<String> keys, String name) {
        String key = nameKey(name);
        if (!key.isEmpty() && !keys.contains(key)) {
            keys.add(key);
        }
    }

    /**
     * The same drug and strength whatever the label calls it: the first word of each active
     * ingredient (ATORVASTATIN for "ATORVASTATIN CALCIUM TRIHYDRATE"), sorted, and the strength
     * without spaces; the name when no ingredient is known.
     */
    public static String drugKey(String name, List<String> ingredients, String strength) {
        TreeSet<String> words = new TreeSet<>();
        for (String ingredient : ingredients) {
            String key = nameKey(ingredient);
            if (!key.isEmpty()) {
                int space = key.indexOf(' ');
                words.add(space < 0 ? key : key.substring(0, space));
            }
        }
        String what = words.isEmpty() ? nameKey(name) : String.join("+", words);
        return what + "@" + (strength == null ? "" : withoutWhitespace(strength.toLowerCase(Locale.ROOT)));
    }

    /** The text without the characters of the regular expression {@code \s}: space, tab, line feed, vertical tab, form feed, carriage return. */
    private static String withoutWhitespace(String text) {
        StringBuilder out = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean space = c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
            if (space && out == null) {
                out = new StringBuilder(text.length()).append(text, 0, i);
            } else if (!space && out != null) {
                out.append(c);
            }
        }
        return out == null ? text : out.toString();
    }

    /**
     * Names compare on lower-case words separated by single spaces: every run of characters that
     * are neither letters nor numbers (Unicode categories L and N) is one space, none at either end.
     */
    public static String nameKey(String name) {
        if (name == null) {
            return "";
        }
        String lower = name.toLowerCase(Locale.ROOT);
        StringBuilder out = new StringBuilder(lower.length());
        boolean gap = false;
        for (int i = 0; i < lower.length(); ) {
            int c = lower.codePointAt(i);
            i += Character.charCount(c);
            if (isLetterOrNumber(c)) {
                if (gap && out.length() > 0) {
                    out.append(' ');
                }
                gap = false;
                out.appendCodePoint(c);
            } else {
                gap = true;
            }
        }
        return out.toString();
    }

    /** {@code \p{L}} or {@code \p{N}} in a regular expression. */
    private static boolean isLetterOrNumber(int c) {
        if (Character.isLetter(c)) {
            return true;
        }
        int type = Character.getType(c);
        return type == Character.DECIMAL_DIGIT_NUMBER || type == Character.LETTER_NUMBER || type == Character.OTHER_NUMBER;
    }
}
