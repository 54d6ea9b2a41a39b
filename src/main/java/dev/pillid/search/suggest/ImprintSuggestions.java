package dev.pillid.search.suggest;

import dev.pillid.search.ImprintSuggestion;
import dev.pillid.search.MatchLevel;
import dev.pillid.search.PillDocument;
import dev.pillid.search.text.Imprint;
import dev.pillid.search.text.KeyOrder;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Imprint suggestions for what has been typed so far: the catalog's whole imprints (both orders
 * of two sides), as printed and with confused characters read alike, sorted once so that a
 * prefix is a range of them.
 */
public final class ImprintSuggestions {

    private final SuggestionKeys imprints;
    private final SuggestionKeys confusableImprints;

    public ImprintSuggestions(List<PillDocument> documents) {
        Map<String, Suggested> printed = new HashMap<>();
        Map<String, Suggested> confused = new HashMap<>();
        for (PillDocument pill : documents) {
            List<String> sides = pill.imprintSides();
            if (sides.isEmpty()) {
                continue;
            }
            String display = pill.readableImprint();
            addSuggestion(printed, String.join("", sides), display);
            addSuggestion(confused, String.join("", pill.confusableSides()), display);
            if (sides.size() == 2) {
                addSuggestion(printed, sides.get(1) + sides.get(0), display);
                addSuggestion(confused, pill.confusableSides().get(1) + pill.confusableSides().get(0), display);
            }
        }
        this.imprints = new SuggestionKeys(printed);
        this.confusableImprints = new SuggestionKeys(confused);
    }

    /**
     * Imprints that start with what was typed, most common first, then imprints that do so
     * only when easily confused characters are read alike.
     */
    public List<ImprintSuggestion> suggest(String typed, int limit) {
        String prefix = Imprint.compact(typed);
        List<ImprintSuggestion> found = new ArrayList<>();
        if (prefix.isEmpty() || limit <= 0) {
            return found;
        }
        Map<String, Suggested> seen = new LinkedHashMap<>();
        imprints.collect(prefix, seen);
        List<Suggested> exact = new ArrayList<>(seen.values());
        Map<String, Suggested> similar = new LinkedHashMap<>();
        confusableImprints.collect(Imprint.confusable(prefix), similar);
        exact.sort(Suggested.ORDER);
        List<Suggested> close = new ArrayList<>(similar.values());
        close.removeIf(s -> seen.containsKey(s.display));
        close.sort(Suggested.ORDER);
        for (Suggested s : exact) {
            found.add(new ImprintSuggestion(s.display, s.pills, MatchLevel.PARTIAL));
        }
        for (Suggested s : close) {
            found.add(new ImprintSuggestion(s.display, s.pills, MatchLevel.SIMILAR));
        }
        return found.size() > limit ? List.copyOf(found.subList(0, limit)) : found;
    }

    private static void addSuggestion(Map<String, Suggested> keys, String key, String display) {
        keys.computeIfAbsent(key, k -> new Suggested(display)).pills++;
    }

    /** Imprints and their suggestions, the imprints sorted once when the index is built, not kept sorted on every insert. */
    private static final class SuggestionKeys {
        private final String[] keys;
        private final Suggested[] suggested;

        SuggestionKeys(Map<String, Suggested> byKey) {
            KeyOrder.Sorted<Suggested> sorted = KeyOrder.sorted(byKey, Suggested[]::new);
            keys = sorted.keys();
            suggested = sorted.values();
        }

        /** Adds the suggestions of the imprints starting with the prefix, in imprint order, each display once. */
        void collect(String prefix, Map<String, Suggested> into) {
            int low = 0;
            int high = keys.length;
            while (low < high) {
                int middle = (low + high) >>> 1;
                if (keys[middle].compareTo(prefix) < 0) {
                    low = middle + 1;
                } else {
                    high = middle;
                }
            }
            for (int i = low; i < keys.length && keys[i].startsWith(prefix); i++) {
                into.putIfAbsent(suggested[i].display, suggested[i]);
            }
        }
    }

    /** An imprint and how many pills carry it. */
    private static final class Suggested {
        static final Comparator<Suggested> ORDER = Comparator.comparingInt((Suggested s) -> -s.pills)
                .thenComparingInt(s -> s.display.length())
                .thenComparing(s -> s.display);
        final String display;
        int pills;

        Suggested(String display) {
            this.display = display;
        }
    }
}
