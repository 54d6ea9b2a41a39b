package dev.pillid.search.color;

/** One word of a colour phrase and how it was read; {@code detail} says so for people. */
public record ColorWord(String word, Reading reading, String detail) {

    public enum Reading {
        /** A colour: an SPL colour or a word for one, or a named colour. */
        COLOR,
        /** Light, dark, pale, ...: moves the colour of its part of the phrase. */
        MODIFIER,
        /** Very: makes the modifier after it stronger. */
        INTENSIFIER,
        /** An "-ish" form (bluish): a tinge of its colour. */
        TINGE,
        /** And, with, half, "/": parts the colours of a two-tone pill. */
        TWO_TONE,
        /** Not read: not a colour word, or a modifier with no colour to move. */
        SET_ASIDE
    }
}
