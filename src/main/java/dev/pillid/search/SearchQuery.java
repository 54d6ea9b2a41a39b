package dev.pillid.search;

import dev.pillid.search.text.Imprint;

import java.util.List;

/**
 * A description of a pill as the service understood it: the imprint as typed and its compact
 * form, colours and shape resolved to SPL terms, and the optional size, score and name.
 * Every field is optional, but a query describes at least one thing.
 */
public record SearchQuery(
        String imprint,
        List<VocabularyTerm> colors,
        VocabularyTerm shape,
        Double sizeMm,
        Integer score,
        String name,
        String ndc) {

    public SearchQuery {
        colors = colors == null ? List.of() : List.copyOf(colors);
        if (isBlank(imprint) && colors.isEmpty() && shape == null && sizeMm == null && score == null && isBlank(name)
                && isBlank(ndc)) {
            throw new IllegalArgumentException("a query needs at least one criterion");
        }
    }

    /** What is matched: the typed imprint compacted, with '?' kept and symbol words ("logo") set aside. */
    public String compactImprint() {
        return Imprint.compactQuery(Imprint.withoutSymbolWords(imprint));
    }

    public boolean hasImprint() {
        return !compactImprint().isEmpty();
    }

    public boolean hasName() {
        return !PillDocument.nameKey(name).isEmpty();
    }

    public boolean hasNdc() {
        return !isBlank(ndc);
    }

    /** A query without an NDC. */
    public SearchQuery(String imprint, List<VocabularyTerm> colors, VocabularyTerm shape, Double sizeMm, Integer score,
                       String name) {
        this(imprint, colors, shape, sizeMm, score, name, null);
    }

    /** Whether the query names something that identifies a product rather than only its look. */
    public boolean identifies() {
        return hasImprint() || hasName() || hasNdc();
    }

    private static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }
}
