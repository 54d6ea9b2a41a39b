/**
 * Colour phrases as people write them ("light peach", "bluish green", "blue and white"), read
 * into SPL colours: the words and their values ({@link dev.pillid.search.color.ColorLexicon},
 * from {@code data/vocabularies/color-words.json}), colours in CIELAB and their CIEDE2000
 * difference ({@link dev.pillid.search.color.Lab}, {@link dev.pillid.search.color.Ciede2000}),
 * how close a colour is to each SPL colour ({@link dev.pillid.search.color.SplCloseness}), and
 * the reader ({@link dev.pillid.search.color.ColorPhraseReader}).
 */
package dev.pillid.search.color;
