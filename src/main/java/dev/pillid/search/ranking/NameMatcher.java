package dev.pillid.search.ranking;

import dev.pillid.search.Criterion;
import dev.pillid.search.CriterionMatch;
import dev.pillid.search.MatchLevel;
import dev.pillid.search.PillDocument;
import dev.pillid.search.text.Edits;

/**
 * Matches a drug name against the pill's medicine name and its active ingredients, ignoring case
 * and punctuation: the whole name, the start of a name or of one of its words, or any part of it.
 */
public final class NameMatcher implements CriterionMatcher {

    /** Shorter parts of a name match too much to be useful. */
    static final int MIN_PART = 3;

    private final String typed;
    private final String query;

    NameMatcher(String typed) {
        this.typed = typed.trim();
        this.query = PillDocument.nameKey(typed);
    }

    @Override
    public Criterion criterion() {
        return Criterion.NAME;
    }

    @Override
    public CriterionMatch match(PillDocument pill) {
        CriterionMatch best = CriterionMatch.notMatched(Criterion.NAME, () -> "the pill is " + pill.name());
        for (String name : pill.nameWords()) {
            CriterionMatch match = matchOne(name);
            if (match.score() > best.score()) {
                best = match;
            }
        }
        return best;
    }

    /** Whether the typed name matches this name (a pill's medicine name or one of its ingredients), in any way. */
    public boolean matches(String name) {
        return matchOne(name).matched();
    }

    /** A name, or a word of it, that starts with the typed name. */
    static final double STARTS_WITH = 0.7;
    /** A name that holds the typed name inside a word. */
    static final double CONTAINS = 0.5;
    /** A name, or a word of it, one typing error from the typed name; each error more costs {@link #PER_EXTRA_EDIT}. */
    static final double ONE_EDIT = 0.6;
    static final double PER_EXTRA_EDIT = 0.1;

    private CriterionMatch matchOne(String name) {
        if (name.equals(query) || name.startsWith(query + " ")) {
            return new CriterionMatch(Criterion.NAME, MatchLevel.EXACT, 1.0, () -> "name " + name + " matches " + typed);
        }
        if (query.length() >= MIN_PART && (name.startsWith(query) || name.contains(" " + query))) {
            return new CriterionMatch(Criterion.NAME, MatchLevel.PARTIAL, STARTS_WITH, () -> "name " + name + " starts with " + typed);
        }
        if (query.length() >= MIN_PART && name.contains(query)) {
            return new CriterionMatch(Criterion.NAME, MatchLevel.PARTIAL, CONTAINS, () -> "name " + name + " contains " + typed);
        }
        // A misspelt name: close to the whole name or to one of its words.
        int limit = query.length() >= 8 ? 2 : query.length() >= 4 ? 1 : 0;
        if (limit > 0) {
            int best = Edits.distance(query, name, limit);
            for (String word : name.split(" ")) {
                best = Math.min(best, Edits.distance(query, word, limit));
            }
            if (best <= limit) {
                return new CriterionMatch(Criterion.NAME, MatchLevel.SIMILAR, ONE_EDIT - PER_EXTRA_EDIT * (best - 1),
                        () -> "name " + name + " is close to " + typed);
            }
        }
        return CriterionMatch.notMatched(Criterion.NAME, "");
    }
}
