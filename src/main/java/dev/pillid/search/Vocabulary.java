package dev.pillid.search;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * A closed list of terms (the 12 SPL colours or the 19 SPL shapes) that resolves what a person
 * or a data file calls a term: the SPL name, the display name, the NCI code or a synonym, in any
 * case, with or without spaces, hyphens or the "(n sides)" suffix.
 */
public final class Vocabulary {

    private final String kind;
    private final List<VocabularyTerm> terms;
    private final Map<String, VocabularyTerm> byWord = new LinkedHashMap<>();

    public Vocabulary(String kind, List<VocabularyTerm> terms) {
        this.kind = kind;
        this.terms = List.copyOf(terms);
        for (VocabularyTerm term : this.terms) {
            register(term.code(), term);
            register(term.name(), term);
            register(term.displayName(), term);
            register(withoutSidesSuffix(term.name()), term);
        }
        // Synonyms come last so that they never shadow a real SPL name.
        for (VocabularyTerm term : this.terms) {
            term.synonyms().forEach(word -> register(word, term));
        }
    }

    /** What the vocabulary lists, for messages: "color" or "shape". */
    public String kind() {
        return kind;
    }

    public List<VocabularyTerm> terms() {
        return terms;
    }

    public Optional<VocabularyTerm> resolve(String word) {
        if (word == null) {
            return Optional.empty();
        }
        return Optional.ofNullable(byWord.get(key(word)));
    }

    private void register(String word, VocabularyTerm term) {
        String key = key(word);
        if (!key.isEmpty()) {
            byWord.putIfAbsent(key, term);
        }
    }

    private static String withoutSidesSuffix(String name) {
        int paren = name.indexOf('(');
        return paren < 0 ? name : name.substring(0, paren);
    }

    /** "Off-White", "off white" and "OFFWHITE" are the same word. */
    public static String key(String word) {
        StringBuilder key = new StringBuilder(word.length());
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                key.append(Character.toUpperCase(c));
            }
        }
        return key.toString().toUpperCase(Locale.ROOT);
    }
}
