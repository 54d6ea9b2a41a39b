package dev.pillid.catalog;

import dev.pillid.search.VocabularyTerm;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The small demo catalog bundled in {@code data/demo-catalog.json}: well-known pills written by
 * this project from public NLM and FDA facts, each citing its source. Demo data, not for clinical use.
 */
public final class DemoCatalog {

    static final String RESOURCE = "data/demo-catalog.json";
    public static final String SOURCE = "demo";

    private DemoCatalog() {
    }

    /** Reads and checks the bundled records; a record that breaks the vocabularies stops the start. */
    public static List<PillRecord> read(ObjectMapper json, Vocabularies vocabularies) {
        JsonNode root = Vocabularies.read(json, RESOURCE);
        List<PillRecord> pills = new ArrayList<>();
        Set<String> keys = new HashSet<>();
        for (JsonNode r : root.path("records")) {
            String key = text(r, "key");
            if (key == null || !keys.add(key)) {
                throw new IllegalStateException(RESOURCE + ": missing or repeated key " + key);
            }
            if (text(r, "medicine_name") == null) {
                throw new IllegalStateException(RESOURCE + ": record " + key + " has no medicine_name");
            }
            List<String> colors = new ArrayList<>();
            for (JsonNode color : r.path("colors")) {
                colors.add(term(vocabularies.colors().resolve(color.asText()).orElse(null), key, "colour", color.asText()));
            }
            String shape = text(r, "shape") == null ? null
                    : term(vocabularies.shapes().resolve(text(r, "shape")).orElse(null), key, "shape", text(r, "shape"));
            pills.add(new PillRecord(SOURCE, key, text(r, "citation"), text(r, "medicine_name"),
                    text(r, "strength"), strings(r.path("active_ingredients")), text(r, "dosage_form"),
                    text(r, "labeler"), text(r, "rx_otc"), text(r, "dea_schedule"), text(r, "ndc9"),
                    text(r, "ndc11"), r.hasNonNull("part_number") ? r.get("part_number").asInt() : null,
                    text(r, "spl_set_id"), text(r, "rxcui"), text(r, "imprint"), colors, shape,
                    r.hasNonNull("size_mm") ? r.get("size_mm").asDouble() : null,
                    r.hasNonNull("score") ? r.get("score").asInt() : null,
                    strings(r.path("images"))));
        }
        return pills;
    }

    /**
     * The demo pills as the catalog would hold them, numbered from 1, for serving them from memory while no
     * database is at hand (their ids change once the database stores them).
     */
    static List<PillRecord> records(List<PillRecord> read) {
        List<PillRecord> records = new ArrayList<>(read.size());
        long id = 0;
        OffsetDateTime now = OffsetDateTime.now();
        for (PillRecord pill : read) {
            records.add(pill.stored(++id, now));
        }
        return records;
    }

    private static String term(VocabularyTerm term, String key, String what, String word) {
        if (term == null) {
            throw new IllegalStateException(RESOURCE + ": record " + key + " has an unknown " + what + " " + word);
        }
        return term.name();
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() || value.asText().isBlank() ? null : value.asText();
    }

    private static List<String> strings(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(v -> values.add(v.asText()));
        return values;
    }
}
