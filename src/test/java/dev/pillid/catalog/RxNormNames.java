package dev.pillid.catalog;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.zip.GZIPInputStream;

/**
 * RxCUIs by RxNorm name, from the NCBO BioPortal export of RxNorm (../shared/data/rxnorm/SOURCE.md).
 * A name is looked up in three ways, each taken only when it names one concept, and a way that
 * names several ends the search unmatched rather than guess:
 * <ol>
 *     <li>{@link Method#NAME}: the concept's preferred name, case ignored (RxImage writes names in capitals);</li>
 *     <li>{@link Method#SYNONYM}: one of its synonyms, case ignored;</li>
 *     <li>{@link Method#FORMER_DOSE_FORM}: either, with the dose form written as the export writes it. RxNorm
 *     has since put "Oral" into its dose forms ("Extended Release Capsule" became "Extended Release Oral
 *     Capsule") and renamed "Enteric Coated" forms "Delayed Release" (the export already gives "ASA 81 MG
 *     Delayed Release Tablet" as a synonym of "Aspirin 81 MG Enteric Coated Tablet"): both sides are
 *     compared without the word ORAL, and with ENTERIC COATED read as DELAYED RELEASE.</li>
 * </ol>
 */
final class RxNormNames {

    enum Method {
        NAME("RxNorm name"),
        SYNONYM("RxNorm synonym"),
        FORMER_DOSE_FORM("RxNorm name, dose form as RxNorm formerly wrote it");

        final String says;

        Method(String says) {
            this.says = says;
        }
    }

    record Match(String rxcui, Method method) {
    }

    private final Map<Method, Map<String, Set<String>>> byKey = new EnumMap<>(Method.class);

    private RxNormNames() {
        for (Method method : Method.values()) {
            byKey.put(method, new HashMap<>());
        }
    }

    static RxNormNames read(Path export) throws IOException {
        RxNormNames names = new RxNormNames();
        CSVFormat format = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get();
        try (Reader in = new InputStreamReader(new GZIPInputStream(Files.newInputStream(export)), StandardCharsets.UTF_8);
             CSVParser parser = CSVParser.parse(in, format)) {
            for (CSVRecord row : parser) {
                String classId = row.get("Class ID");
                String rxcui = classId.substring(classId.lastIndexOf('/') + 1);
                String preferred = row.get("Preferred Label");
                names.add(Method.NAME, upper(preferred), rxcui);
                names.add(Method.FORMER_DOSE_FORM, normalised(preferred), rxcui);
                for (String synonym : row.get("Synonyms").split("\\|")) {
                    if (!synonym.isBlank()) {
                        names.add(Method.SYNONYM, upper(synonym), rxcui);
                        names.add(Method.FORMER_DOSE_FORM, normalised(synonym), rxcui);
                    }
                }
            }
        }
        return names;
    }

    /** The concept a name names, and how it was found; empty when none, or several, do. */
    Optional<Match> find(String name) {
        for (Method method : Method.values()) {
            Set<String> found = byKey.get(method).get(method == Method.FORMER_DOSE_FORM ? normalised(name) : upper(name));
            if (found != null) {
                return found.size() == 1 ? Optional.of(new Match(found.iterator().next(), method)) : Optional.empty();
            }
        }
        return Optional.empty();
    }

    private void add(Method method, String key, String rxcui) {
        byKey.get(method).computeIfAbsent(key, k -> new TreeSet<>()).add(rxcui);
    }

    private static String upper(String name) {
        return name.toUpperCase(Locale.ROOT).replaceAll("\\s+", " ").strip();
    }

    private static String normalised(String name) {
        String key = " " + upper(name) + " ";
        return key.replace(" ORAL ", " ").replace(" ENTERIC COATED ", " DELAYED RELEASE ").strip();
    }
}
