package dev.pillid.search;

import java.util.List;
import java.util.Locale;

/**
 * What search knows of one pill: its catalog id and the features matching reads, normalised once
 * when the index is built rather than on every query.
 *
 * @param colors SPL colour names, in the label's order
 * @param shape  SPL shape name, or null when not recorded
 */
public record PillDocument(
        long id,
        String printedImprint,
        List<String> imprintSides,
        List<String> confusableSides,
        String name,
        List<String> nameWords,
        List<String> colors,
        String shape,
        Double sizeMm,
        Integer score) {

    public PillDocument {
        imprintSides = List.copyOf(imprintSides);
        confusableSides = List.copyOf(confusableSides);
        nameWords = List.copyOf(nameWords);
        colors = List.copyOf(colors);
    }

    /**
     * Builds a document from catalog values.
     *
     * @param names the medicine name followed by its active ingredients
     */
    public static PillDocument of(long id, String printedImprint, List<String> names, List<String> colors,
                                  String shape, Double sizeMm, Integer score) {
        List<String> sides = Imprint.compactSides(printedImprint);
        return new PillDocument(id, printedImprint, sides, sides.stream().map(Imprint::confusable).toList(),
                names.isEmpty() || names.get(0) == null ? "" : names.get(0),
                names.stream().map(PillDocument::nameKey).filter(n -> !n.isEmpty()).distinct().toList(),
                colors, shape, sizeMm, score);
    }

    /** Names compare on lower-case words separated by single spaces. */
    static String nameKey(String name) {
        if (name == null) {
            return "";
        }
        return name.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").trim();
    }
}
