package dev.pillid.search.color;

import dev.pillid.search.Vocabulary;
import dev.pillid.search.VocabularyTerm;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * How close any colour is to each of the 12 SPL colours, as the SPL term it is read as: the SPL
 * colour whose pills it is nearest to, with every other SPL colour's similarity as its
 * neighbours, which is what {@code ColorMatcher} grades pills with.
 *
 * <p>An SPL colour is where its pills' colours are (the lexicon's examples, pale to dark: light
 * blue, blue and navy are all BLUE), so a colour's distance to it is the CIEDE2000 difference to
 * the nearest example. The nearest SPL colour has similarity 1; another, 1 less its extra
 * distance over {@link #SPREAD}, and none below {@link #MIN_SIMILARITY}, so that a colour far
 * from the description is a contradiction, not a faint match. On top, the vocabulary's
 * neighbours of the nearest SPL colour (how people describe pills: off-white ones are called
 * white or yellow) hold as they do for the SPL colour itself.
 */
final class SplCloseness {

    /**
     * Lightness differences count half (CIEDE2000's k_L = 2, as for textiles): a light and a dark
     * shade of a colour are the same colour name, and pills of one SPL colour range from pale to dark.
     */
    static final double LIGHTNESS_WEIGHT = 2;
    /** How much further than the nearest SPL colour another is for its similarity to fall by 1 (CIEDE2000 units). */
    static final double SPREAD = 25;
    /** A measured similarity below this is none: the colour is more than half the spread further than the nearest. */
    static final double MIN_SIMILARITY = 0.5;

    private final List<VocabularyTerm> terms;
    private final List<List<Lab>> examples;

    SplCloseness(Vocabulary spl, Map<String, List<ColorLexicon.NamedColor>> examplesBySpl) {
        this.terms = spl.terms();
        this.examples = terms.stream().map(term -> {
            List<ColorLexicon.NamedColor> named = examplesBySpl.get(term.name());
            if (named == null || named.isEmpty()) {
                throw new IllegalArgumentException("the colour words name no example of the SPL colour " + term.name());
            }
            return named.stream().map(ColorLexicon.NamedColor::lab).toList();
        }).toList();
        if (examplesBySpl.size() != terms.size()) {
            throw new IllegalArgumentException("the colour words give examples of " + examplesBySpl.keySet()
                    + ", not of the SPL colours " + terms.stream().map(VocabularyTerm::name).toList());
        }
    }

    /** The SPL term the colour is read as, its similarity to every other SPL colour as neighbours, {@code colour} as its hex. */
    VocabularyTerm termFor(Lab colour) {
        double[] distances = new double[terms.size()];
        int nearest = 0;
        for (int i = 0; i < terms.size(); i++) {
            double distance = Double.MAX_VALUE;
            for (Lab example : examples.get(i)) {
                distance = Math.min(distance, Ciede2000.difference(colour, example, LIGHTNESS_WEIGHT));
            }
            distances[i] = distance;
            if (distance < distances[nearest]) {
                nearest = i;
            }
        }
        VocabularyTerm read = terms.get(nearest);
        Map<String, Double> neighbours = new HashMap<>();
        for (int i = 0; i < terms.size(); i++) {
            if (i == nearest) {
                continue;
            }
            String name = terms.get(i).name();
            double measured = 1 - (distances[i] - distances[nearest]) / SPREAD;
            double similarity = Math.max(measured >= MIN_SIMILARITY ? measured : 0, read.neighbours().getOrDefault(name, 0.0));
            if (similarity > 0) {
                neighbours.put(name, similarity);
            }
        }
        return new VocabularyTerm(read.code(), read.name(), read.displayName(), colour.srgbHex(), List.of(), neighbours);
    }
}
