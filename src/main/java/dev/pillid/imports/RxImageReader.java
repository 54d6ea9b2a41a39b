package dev.pillid.imports;

import dev.pillid.catalog.PillRecord;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * NLM RxImage metadata (CSV: image_path, image_filename, pill_name, shape, color, imprint). The
 * NDC11 is the start of the image file name; the RxNorm name carries strength and dose form
 * ("ATORVASTATIN 10 MG ORAL TABLET [LIPITOR]"). The photo's file name is the record's key.
 */
final class RxImageReader implements CatalogReader {

    static final String SOURCE = "rximage";
    private static final Set<String> REQUIRED = Set.of("image_filename", "pill_name", "shape", "color", "imprint");
    private static final Pattern FILE_NAME = Pattern.compile("(\\d{5}-\\d{4}-\\d{2})_[A-Z0-9_]+\\.(JPG|JPEG|PNG)", Pattern.CASE_INSENSITIVE);
    /** A strength in an RxNorm name: "10 MG", "0.5 MG", "1000 UNT", "24 HR" is not one. */
    private static final Pattern STRENGTH = Pattern.compile("(\\d+(?:\\.\\d+)?) (MG|MCG|UNT|MEQ|MG/ML|%|ML|G)\\b");

    private final CodedValues coded;

    RxImageReader(CodedValues coded) {
        this.coded = coded;
    }

    @Override
    public String source() {
        return SOURCE;
    }

    @Override
    public void read(InputStream in, String fileName, ImportSink sink) throws IOException {
        CSVFormat format = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).setTrim(true).get();
        long line = 1;
        try (CSVParser parser = CSVParser.parse(new CsvBounds(TextInput.reader(in), ','), format)) {
            if (!parser.getHeaderNames().containsAll(REQUIRED)) {
                throw new UnreadableFileException("not an RxImage metadata file: the header needs " + REQUIRED
                        + ", found " + parser.getHeaderNames());
            }
            for (CSVRecord row : parser) {
                line = parser.getCurrentLineNumber();
                String where = "line " + line;
                try {
                    sink.accept(entry(row));
                } catch (RejectedRecordException e) {
                    sink.reject(where, e.getMessage());
                }
            }
        } catch (UncheckedIOException e) {
            // commons-csv reports a malformed file (an unclosed quote) while iterating; a refusal of
            // CsvBounds or TextInput says its line itself
            if (e.getCause() instanceof UnreadableFileException refused) {
                throw refused;
            }
            throw new UnreadableFileException("the CSV cannot be read after line " + line + ": " + TextInput.describe(e.getCause()), e.getCause());
        }
    }

    private PillRecord entry(CSVRecord row) {
        if (!row.isConsistent()) {
            throw new RejectedRecordException("has " + row.size() + " fields, the header has " + row.getParser().getHeaderNames().size());
        }
        String image = row.get("image_filename");
        Matcher file = FILE_NAME.matcher(image);
        if (!file.matches()) {
            throw new RejectedRecordException("image file name " + FieldLimits.echo(image) + " does not start with an NDC11 (5-4-2)");
        }
        String stem = image.substring(0, image.lastIndexOf('.'));
        String ndc11 = file.group(1);
        String rxNormName = CodedValues.clean(row.get("pill_name"));
        RxNormName name = rxNormName == null ? RxNormName.NONE : RxNormName.parse(rxNormName);
        List<String> colors = coded.colors(Arrays.asList(row.get("color").split(",")));
        return new PillRecord(SOURCE, stem.toUpperCase(Locale.ROOT),
                "NLM RxImage, NDC11 " + ndc11 + ", image " + stem + (rxNormName == null ? "" : "; RxNorm name \"" + rxNormName + "\""),
                name.medicine(), name.strength(), name.ingredients(), name.doseForm(), null, null, null,
                ndc11.substring(0, 10), ndc11, null, null, null,
                CodedValues.imprint(row.get("imprint")), colors, coded.shape(row.get("shape")), null, null,
                List.of(stem + ".jpg"));
    }

    /** What an RxNorm clinical or branded drug name says: "AMLODIPINE 10 MG / ATORVASTATIN 20 MG ORAL TABLET [CADUET]". */
    record RxNormName(String medicine, String strength, List<String> ingredients, String doseForm) {

        static final RxNormName NONE = new RxNormName(null, null, List.of(), null);

        static RxNormName parse(String name) {
            String brand = null;
            String body = name;
            int bracket = name.indexOf('[');
            if (bracket >= 0) {
                int close = name.indexOf(']', bracket);
                brand = name.substring(bracket + 1, close < 0 ? name.length() : close).trim();
                body = name.substring(0, bracket).trim();
            }
            // The dose form follows the last strength: "... 20 MG ORAL TABLET", "... 30 MG EXTENDED RELEASE ORAL TABLET".
            Matcher last = STRENGTH.matcher(body);
            int formStart = -1;
            while (last.find()) {
                formStart = last.end();
            }
            String doseForm = null;
            String ingredientsPart = body;
            if (formStart >= 0) {
                String form = body.substring(formStart).replace("ORAL ", "").trim();
                doseForm = form.isEmpty() ? null : form;
                ingredientsPart = body.substring(0, formStart);
            }
            List<String> ingredients = new ArrayList<>();
            List<String> strengths = new ArrayList<>();
            for (String part : ingredientsPart.split(" / ")) {
                Matcher strength = STRENGTH.matcher(part);
                if (strength.find()) {
                    strengths.add(strength.group(1) + " " + strength.group(2).toLowerCase(Locale.ROOT));
                    ingredients.add(part.substring(0, strength.start()).replaceFirst("^\\d+ HR ", "").trim());
                } else if (!part.isBlank()) {
                    ingredients.add(part.trim());
                }
            }
            String medicine = brand != null ? brand : String.join(" / ", ingredients);
            return new RxNormName(medicine.isBlank() ? name : medicine,
                    strengths.isEmpty() ? null : String.join(" / ", strengths), ingredients, doseForm);
        }
    }
}
