package dev.pillid.catalog;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.pillid.imports.CatalogReaders;
import dev.pillid.imports.ImportBatch;
import dev.pillid.imports.ImportFormat;
import dev.pillid.imports.ImportLimits;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Makes the default catalog, data/rximage-catalog.json, from ../shared/data (run it with
 * src/test/scripts/make-catalog): the distinct pills of the NLM RxImage metadata, read by the
 * service's own RxImage reader (so that an import of the same file reads the same pills), each
 * given its RxCUI where the RxNorm export names its RxNorm name ({@link RxNormNames}). The same
 * input always gives the same bytes: pills in key order, one a line, fields in a fixed order.
 * DefaultCatalogSourcesTest checks that the committed file is what this makes.
 */
public final class RxImageCatalogMaker {

    static final String RXIMAGE = "rximage-metadata/pill_color_imprint_dataset.csv";
    static final String RXNORM = "rxnorm/RXNORM.csv.gz";

    /** What ../shared/data's SOURCE.md files say of the two inputs. */
    static final Map<String, String> SOURCE = ordered(
            "name", "rximage",
            "title", "NLM RxImage (RxNav RXNAVIMAGE10) pill photograph metadata",
            "date", "2025-11-11",
            "license", "Public domain (US government work, National Library of Medicine)",
            "origin", "The NLM RxImage metadata as copied in"
                    + " github.com/Ilaydabuzbuz/AI-based-Drug-Identifier-and-Smart-Drug-Assistant-Backend,"
                    + " smart_drug_assistant/db/pill_color_imprint_dataset.csv, file commit"
                    + " 67f205da4b2aeb30ff736e7dff54b9b09cb5a44d of 2025-11-11; RxImage's metadata states no date of its own,"
                    + " so the date is the copy's");
    static final Map<String, String> RXCUI_SOURCE = ordered(
            "title", "RxNorm (National Library of Medicine), as exported by NCBO BioPortal",
            "date", "about 2015-2016 (the export states no date; RxCUIs made since are absent)",
            "license", "RxNorm is produced by the US National Library of Medicine; its terms of use apply",
            "origin", "github.com/dhimmel/indications at commit 11d535ba0884ee56c3cd5756fdfb4985f313bd80,"
                    + " labeledin/download/RXNORM.csv.gz");

    private static final ObjectMapper JSON = new ObjectMapper();

    private RxImageCatalogMaker() {
    }

    /** Usage: RxImageCatalogMaker [SHARED_DATA [OUT]], from the repository's root. */
    public static void main(String[] arguments) throws IOException {
        if (arguments.length > 2) {
            throw new IllegalArgumentException("usage: RxImageCatalogMaker [SHARED_DATA [OUT]]");
        }
        Path shared = Path.of(arguments.length > 0 ? arguments[0] : "../shared/data");
        Path out = Path.of(arguments.length > 1 ? arguments[1] : "data/rximage-catalog.json");
        Made made = make(shared);
        Files.write(out, made.bytes());
        System.out.println(out + ": " + made.summary());
    }

    record Made(byte[] bytes, String summary) {
    }

    static Made make(Path shared) throws IOException {
        Path csv = shared.resolve(RXIMAGE);
        List<PillRecord> pills = pills(csv);
        Map<String, String> rxNormNames = rxNormNames(csv);
        RxNormNames rxNorm = RxNormNames.read(shared.resolve(RXNORM));

        Map<RxNormNames.Method, Integer> matched = new EnumMap<>(RxNormNames.Method.class);
        int unmatched = 0;
        int unnamed = 0;
        List<String> lines = new ArrayList<>(pills.size());
        for (PillRecord pill : pills) {
            String name = rxNormNames.get(pill.sourceKey());
            PillRecord made = pill;
            if (name == null) {
                unnamed++;
            } else {
                Optional<RxNormNames.Match> match = rxNorm.find(name);
                if (match.isPresent()) {
                    matched.merge(match.get().method(), 1, Integer::sum);
                    made = withRxcui(pill, match.get());
                } else {
                    unmatched++;
                }
            }
            lines.add(JSON.writeValueAsString(record(made)));
        }

        Map<String, Object> rxcui = new LinkedHashMap<>(RXCUI_SOURCE);
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (RxNormNames.Method method : RxNormNames.Method.values()) {
            counts.put("by_" + method.name().toLowerCase(Locale.ROOT), matched.getOrDefault(method, 0));
        }
        counts.put("unmatched", unmatched);
        counts.put("without_rxnorm_name", unnamed);
        rxcui.put("pills", counts);

        StringBuilder file = new StringBuilder();
        file.append("{\n");
        file.append("  \"description\": ").append(JSON.writeValueAsString("The default catalog: the " + String.format(Locale.ROOT, "%,d", pills.size())
                + " distinct pills of NLM RxImage, with RxCUIs from RxNorm. Made by src/test/scripts/make-catalog from"
                + " ../shared/data; do not edit. Not a substitute for a pharmacist.")).append(",\n");
        file.append("  \"source\": ").append(object(SOURCE)).append(",\n");
        file.append("  \"rxcui\": ").append(object(rxcui)).append(",\n");
        file.append("  \"records\": [\n");
        for (int i = 0; i < lines.size(); i++) {
            file.append("    ").append(lines.get(i)).append(i + 1 < lines.size() ? ",\n" : "\n");
        }
        file.append("  ]\n}\n");
        int mapped = matched.values().stream().mapToInt(Integer::intValue).sum();
        String summary = String.format(Locale.ROOT, "%d pills; RxCUI for %d (%.1f%%): %s; unmatched %d; without an RxNorm name %d",
                pills.size(), mapped, 100.0 * mapped / pills.size(), counts, unmatched, unnamed);
        return new Made(file.toString().getBytes(StandardCharsets.UTF_8), summary);
    }

