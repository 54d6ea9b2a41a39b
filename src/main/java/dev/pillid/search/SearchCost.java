package dev.pillid.search;

import dev.pillid.search.text.Imprint;

import java.util.Optional;

/**
 * What one search may cost, judged from the query alone, before any pill is looked at.
 * <p>
 * A search that the candidate index narrows (an imprint without '?', a name, an NDC) judges only
 * the pills the index finds. Two kinds cannot be narrowed that way and judge much of the catalog
 * instead: an imprint with unreadable characters ('?'), which is matched pill by pill, and a
 * description of the look alone (colour, shape, size, score), which ranks every pill. They are
 * {@linkplain #broad broad}: the service runs them apart from the others, a few at a time, so
 * that many of them cannot hold up the searches that can be narrowed (docs/operations.md).
 * <p>
 * An imprint that is mostly unreadable is refused outright: it says almost nothing about the pill
 * and costs the most of any search, in proportion to its length.
 */
public final class SearchCost {

    /** The most unreadable characters ('?') one imprint may have. */
    public static final int MAX_UNREADABLE = 8;

    private SearchCost() {
    }

    /** Why the query costs more than one search may, as a sentence for the client; empty when it may run. */
    public static Optional<String> refusal(SearchQuery query) {
        String typed = query.compactImprint();
        int unreadable = unreadable(typed);
        int readable = typed.length() - unreadable;
        if (unreadable > MAX_UNREADABLE) {
            return Optional.of("imprint has " + unreadable + " unreadable characters ('?'); a search takes at most " + MAX_UNREADABLE
                    + ". Type the characters you can read and leave out the rest: a partial imprint is matched too.");
        }
        if (unreadable > readable) {
            return Optional.of("imprint has more unreadable characters ('?') than characters read (" + unreadable + " against "
                    + readable + "); type at least as many letters or digits as '?'. Leave out the '?' at either end: "
                    + "a partial imprint is matched too.");
        }
        return Optional.empty();
    }

    /**
     * Whether the query judges pills the candidate index cannot narrow down: its imprint has
     * unreadable characters, or it describes the look alone.
     */
    public static boolean broad(SearchQuery query) {
        return unreadable(query.compactImprint()) > 0 || !query.identifies();
    }

    private static int unreadable(String typed) {
        int count = 0;
        for (int i = 0; i < typed.length(); i++) {
            if (typed.charAt(i) == Imprint.UNREADABLE) {
                count++;
            }
        }
        return count;
    }
}
