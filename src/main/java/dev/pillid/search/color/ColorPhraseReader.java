package dev.pillid.search.color;

import dev.pillid.search.Vocabulary;
import dev.pillid.search.VocabularyTerm;
import dev.pillid.search.text.Edits;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.TreeMap;

/**
 * Reads what people call a pill's colours ("light peach", "bluish green", "blue and white") into
 * the colours of a query, one SPL term each with its similarity to every SPL colour.
 *
 * <p>Each value of the parameter, and each comma-separated piece of it, is a phrase; an SPL
 * colour or a word for one (off-white, peach) is read as the vocabulary says, as it always was.
 * Otherwise two-tone words ("and", "with", "half", "/") part the phrase into one colour each.
 * In a part, named colours (the longest first: "light sea green" is one), modifiers ("light",
 * "very pale"), and "-ish" forms are read; its colours are mixed ("blue green", a tinge weighing
 * less: "bluish green"), the modifiers move the mix, and {@link SplCloseness} says which SPL
 * colour it is. A word that is none of these is set aside, with the known words nearest to it.
 */
public final class ColorPhraseReader {

    /** A word of a phrase, and whether a hyphen joins it to the next ("blue-green"). */
    record Token(String word, boolean hyphenated) {
    }

    /** Named colours have at most this many words ("light goldenrod yellow"). */
    static final int LONGEST_NAME = 3;
    /** How many known words a set-aside word is told are nearest to it. */
    static final int SUGGESTIONS = 3;

    private final Vocabulary spl;
    private final ColorLexicon lexicon;
    private final SplCloseness closeness;
    /** Every word the reader knows by its key, as written: for suggestions. */
    private final Map<String, String> known = new TreeMap<>();

    public ColorPhraseReader(Vocabulary spl, ColorLexicon lexicon) {
        this.spl = spl;
        this.lexicon = lexicon;
        this.closeness = new SplCloseness(spl, lexicon.splExamples());
        for (VocabularyTerm term : spl.terms()) {
            known.putIfAbsent(Vocabulary.key(term.name()), term.name().toLowerCase(Locale.ROOT));
            term.synonyms().forEach(word -> known.putIfAbsent(Vocabulary.key(word), word));
        }
        lexicon.words().forEach(word -> known.putIfAbsent(Vocabulary.key(word), word));
    }

    /** The SPL colours the phrases are read into. */
    public Vocabulary vocabulary() {
        return spl;
    }

    /** Reads the values of a colour parameter; a colour read twice is one colour of the query. */
    public ColorReading read(List<String> values) {
        List<ColorWord> words = new ArrayList<>();
        Map<VocabularyTerm, ReadColor> colors = new LinkedHashMap<>();
        for (String value : values) {
            for (String piece : value.split(",")) {
                String phrase = piece.strip();
                if (phrase.isEmpty()) {
                    continue;
                }
                Optional<VocabularyTerm> term = spl.resolve(phrase);
                if (term.isPresent()) {
                    addSpl(phrase, term.get(), words, colors);
                    continue;
                }
                List<Token> part = new ArrayList<>();
                for (Token token : tokens(phrase)) {
                    if (lexicon.twoTone(token.word())) {
                        readPart(part, words, colors);
                        part.clear();
                        words.add(new ColorWord(token.word(), ColorWord.Reading.TWO_TONE, "parts the colours of a two-tone pill"));
                    } else {
                        part.add(token);
                    }
                }
                readPart(part, words, colors);
            }
        }
        return new ColorReading(words, List.copyOf(colors.values()));
    }

    /** The known words nearest to {@code word} by typing errors, nearest first. */
    public List<String> nearestWords(String word) {
        String key = Vocabulary.key(word);
        return known.entrySet().stream()
                .map(entry -> Map.entry(Edits.distance(key, entry.getKey(), Math.max(key.length(), entry.getKey().length())), entry.getValue()))
                .sorted(Map.Entry.<Integer, String>comparingByKey().thenComparing(Map.Entry.comparingByValue()))
                .limit(SUGGESTIONS)
                .map(Map.Entry::getValue)
                .toList();
    }

