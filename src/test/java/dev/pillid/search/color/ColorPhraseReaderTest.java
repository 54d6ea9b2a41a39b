package dev.pillid.search.color;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.pillid.catalog.Vocabularies;
import dev.pillid.search.VocabularyTerm;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ColorPhraseReaderTest {

    static final Vocabularies VOCABULARIES = Vocabularies.bundled(new ObjectMapper());
    static final ColorPhraseReader READER = VOCABULARIES.colorPhrases();

    static ColorReading read(String... values) {
        return READER.read(List.of(values));
    }

    static List<ColorWord.Reading> readings(ColorReading reading) {
        return reading.words().stream().map(ColorWord::reading).toList();
    }

    @Test
    void anSplColourOrAWordForOneReadsAsTheVocabularySays() {
        for (String word : List.of("off-white", "Off White", "peach", "WHITE", "light blue", "blue-green")) {
            VocabularyTerm term = read(word).terms().get(0);
            assertEquals(VOCABULARIES.colors().resolve(word).orElseThrow(), term, word);
        }
        assertEquals("a word for the SPL colour ORANGE", read("peach").words().get(0).detail());
    }

    @Test
    void aModifierMovesANamedColour() {
        ColorReading reading = read("light peach");
        assertEquals(List.of(ColorWord.Reading.MODIFIER, ColorWord.Reading.COLOR), readings(reading));
        assertEquals(1, reading.colors().size());
        Lab peach = Lab.ofSrgb("FFCBA4");
        Lab light = Lab.ofSrgb(reading.colors().get(0).hex());
        assertTrue(light.lightness() > peach.lightness() && light.chroma() < peach.chroma(), light + " is lighter and paler than " + peach);
        assertEquals("light peach", reading.colors().get(0).phrase());
    }

    @Test
    void veryStrengthensTheModifierAfterItAndIsSetAsideWithoutOne() {
        Lab pale = Lab.ofSrgb(read("pale pink").colors().get(0).hex());
        Lab veryPale = Lab.ofSrgb(read("very pale pink").colors().get(0).hex());
        assertTrue(veryPale.lightness() > pale.lightness());
        ColorReading veryBlue = read("very navy");
        assertEquals(List.of(ColorWord.Reading.SET_ASIDE, ColorWord.Reading.COLOR), readings(veryBlue));
        assertEquals("no modifier after it to strengthen", veryBlue.words().get(0).detail());
    }

    @Test
    void twoToneWordsPartThePhraseIntoOneColourEach() {
        for (String phrase : List.of("blue and white", "blue/white", "blue & white", "half blue half white", "blue with white")) {
            ColorReading reading = read(phrase);
            assertEquals(List.of("BLUE", "WHITE"), reading.terms().stream().map(VocabularyTerm::name).toList(), phrase);
            assertTrue(readings(reading).contains(ColorWord.Reading.TWO_TONE), phrase);
        }
        assertEquals(1, read("blue and blue").colors().size(), "a colour read twice is one colour of the query");
    }

    @Test
    void ishFormsAreTingesAloneOrBesideAnotherColour() {
        assertEquals(List.of(ColorWord.Reading.TINGE), readings(read("reddish")));
        assertEquals("RED", read("reddish").terms().get(0).name());
        assertEquals(List.of(ColorWord.Reading.TINGE, ColorWord.Reading.COLOR), readings(read("bluish green")));
        assertEquals(List.of(ColorWord.Reading.COLOR, ColorWord.Reading.TINGE), readings(read("blue-ish")));
        Lab green = Lab.ofSrgb(read("medium green").colors().get(0).hex());
        Lab bluishGreen = Lab.ofSrgb(read("bluish green").colors().get(0).hex());
        Lab blueGreen = Lab.ofSrgb(read("blue green").colors().get(0).hex());
        double greenHue = Math.atan2(green.b(), green.a());
        assertTrue(Math.abs(Math.atan2(bluishGreen.b(), bluishGreen.a()) - greenHue) < Math.abs(Math.atan2(blueGreen.b(), blueGreen.a()) - greenHue),
                "a tinge of blue moves green less than as much blue does");
    }

    @Test
    void aNamedColourOfSeveralWordsDoesNotEndInsideAHyphenatedWord() {
        assertEquals(List.of("dark", "blue", "green"), read("dark blue-green").words().stream().map(ColorWord::word).toList());
        assertEquals(List.of("dark blue", "green"), read("dark blue green").words().stream().map(ColorWord::word).toList());
        assertEquals("TURQUOISE", read("dark blue-green").terms().get(0).name());
    }

    @Test
    void wordsThatReadAsNothingAreSetAsideWithTheNearestKnownWords() {
        ColorReading reading = read("sparkly blue");
        assertEquals(List.of("sparkly"), reading.setAside());
        assertEquals(List.of("BLUE"), reading.terms().stream().map(VocabularyTerm::name).toList());
        assertTrue(READER.nearestWords("bleu").contains("blue"), READER.nearestWords("bleu").toString());
        assertTrue(READER.nearestWords("lavendar").contains("lavender"), READER.nearestWords("lavendar").toString());
        assertTrue(reading.words().get(0).detail().startsWith("not a colour word; the nearest known: "));
    }

    @Test
    void aModifierWithoutAColourGivesNoColour() {
        ColorReading reading = read("light");
        assertEquals(List.of(), reading.colors());
        assertEquals(List.of("light"), reading.setAside());
        assertEquals("no colour word for it to change", reading.words().get(0).detail());
        assertEquals(List.of(), read("sparkly", "shiny").colors());
    }

    @Test
    void everySplColourAndEveryWordForOneIsAColourOfTheLexicon() {
        for (VocabularyTerm term : VOCABULARIES.colors().terms()) {
            for (String word : java.util.stream.Stream.concat(java.util.stream.Stream.of(term.name()), term.synonyms().stream()).toList()) {
                ColorReading reading = read("medium " + word);
                assertEquals(List.of(), reading.setAside(), word);
                assertEquals(1, reading.colors().size(), word);
            }
        }
    }

    @Test
    void aColourFarFromTheDescriptionIsNoMatchNotAFaintOne() {
        VocabularyTerm lightPeach = read("light peach").terms().get(0);
        assertEquals("ORANGE", lightPeach.name());
        for (String far : List.of("TURQUOISE", "BLUE", "GREEN", "BLACK", "PURPLE")) {
            assertEquals(0.0, lightPeach.similarity(far), far + " in " + lightPeach.neighbours());
        }
        assertTrue(lightPeach.neighbours().values().stream().allMatch(similarity -> similarity >= 0.3), lightPeach.neighbours().toString());
    }

    @Test
    void theVocabularysNeighboursLiftAColourReadFromItsValue() {
        VocabularyTerm snow = read("snow").terms().get(0);
        assertEquals("WHITE", snow.name());
        assertTrue(snow.similarity("YELLOW") >= VOCABULARIES.colors().resolve("WHITE").orElseThrow().similarity("YELLOW"),
                "off-white pills are called yellow: " + snow.neighbours());
    }
}
