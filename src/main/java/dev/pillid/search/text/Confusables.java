package dev.pillid.search.text;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The characters people read as each other on an imprint (0 and O, RN and M), and the confusable
 * form of a text in which they are the same. The pairs are data, in
 * {@code data/vocabularies/confusables.json}: pairs that share a character make one group, read as
 * the group's first character; a pair of a sequence and one character reads the sequence as that
 * character, before any single character is read.
 */
public final class Confusables {

    /** Where the bundled pairs are on the classpath. */
    public static final String RESOURCE = "data/vocabularies/confusables.json";

    /** The pairs the service reads imprints with. */
    public static final Confusables BUNDLED = load(RESOURCE);

    /** Two texts people read as each other, and how the misreading happens. */
    public record Pair(String first, String second, String reading) {

        public Pair {
            if (first.isEmpty() || second.isEmpty() || first.equals(second)) {
                throw new IllegalArgumentException("a confusable pair needs two different texts: " + first + ", " + second);
            }
            if (first.length() > 1 && second.length() > 1) {
                throw new IllegalArgumentException("a pair of sequences cannot be read as one character: " + first + ", " + second);
            }
            if (!(first + second).chars().allMatch(c -> c < 128 && Character.isLetterOrDigit(c) && !Character.isLowerCase(c))) {
                throw new IllegalArgumentException("confusable characters are upper-case ASCII letters and digits: " + first + ", " + second);
            }
        }

        public boolean ofSingleCharacters() {
            return first.length() == 1 && second.length() == 1;
        }
    }

    private final List<Pair> pairs;
    /** Per ASCII character, what it is read as (itself when no pair names it). */
    private final char[] readAs = new char[128];
    /** The sequences read as one character, longest first, and that character. */
    private final String[] sequences;
    private final char[] sequenceReadings;

    public Confusables(List<Pair> pairs) {
        this.pairs = List.copyOf(pairs);
        for (char c = 0; c < readAs.length; c++) {
            readAs[c] = c;
        }
        // A group's first character is the one that appears first in the pairs.
        for (Pair pair : this.pairs) {
            if (pair.ofSingleCharacters()) {
                char a = root(pair.first().charAt(0));
                char b = root(pair.second().charAt(0));
                if (a != b) {
                    char kept = firstSeen(a, b);
                    readAs[kept == a ? b : a] = kept;
                }
            }
        }
        for (char c = 0; c < readAs.length; c++) {
            readAs[c] = root(c);
        }
        List<Pair> ofSequences = new ArrayList<>();
        for (Pair pair : this.pairs) {
            if (!pair.ofSingleCharacters()) {
                ofSequences.add(pair);
            }
        }
        ofSequences.sort((x, y) -> Integer.compare(sequence(y).length(), sequence(x).length()));
        this.sequences = new String[ofSequences.size()];
        this.sequenceReadings = new char[ofSequences.size()];
        for (int i = 0; i < sequences.length; i++) {
            Pair pair = ofSequences.get(i);
            sequences[i] = sequence(pair);
            sequenceReadings[i] = (pair.first().length() == 1 ? pair.first() : pair.second()).charAt(0);
            for (char c : (sequences[i] + sequenceReadings[i]).toCharArray()) {
                if (inAGroup(c)) {
                    // Then the order in which sequences and characters are read would change what a text reads as.
                    throw new IllegalArgumentException("sequence pair " + sequences[i] + "/" + sequenceReadings[i]
                            + " shares " + c + " with a pair of single characters");
                }
            }
        }
    }

    private static String sequence(Pair pair) {
        return pair.first().length() > 1 ? pair.first() : pair.second();
    }

    private char root(char c) {
        while (readAs[c] != c) {
            c = readAs[c];
        }
        return c;
    }

    private char firstSeen(char a, char b) {
        for (Pair pair : pairs) {
            if (pair.ofSingleCharacters()) {
                for (char c : (pair.first() + pair.second()).toCharArray()) {
                    if (c == a || c == b) {
                        return c;
                    }
                }
            }
        }
        return a;
    }

    private boolean inAGroup(char c) {
        for (Pair pair : pairs) {
            if (pair.ofSingleCharacters() && (pair.first().charAt(0) == c || pair.second().charAt(0) == c)) {
                return true;
            }
        }
        return false;
    }

    public List<Pair> pairs() {
        return pairs;
    }

    /**
     * The confusable form of compact text: each sequence of a pair read as its character, then each
     * character as its group's first. '?' and characters no pair names are kept.
     */
    public String read(String compact) {
        StringBuilder out = null;
        int length = compact.length();
        for (int i = 0; i < length; ) {
            char c = compact.charAt(i);
            int sequence = sequenceAt(compact, i);
            char read = sequence >= 0 ? sequenceReadings[sequence] : c < 128 ? readAs[c] : c;
            int consumed = sequence >= 0 ? sequences[sequence].length() : 1;
            if (out == null && (read != c || consumed != 1)) {
                out = new StringBuilder(length).append(compact, 0, i);
            }
            if (out != null) {
                out.append(read);
            }
            i += consumed;
        }
        return out == null ? compact : out.toString();
    }

    private int sequenceAt(String text, int at) {
        for (int s = 0; s < sequences.length; s++) {
            if (text.startsWith(sequences[s], at)) {
                return s;
            }
        }
        return -1;
    }

    /** The single characters people read this one as, in the order of the pairs. */
    public String partnersOf(char c) {
        StringBuilder partners = new StringBuilder();
        for (Pair pair : pairs) {
            if (pair.ofSingleCharacters()) {
                if (pair.first().charAt(0) == c) {
                    partners.append(pair.second());
                } else if (pair.second().charAt(0) == c) {
                    partners.append(pair.first());
                }
            }
        }
        return partners.toString();
    }

    static Confusables load(String resource) {
        try (InputStream in = Confusables.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("bundled resource missing from the classpath: " + resource);
            }
            return of(new ObjectMapper().readTree(in));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read bundled resource " + resource, e);
        }
    }

    /** The pairs of a document shaped like the bundled one ({@code pairs}: {@code characters}, {@code reading}). */
    public static Confusables of(JsonNode document) {
        List<Pair> pairs = new ArrayList<>();
        for (JsonNode pair : document.path("pairs")) {
            JsonNode characters = pair.path("characters");
            if (characters.size() != 2) {
                throw new IllegalArgumentException("a confusable pair names two texts: " + characters);
            }
            pairs.add(new Pair(characters.get(0).asText(), characters.get(1).asText(), pair.path("reading").asText()));
        }
        return new Confusables(pairs);
    }

    @Override
    public String toString() {
        return "Confusables" + Arrays.toString(pairs.stream().map(p -> p.first() + "/" + p.second()).toArray());
    }
}