    private void addSpl(String phrase, VocabularyTerm term, List<ColorWord> words, Map<VocabularyTerm, ReadColor> colors) {
        boolean name = Vocabulary.key(phrase).equals(Vocabulary.key(term.name()));
        words.add(new ColorWord(phrase, ColorWord.Reading.COLOR, (name ? "the SPL colour " : "a word for the SPL colour ") + term.name()));
        colors.putIfAbsent(term, new ReadColor(phrase, term, term.hex()));
    }

    /** One colour of a two-tone phrase, or the whole phrase: its words, read into at most one colour. */
    private void readPart(List<Token> part, List<ColorWord> words, Map<VocabularyTerm, ReadColor> colors) {
        if (part.isEmpty()) {
            return;
        }
        List<String> tokens = part.stream().map(Token::word).toList();
        String text = String.join(" ", tokens);
        Optional<VocabularyTerm> term = spl.resolve(text);
        if (term.isPresent()) {
            addSpl(text, term.get(), words, colors);
            return;
        }
        int firstWord = words.size();
        Mix mix = new Mix();
        int intensifierWord = -1;
        double strength = 1;
        for (int i = 0; i < tokens.size(); ) {
            String token = tokens.get(i);
            OptionalDouble intensifier = lexicon.intensifier(token);
            Optional<ColorLexicon.Modifier> modifier = lexicon.modifier(token);
            // After "very", "light" is the modifier, not the start of CSS's lightblue.
            int named = intensifierWord >= 0 && modifier.isPresent() ? 0 : namedLength(part, i);
            if (intensifier.isPresent()) {
                setAside(words, intensifierWord, "no modifier after it to strengthen");
                intensifierWord = words.size();
                strength = intensifier.getAsDouble();
                words.add(new ColorWord(token, ColorWord.Reading.INTENSIFIER, "makes the modifier after it stronger"));
            } else if (named > 0) {
                String name = String.join(" ", tokens.subList(i, i + named));
                ColorLexicon.NamedColor color = lexicon.color(name).orElseThrow();
                mix.add(color.lab(), false);
                words.add(new ColorWord(name, ColorWord.Reading.COLOR, "the colour " + color.name() + ", " + color.hex()));
                i += named - 1;
            } else if (modifier.isPresent()) {
                mix.modify(modifier.get(), strength);
                words.add(new ColorWord(token, ColorWord.Reading.MODIFIER, modifier.get().reads()));
                intensifierWord = -1;
                strength = 1;
            } else if (tingeOf(token).isPresent()) {
                ColorLexicon.NamedColor tinge = tingeOf(token).get();
                mix.add(tinge.lab(), true);
                words.add(new ColorWord(token, ColorWord.Reading.TINGE, "a tinge of " + tinge.name() + ", " + tinge.hex()));
            } else if (Vocabulary.key(token).equals(Vocabulary.key(lexicon.tinge().suffix())) && mix.tingeTheLast()) {
                words.add(new ColorWord(token, ColorWord.Reading.TINGE, "makes the colour before it a tinge"));
            } else {
                words.add(new ColorWord(token, ColorWord.Reading.SET_ASIDE,
                        "not a colour word; the nearest known: " + String.join(", ", nearestWords(token))));
            }
            i++;
        }
        setAside(words, intensifierWord, "no modifier after it to strengthen");
        if (mix.isEmpty()) {
            for (int w = firstWord; w < words.size(); w++) {
                setAside(words, w, "no colour word for it to change");
            }
            return;
        }
        Lab colour = mix.colour();
        VocabularyTerm read = closeness.termFor(colour);
        colors.putIfAbsent(read, new ReadColor(text, read, colour.srgbHex()));
    }

    /** The colours and modifiers of one part, and the colour they make. */
    private final class Mix {

        private final List<Lab> hues = new ArrayList<>();
        private final List<Boolean> tinges = new ArrayList<>();
        private final List<ColorLexicon.Modifier> modifiers = new ArrayList<>();
        private final List<Double> strengths = new ArrayList<>();

        void add(Lab hue, boolean tinge) {
            hues.add(hue);
            tinges.add(tinge);
        }

        void modify(ColorLexicon.Modifier modifier, double strength) {
            modifiers.add(modifier);
            strengths.add(strength);
        }

