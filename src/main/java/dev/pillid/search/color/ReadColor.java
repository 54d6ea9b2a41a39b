package dev.pillid.search.color;

import dev.pillid.search.VocabularyTerm;

/**
 * One colour of a query as read from a part of a phrase: the SPL term it is read as, carrying
 * its similarity to every other SPL colour, and the colour the phrase describes (RRGGBB; the SPL
 * colour's display value when the phrase is an SPL colour or a word for one).
 */
public record ReadColor(String phrase, VocabularyTerm term, String hex) {
}
