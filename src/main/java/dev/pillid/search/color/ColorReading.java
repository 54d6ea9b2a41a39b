package dev.pillid.search.color;

import dev.pillid.search.VocabularyTerm;

import java.util.List;

/** A colour phrase as read: every word and how it was read, in order, and the colours of the query it gives. */
public record ColorReading(List<ColorWord> words, List<ReadColor> colors) {

    public ColorReading {
        words = List.copyOf(words);
        colors = List.copyOf(colors);
    }

    /** The colours of the query, one SPL term each. */
    public List<VocabularyTerm> terms() {
        return colors.stream().map(ReadColor::term).toList();
    }

    /** The words that were not read. */
    public List<String> setAside() {
        return words.stream().filter(word -> word.reading() == ColorWord.Reading.SET_ASIDE).map(ColorWord::word).toList();
    }
}
