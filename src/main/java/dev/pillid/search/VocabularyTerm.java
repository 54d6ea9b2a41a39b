package dev.pillid.search;

import java.util.List;
import java.util.Map;

/**
 * One entry of an FDA SPL vocabulary (a colour or a shape): its NCI code, its SPL name as it
 * appears in labels, a display name, the everyday words people use for it, and how close other
 * terms are to it as people describe pills (from 0 to 1, by SPL name).
 */
public record VocabularyTerm(String code, String name, String displayName, String hex, List<String> synonyms,
                             Map<String, Double> neighbours) {

    public VocabularyTerm {
        synonyms = List.copyOf(synonyms);
        neighbours = Map.copyOf(neighbours);
    }

    public VocabularyTerm(String code, String name, String displayName, String hex, List<String> synonyms) {
        this(code, name, displayName, hex, synonyms, Map.of());
    }

    /** 1 for the term itself, its closeness for a neighbour, else 0. */
    public double similarity(String otherName) {
        return name.equals(otherName) ? 1.0 : neighbours.getOrDefault(otherName, 0.0);
    }
}
