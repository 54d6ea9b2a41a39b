package dev.pillid.search;

import java.util.List;

/**
 * One entry of an FDA SPL vocabulary (a colour or a shape): its NCI code, its SPL name as it
 * appears in labels, a display name, and the everyday words people use for it.
 */
public record VocabularyTerm(String code, String name, String displayName, String hex, List<String> synonyms) {

    public VocabularyTerm {
        synonyms = List.copyOf(synonyms);
    }
}
