package dev.pillid.imports;

import dev.pillid.catalog.PillRecord;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * NLM Pillbox release files: the 69-column table (pillbox_201605 and later), tab- or
 * comma-separated with a header, quoted fields, and the literal NULL for nothing. Colours and
 * shapes are SPL codes (C48325) or names; several colours are joined with ';'.
 */
final class PillboxReader implements CatalogReader {

    static final String SOURCE = "pillbox";
    private static final Set<String> REQUIRED = Set.of("setid", "splimprint", "splcolor", "splshape", "medicine_name");
    /** LOINC document types of SPL labels. */
    private static final String RX_LABEL = "34391-3";
    private static final String OTC_LABEL = "34390-5";

    private final CodedValues coded;

    PillboxReader(CodedValues coded) {
        this.coded = coded;
    }

    @Override
    public String source() {
        return SOURCE;
    }

    @Override
    public void read(InputStream raw, String fileName, ImportSink sink) throws IOException {
        BufferedInputStream in = new BufferedInputStream(raw, 1 << 16);
        char delimiter = sniffDelimiter(in);
        CSVFormat format = CSVFormat.RFC4180.builder().setDelimiter(delimiter).setHeader().setSkipHeaderRecord(true)
                .setIgnoreEmptyLines(true).get();
        long line = 1;
        try (CSVParser parser = CSVParser.parse(new CsvBounds(TextInput.reader(in), delimiter), format)) {
            if (!parser.getHeaderNames().containsAll(REQUIRED)) {
                throw new UnreadableFileException("not a Pillbox release file: the header needs " + REQUIRED);
            }
            int columns = parser.getHeaderNames().size();
            for (CSVRecord row : parser) {
                line = parser.getCurrentLineNumber();
                try {
                    if (row.size() != columns) {
                        throw new RejectedRecordException("has " + row.size() + " fields, the header has " + columns);
                    }
                    sink.accept(entry(row));
                } catch (RejectedRecordException e) {
                    sink.reject("line " + line, e.getMessage());
                }
            }
        } catch (UncheckedIOException e) {
            // a refusal of CsvBounds or TextInput says its line itself
            if (e.getCause() instanceof UnreadableFileException refused) {
                throw refused;
            }
            throw new UnreadableFileException("the file cannot be read after line " + line + ": " + TextInput.describe(e.getCause()), e.getCause());
        }
    }

    /** Tab when the header line has a tab, else comma. */
    private static char sniffDelimiter(BufferedInputStream in) throws IOException {
        in.mark(1 << 15);
        byte[] head = in.readNBytes(1 << 14);
        in.reset();
        String text = new String(head, StandardCharsets.ISO_8859_1);
        int end = text.indexOf('\n');
        String header = end < 0 ? text : text.substring(0, end);
        return header.indexOf('\t') >= 0 ? '\t' : ',';
    }

    private PillRecord entry(CSVRecord row) {
        String setId = value(row, "setid");
        String productCode = value(row, "product_code");
        String part = value(row, "part_num");
        String key = value(row, "spp");
        if (key == null) {
            if (setId == null || productCode == null) {
                throw new RejectedRecordException("has neither spp nor setid and product_code to identify it");
            }
            key = setId + "-" + productCode + "-" + (part == null ? "0" : part);
        }
        Integer partNumber = part == null || part.equals("0") ? null : parsePart(part);
        String medicine = partNumber != null && value(row, "part_medicine_name") != null
                ? value(row, "part_medicine_name") : value(row, "medicine_name");
        if (medicine == null) {
            throw new RejectedRecordException("has no medicine_name");
        }
        String colorCodes = firstOf(row, "splcolor", "splcolor_new");
        List<String> colors = coded.colors(colorCodes == null
                ? split(value(row, "splcolor_text")) : split(colorCodes));
        String shape = coded.shape(firstOf(row, "splshape", "splshape_new", "splshape_text"));
        String documentType = value(row, "document_type");
        String rxOtc = RX_LABEL.equals(documentType) ? "RX" : OTC_LABEL.equals(documentType) ? "OTC" : null;
        String image = value(row, "splimage");
        String version = value(row, "version_number");
        return new PillRecord(SOURCE, key,
                "NLM Pillbox, SPL set id " + setId + (version == null ? "" : ", version " + version),
                medicine, strength(value(row, "spl_strength")), ingredients(value(row, "spl_ingredients")), null,
                value(row, "author"), rxOtc, coded.deaSchedule(value(row, "dea_schedule_code")),
                productCode, null, partNumber, setId, value(row, "rxcui"),
                CodedValues.imprint(firstOf(row, "splimprint", "splimprint_new")), colors, shape,
                CodedValues.sizeMm(firstOf(row, "splsize", "splsize_new")),
                CodedValues.score(firstOf(row, "splscore", "splscore_new")),
                image == null ? List.of() : List.of(image.contains(".") ? image : image + ".jpg"));
    }

    private static Integer parsePart(String part) {
        try {
            return Integer.parseInt(part);
        } catch (NumberFormatException e) {
            throw new RejectedRecordException("part_num " + FieldLimits.echo(part) + " is not a number");
        }
    }

    /** "CHLORPHENIRAMINE MALEATE[CHLORPHENIRAMINE];IBUPROFEN[IBUPROFEN];" becomes the substance names. */
    static List<String> ingredients(String value) {
        List<String> names = new ArrayList<>();
        for (String item : split(value)) {
            int bracket = item.indexOf('[');
            names.add((bracket < 0 ? item : item.substring(0, bracket)).trim());
        }
        return names;
    }

    /** "IBUPROFEN 200 mg;PSEUDOEPHEDRINE HYDROCHLORIDE 30 mg;" becomes "IBUPROFEN 200 mg / PSEUDOEPHEDRINE HYDROCHLORIDE 30 mg". */
    static String strength(String value) {
        List<String> parts = split(value);
        return parts.isEmpty() ? null : String.join(" / ", parts);
    }

    private static List<String> split(String value) {
        if (value == null) {
            return List.of();
        }
        return Arrays.stream(value.split(";")).map(String::trim).filter(s -> !s.isEmpty()).toList();
    }

    private static String firstOf(CSVRecord row, String... columns) {
        for (String column : columns) {
            String value = value(row, column);
            if (value != null) {
                return value;
            }
        }
        return null;
    }

    private static String value(CSVRecord row, String column) {
        return row.isMapped(column) ? CodedValues.clean(row.get(column)) : null;
    }
}
