package dev.pillid.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.TreeSet;
import java.util.regex.Pattern;

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

    private static final Pattern WHITESPACE = Pattern.compile("\\s+");
    private static final Pattern NOT_A_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");

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

    /** Builds a document from catalog values. */
    public static PillDocument of(long id, String printedImprint, String name, List<String> ingredients, String strength,
                                  String ndc9, String ndc11, List<String> colors, String shape, Double sizeMm, Integer score) {
        List<String> sides = Imprint.compactSides(printedImprint);
        List<String> names = new ArrayList<>();
        names.add(name);
        names.addAll(ingredients);
        List<String> ndcs = new ArrayList<>();
        Ndc.productDigits(ndc9).ifPresent(ndcs::add);
        Optional<String> packageDigits = Ndc.packageDigits(ndc11);
        packageDigits.ifPresent(ndcs::add);
        packageDigits.map(p -> p.substring(0, 9)).filter(p -> !ndcs.contains(p)).ifPresent(ndcs::add);
        String drug = drugKey(name, ingredients, strength);
        TreeSet<String> sortedSides = new TreeSet<>(sides.stream().map(Imprint::confusable).toList());
        String appearance = drug + "|" + String.join(";", sortedSides) + "|" + String.join(";", new TreeSet<>(colors)) + "|" + shape;
        return new PillDocument(id, printedImprint, Imprint.readable(printedImprint), sides,
                sides.stream().map(Imprint::confusable).toList(),
                name == null ? "" : name,
                names.stream().map(PillDocument::nameKey).filter(n -> !n.isEmpty()).distinct().toList(),
                colors, shape, sizeMm, score, ndcs, drug, appearance);
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
                words.add(key.split(" ")[0]);
            }
        }
        String what = words.isEmpty() ? nameKey(name) : String.join("+", words);
        String how = strength == null ? "" : WHITESPACE.matcher(strength.toLowerCase(Locale.ROOT)).replaceAll("");
        return what + "@" + how;
    }

    /** Names compare on lower-case words separated by single spaces. */
    static String nameKey(String name) {
        if (name == null) {
            return "";
        }
        return NOT_A_WORD.matcher(name.toLowerCase(Locale.ROOT)).replaceAll(" ").trim();
    }
}
