package dev.pillid.catalog;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.pillid.config.PillIdConfig;
import dev.pillid.search.VocabularyTerm;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A catalog that ships in the service's jar, {@code data/<name>-catalog.json} (data/README.md):
 * its source (name, title, the date of its data, license, origin) and its records, all of that
 * source. The real RxImage catalog is made by src/test/scripts/make-catalog; the demo records are
 * written by hand.
 *
 * @param resource where it was read from, on the classpath
 */
public record BundledCatalog(String resource, CatalogSource source, List<PillRecord> records) {

    public static final String DEMO = "demo";

    public BundledCatalog {
        records = List.copyOf(records);
    }

    /** The classpath resource of a bundled catalog. */
    static String resource(PillIdConfig.Catalog.Bundled which) {
        return "data/" + which.name().toLowerCase(Locale.ROOT) + "-catalog.json";
    }

    /** Reads and checks one; a record that breaks the vocabularies, or of another source, stops the start. */
    public static BundledCatalog read(ObjectMapper json, Vocabularies vocabularies, PillIdConfig.Catalog.Bundled which) {
        if (which == PillIdConfig.Catalog.Bundled.NONE) {
            throw new IllegalArgumentException("no bundled catalog is called none");
        }
        String resource = resource(which);
        JsonNode root = Vocabularies.read(json, resource);
        JsonNode header = root.path("source");
        CatalogSource source = new CatalogSource(text(header, "name"), text(header, "title"), text(header, "date"),
                text(header, "license"), text(header, "origin"));
        if (source.name() == null || source.title() == null) {
            throw new IllegalStateException(resource + ": the source needs a name and a title");
        }
        List<PillRecord> pills = new ArrayList<>();
        Set<String> keys = new HashSet<>();
        for (JsonNode r : root.path("records")) {
            String key = text(r, "key");
            if (key == null || !keys.add(key)) {
                throw new IllegalStateException(resource + ": missing or repeated key " + key);
            }
            if (text(r, "source") != null && !source.name().equals(text(r, "source"))) {
                throw new IllegalStateException(resource + ": record " + key + " is of source " + text(r, "source")
                        + ", the file's is " + source.name());
            }
            List<String> colors = new ArrayList<>();
            for (JsonNode color : r.path("colors")) {
                colors.add(term(vocabularies.colors().resolve(color.asText()).orElse(null), resource, key, "colour", color.asText()));
            }
            String shape = text(r, "shape") == null ? null
                    : term(vocabularies.shapes().resolve(text(r, "shape")).orElse(null), resource, key, "shape", text(r, "shape"));
            pills.add(new PillRecord(source.name(), key, text(r, "citation"), text(r, "medicine_name"),
                    text(r, "strength"), strings(r.path("active_ingredients")), text(r, "dosage_form"),
                    text(r, "labeler"), text(r, "rx_otc"), text(r, "dea_schedule"), text(r, "ndc9"),
                    text(r, "ndc11"), r.hasNonNull("part_number") ? r.get("part_number").asInt() : null,
                    text(r, "spl_set_id"), text(r, "rxcui"), text(r, "imprint"), colors, shape,
                    r.hasNonNull("size_mm") ? r.get("size_mm").asDouble() : null,
                    r.hasNonNull("score") ? r.get("score").asInt() : null,
                    strings(r.path("images"))));
        }
        return new BundledCatalog(resource, source, pills);
    }

    /**
     * Its pills as the catalog would hold them, numbered from 1, for serving them from memory while no
     * database is at hand (their ids change once the database stores them).
     */
    List<PillRecord> numbered() {
        List<PillRecord> numbered = new ArrayList<>(records.size());
        long id = 0;
        OffsetDateTime now = OffsetDateTime.now();
        for (PillRecord pill : records) {
            numbered.add(pill.stored(++id, now));
        }
        return numbered;
    }

    private static String term(VocabularyTerm term, String resource, String key, String what, String word) {
        if (term == null) {
            throw new IllegalStateException(resource + ": record " + key + " has an unknown " + what + " " + word);
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
