package dev.pillid.search.candidates;

import dev.pillid.search.PillDocument;
import dev.pillid.search.ranking.NameMatcher;
import dev.pillid.search.ranking.NdcMatcher;
import dev.pillid.search.structures.IntList;

import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The pills by the words of their names and by their NDCs. */
final class NameAndNdcLookup {

    private final String[] names;
    private final int[][] docsByName;
    private final Map<String, int[]> docsByNdc;

    NameAndNdcLookup(List<PillDocument> documents) {
        Map<String, IntList> byName = new HashMap<>();
        Map<String, IntList> byNdc = new HashMap<>();
        for (int doc = 0; doc < documents.size(); doc++) {
            PillDocument pill = documents.get(doc);
            for (String name : pill.nameWords()) {
                byName.computeIfAbsent(name, n -> new IntList()).add(doc);
            }
            for (String ndc : pill.ndcs()) {
                byNdc.computeIfAbsent(ndc, n -> new IntList()).add(doc);
            }
        }
        this.names = byName.keySet().toArray(String[]::new);
        this.docsByName = new int[names.length][];
        for (int n = 0; n < names.length; n++) {
            docsByName[n] = byName.get(names[n]).toArray();
        }
        this.docsByNdc = new HashMap<>();
        byNdc.forEach((ndc, docs) -> docsByNdc.put(ndc, docs.toArray()));
    }

    /** Adds the pills with a name (medicine or ingredient) the matcher accepts: each distinct name is judged once. */
    void addNameCandidates(NameMatcher matcher, BitSet into) {
        for (int n = 0; n < names.length; n++) {
            if (matcher.matches(names[n])) {
                for (int doc : docsByName[n]) {
                    into.set(doc);
                }
            }
        }
    }

    /** Adds the pills with the NDC, as a package or as the product a package belongs to. */
    void addNdcCandidates(NdcMatcher matcher, BitSet into) {
        for (String reading : matcher.readings()) {
            for (String key : List.of(reading, reading.substring(0, 9))) {
                int[] docs = docsByNdc.get(key);
                if (docs != null) {
                    for (int doc : docs) {
                        into.set(doc);
                    }
                }
            }
        }
    }
}
