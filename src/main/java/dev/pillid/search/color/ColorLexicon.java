package dev.pillid.search.color;

import dev.pillid.search.Vocabulary;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;

/**
 * The words of colour phrases ({@code data/vocabularies/color-words.json}): named colours with
 * their values, modifiers, intensifiers, the "-ish" tinge, the words that part the colours of a
 * two-tone pill, and the named colours that pills of each SPL colour look like. Words are looked
 * up as {@link Vocabulary#key} writes them: "Light Blue", "light-blue" and "lightblue" are one word.
 */
public final class ColorLexicon {

    /** A named colour: as the data writes its name, and its value. */
    public record NamedColor(String name, String hex, Lab lab) {
    }

    /** A word that moves a colour in CIELAB ({@link Lab#shifted}); {@code reads} says how, for people. */
    public record Modifier(String word, double towardsWhite, double chromaFactor, String reads) {

        /** The colour modified, {@code strength} times as much (an intensifier's "very"). */
        Lab apply(Lab colour, double strength) {
            return colour.shifted(Math.max(-1, Math.min(1, towardsWhite * strength)), Math.pow(chromaFactor, strength));
        }
    }

    /** "-ish": alone, its colour at {@code chromaFactor}; beside another colour, mixed in at {@code weight} (the other's is 1). */
    public record Tinge(String suffix, double weight, double chromaFactor) {
    }

    private final Map<String, NamedColor> colors = new LinkedHashMap<>();
    private final Map<String, Modifier> modifiers = new LinkedHashMap<>();
    private final Map<String, Double> intensifiers = new LinkedHashMap<>();
    private final Tinge tinge;
    private final Set<String> twoToneWords = new LinkedHashSet<>();
    private final Map<String, List<NamedColor>> splExamples = new LinkedHashMap<>();

    /**
     * @param colors named colours, name to RRGGBB; of two names with one key the later one counts
     * @param splExamples for each SPL colour name, names of {@code colors} that its pills look like
     */
    public ColorLexicon(List<Map.Entry<String, String>> colors, List<Modifier> modifiers, Map<String, Double> intensifiers,
                        Tinge tinge, List<String> twoToneWords, Map<String, List<String>> splExamples) {
        for (Map.Entry<String, String> color : colors) {
            this.colors.put(Vocabulary.key(color.getKey()), new NamedColor(color.getKey(), color.getValue(), Lab.ofSrgb(color.getValue())));
        }
        modifiers.forEach(modifier -> this.modifiers.put(Vocabulary.key(modifier.word()), modifier));
        intensifiers.forEach((word, strength) -> this.intensifiers.put(Vocabulary.key(word), strength));
        this.tinge = tinge;
        twoToneWords.forEach(word -> this.twoToneWords.add(word.strip().toUpperCase(Locale.ROOT)));
        splExamples.forEach((spl, names) -> {
            List<NamedColor> examples = new ArrayList<>();
            for (String name : names) {
                examples.add(color(name).orElseThrow(() -> new IllegalArgumentException(
                        "the examples of " + spl + " name " + name + ", which is not a named colour")));
            }
            this.splExamples.put(spl, List.copyOf(examples));
        });
    }

    public Optional<NamedColor> color(String word) {
        return Optional.ofNullable(colors.get(Vocabulary.key(word)));
    }

    public Optional<Modifier> modifier(String word) {
        return Optional.ofNullable(modifiers.get(Vocabulary.key(word)));
    }

    public OptionalDouble intensifier(String word) {
        Double strength = intensifiers.get(Vocabulary.key(word));
        return strength == null ? OptionalDouble.empty() : OptionalDouble.of(strength);
    }

    public Tinge tinge() {
        return tinge;
    }

    /** Whether the word parts the colours of a two-tone pill ("and", "/", "half"). */
    public boolean twoTone(String word) {
        return twoToneWords.contains(word.strip().toUpperCase(Locale.ROOT));
    }

    /** For each SPL colour name, the named colours its pills look like. */
    public Map<String, List<NamedColor>> splExamples() {
        return splExamples;
    }

    /** Every word the lexicon reads, as the data writes it, for suggestions. */
    public List<String> words() {
        List<String> words = new ArrayList<>();
        colors.values().forEach(color -> words.add(color.name()));
        modifiers.values().forEach(modifier -> words.add(modifier.word()));
        words.addAll(intensifiers.keySet().stream().map(key -> key.toLowerCase(Locale.ROOT)).toList());
        return words;
    }
}