        /** Makes the last colour a tinge ("blue-ish"); false when there is no plain colour before. */
        boolean tingeTheLast() {
            if (tinges.isEmpty() || tinges.get(tinges.size() - 1)) {
                return false;
            }
            tinges.set(tinges.size() - 1, true);
            return true;
        }

        boolean isEmpty() {
            return hues.isEmpty();
        }

        /**
         * The colours mixed (a tinge weighs less beside a plain colour; tinges alone are paler),
         * then moved by the modifiers, the nearest the colour first.
         */
        Lab colour() {
            boolean onlyTinges = !tinges.contains(false);
            List<Double> weights = tinges.stream().map(tinge -> tinge && !onlyTinges ? lexicon.tinge().weight() : 1.0).toList();
            Lab colour = Lab.mix(hues, weights);
            if (onlyTinges) {
                colour = colour.shifted(0, lexicon.tinge().chromaFactor());
            }
            for (int m = modifiers.size() - 1; m >= 0; m--) {
                colour = modifiers.get(m).apply(colour, strengths.get(m));
            }
            return colour;
        }
    }

    /**
     * The words of the longest named colour starting at {@code start}, 0 for none. A name of
     * several words does not end inside a hyphenated word: "dark blue-green" is dark blue-green,
     * not CSS's darkblue and green.
     */
    private int namedLength(List<Token> part, int start) {
        for (int length = Math.min(LONGEST_NAME, part.size() - start); length > 0; length--) {
            if (length > 1 && part.get(start + length - 1).hyphenated()) {
                continue;
            }
            StringBuilder name = new StringBuilder();
            part.subList(start, start + length).forEach(token -> name.append(token.word()));
            if (lexicon.color(name.toString()).isPresent()) {
                return length;
            }
        }
        return 0;
    }

    /** The colour of an "-ish" form: bluish (blue), reddish (red), greyish (grey); none when the word is not one. */
    private Optional<ColorLexicon.NamedColor> tingeOf(String token) {
        String key = Vocabulary.key(token);
        String suffix = Vocabulary.key(lexicon.tinge().suffix());
        if (!key.endsWith(suffix) || key.length() <= suffix.length() + 1) {
            return Optional.empty();
        }
        String stem = key.substring(0, key.length() - suffix.length());
        List<String> stems = new ArrayList<>(List.of(stem, stem + "E"));
        int last = stem.length() - 1;
        if (last > 0 && stem.charAt(last) == stem.charAt(last - 1)) {
            stems.add(stem.substring(0, last));
        }
        return stems.stream().map(lexicon::color).flatMap(Optional::stream).findFirst();
    }

    /** Marks a word that turned out to read as nothing (an unused intensifier, a modifier without a colour) as set aside. */
    private static void setAside(List<ColorWord> words, int index, String why) {
        if (index < 0 || index >= words.size()) {
            return;
        }
        ColorWord word = words.get(index);
        if (word.reading() == ColorWord.Reading.INTENSIFIER || word.reading() == ColorWord.Reading.MODIFIER) {
            words.set(index, new ColorWord(word.word(), ColorWord.Reading.SET_ASIDE, why));
        }
    }

    /**
     * The words of a phrase: runs of letters and digits (hyphens, spaces and other punctuation
     * part them), and the two-tone symbols ("/", "&amp;", "+") as words of their own.
     */
    List<Token> tokens(String phrase) {
        List<Token> tokens = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        int[] characters = phrase.codePoints().toArray();
        for (int c : characters) {
            if (Character.isLetterOrDigit(c) || c == '\'') {
                word.appendCodePoint(c);
                continue;
            }
            if (!word.isEmpty()) {
                tokens.add(new Token(word.toString(), false));
                word.setLength(0);
            }
            String symbol = new String(Character.toChars(c));
            if (c == '-' && !tokens.isEmpty()) {
                Token last = tokens.remove(tokens.size() - 1);
                tokens.add(new Token(last.word(), true));
            } else if (!Character.isWhitespace(c) && lexicon.twoTone(symbol)) {
                tokens.add(new Token(symbol, false));
            }
        }
        if (!word.isEmpty()) {
            tokens.add(new Token(word.toString(), false));
        }
        return tokens;
    }
}