    /** The distinct pills of the RxImage file as an import reads them, in key order. */
    private static List<PillRecord> pills(Path csv) throws IOException {
        ImportBatch batch = new ImportBatch(Set.of("dailymed.nlm.nih.gov"));
        try (InputStream in = Files.newInputStream(csv)) {
            CatalogReaders.of(ImportFormat.RXIMAGE, Vocabularies.bundled(JSON), "unused: no SPL photos in RxImage",
                            new ImportLimits(64L << 20, 512L << 20, 1000, 256, 1_000_000))
                    .read(in, csv.getFileName().toString(), batch);
        }
        if (batch.rejected() > 0) {
            throw new IllegalStateException(csv + ": the RxImage reader rejects " + batch.rejected() + " records: " + batch.rejections());
        }
        List<PillRecord> pills = new ArrayList<>(batch.entries());
        pills.sort(Comparator.comparing(PillRecord::sourceKey));
        return pills;
    }

    /** Each photo's RxNorm name by the key the reader gives its pill (the photo's file name without extension, in capitals). */
    private static Map<String, String> rxNormNames(Path csv) throws IOException {
        Map<String, String> names = new HashMap<>();
        CSVFormat format = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).setTrim(true).get();
        try (Reader in = Files.newBufferedReader(csv, StandardCharsets.UTF_8); CSVParser parser = CSVParser.parse(in, format)) {
            for (CSVRecord row : parser) {
                String file = row.get("image_filename");
                String name = row.get("pill_name");
                if (!name.isBlank()) {
                    names.put(file.substring(0, file.lastIndexOf('.')).toUpperCase(Locale.ROOT), name);
                }
            }
        }
        return names;
    }

    private static PillRecord withRxcui(PillRecord p, RxNormNames.Match match) {
        String citation = p.citation() + "; RxCUI " + match.rxcui() + " by " + match.method().says;
        return new PillRecord(p.source(), p.sourceKey(), citation, p.medicineName(), p.strength(), p.activeIngredients(),
                p.dosageForm(), p.labeler(), p.rxOtc(), p.deaSchedule(), p.ndc9(), p.ndc11(), p.partNumber(), p.splSetId(),
                match.rxcui(), p.imprint(), p.colors(), p.shape(), p.sizeMm(), p.score(), p.images());
    }

    /** A pill in the fields, and the order, of the bundled catalogs (data/demo-catalog.json). */
    private static ObjectNode record(PillRecord p) {
        ObjectNode r = JSON.createObjectNode();
        r.put("key", p.sourceKey());
        r.put("medicine_name", p.medicineName());
        r.put("strength", p.strength());
        strings(r.putArray("active_ingredients"), p.activeIngredients());
        r.put("dosage_form", p.dosageForm());
        r.put("labeler", p.labeler());
        r.put("rx_otc", p.rxOtc());
        r.put("dea_schedule", p.deaSchedule());
        r.put("ndc9", p.ndc9());
        r.put("ndc11", p.ndc11());
        r.put("part_number", p.partNumber());
        r.put("spl_set_id", p.splSetId());
        r.put("rxcui", p.rxcui());
        r.put("imprint", p.imprint());
        strings(r.putArray("colors"), p.colors());
        r.put("shape", p.shape());
        r.put("size_mm", p.sizeMm());
        r.put("score", p.score());
        strings(r.putArray("images"), p.images());
        r.put("source", p.source());
        r.put("citation", p.citation());
        return r;
    }

    private static void strings(ArrayNode array, List<String> values) {
        values.forEach(array::add);
    }

    /** An object's fields one a line, indented under the file's top level. */
    private static String object(Map<String, ?> fields) throws IOException {
        StringBuilder text = new StringBuilder("{\n");
        int i = 0;
        for (Map.Entry<String, ?> field : fields.entrySet()) {
            text.append("    ").append(JSON.writeValueAsString(field.getKey())).append(": ")
                    .append(JSON.writeValueAsString(field.getValue())).append(++i < fields.size() ? ",\n" : "\n");
        }
        return text.append("  }").toString();
    }

    private static Map<String, String> ordered(String... keysAndValues) {
        Map<String, String> map = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.put(keysAndValues[i], keysAndValues[i + 1]);
        }
        return map;
    }
}
