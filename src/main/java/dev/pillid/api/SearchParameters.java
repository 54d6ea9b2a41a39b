package dev.pillid.api;

import dev.pillid.search.SearchQuery;
import dev.pillid.search.Vocabulary;
import dev.pillid.search.VocabularyTerm;
import dev.pillid.search.color.ColorPhraseReader;
import dev.pillid.search.color.ColorReading;
import dev.pillid.search.color.ColorWord;
import dev.pillid.search.text.Imprint;
import dev.pillid.search.text.Ndc;

import java.util.List;

/**
 * Reads the search endpoint's query parameters as sent (strings), so that every bad value gets a
 * problem document that says what to send instead, rather than a framework's generic answer.
 */
final class SearchParameters {

    static final int DEFAULT_LIMIT = 20;
    static final int MAX_LIMIT = 100;
    static final int MAX_IMPRINT = 64;
    static final int MAX_NAME = 100;
    static final int MAX_COLORS = 4;
    /** Characters of one colour value: a description ("light blue and white"), not a text. */
    static final int MAX_COLOR = 100;
    /** Set-aside words a refusal names, the first ones. */
    static final int NAMED_WORDS = 3;
    static final double MAX_SIZE_MM = 50;

    private SearchParameters() {
    }

    /** The query, and how its colour words were read (null when no colour was given). */
    record Parsed(SearchQuery query, ColorReading colors, int limit, int offset, boolean grouped) {
    }

    static Parsed parse(String imprint, List<String> color, String shape, String sizeMm, String score, String name,
                        String ndc, String group, String limit, String offset, ColorPhraseReader colors, Vocabulary shapes) {
        String cleanImprint = blankToNull(imprint);
        if (cleanImprint != null && cleanImprint.length() > MAX_IMPRINT) {
            throw ApiProblem.invalidParameter("imprint is " + cleanImprint.length() + " characters long; an imprint has at most "
                    + MAX_IMPRINT + ". Send the letters and numbers printed on the pill, one side or both.");
        }
        String cleanName = blankToNull(name);
        if (cleanName != null && cleanName.length() > MAX_NAME) {
            throw ApiProblem.invalidParameter("name is " + cleanName.length() + " characters long; send at most " + MAX_NAME
                    + " characters of a brand or ingredient name.");
        }
        ColorReading colorReading = colors(color, colors);
        List<VocabularyTerm> colorTerms = colorReading == null ? List.of() : colorReading.terms();
        VocabularyTerm shapeTerm = blankToNull(shape) == null ? null : resolve(shapes, shape.trim());
        Double size = blankToNull(sizeMm) == null ? null : size(sizeMm.trim());
        Integer pieces = blankToNull(score) == null ? null
                : wholeNumber("score", score.trim(), 1, 4, "1 for an unscored tablet, or 2, 3 or 4 for the number of pieces its score lines make");
        int pageSize = blankToNull(limit) == null ? DEFAULT_LIMIT
                : wholeNumber("limit", limit.trim(), 1, MAX_LIMIT, "a whole number from 1 to " + MAX_LIMIT + "; page through longer lists with offset");
        int skip = blankToNull(offset) == null ? 0
                : wholeNumber("offset", offset.trim(), 0, 100_000, "a whole number from 0 to 100000");
        String cleanNdc = blankToNull(ndc) == null ? null : ndc.trim();
        if (cleanNdc != null && Ndc.readings(cleanNdc).isEmpty()) {
            throw ApiProblem.invalidParameter("ndc '" + shorten(cleanNdc) + "' is not an NDC; send a product NDC (0071-0155) or a package NDC "
                    + "(0071-0155-23, or its 10 or 11 digits).");
        }
        boolean grouped = true;
        if (blankToNull(group) != null) {
            switch (group.trim().toLowerCase(java.util.Locale.ROOT)) {
                case "true" -> grouped = true;
                case "false" -> grouped = false;
                default -> throw ApiProblem.invalidParameter("group '" + shorten(group) + "' is not accepted; send true (one result per product, "
                        + "the default) or false (one result per pill and NDC).", List.of("true", "false"));
            }
        }
        if (cleanImprint == null && colorTerms.isEmpty() && shapeTerm == null && size == null && pieces == null && cleanName == null
                && cleanNdc == null) {
            throw ApiProblem.invalidParameter("Describe the pill with at least one of: imprint, color, shape, size_mm, score, name, ndc."
                    + " For example /v1/pills/search?imprint=PD%20155&color=white");
        }
        if (cleanImprint != null && Imprint.compactQuery(Imprint.withoutSymbolWords(cleanImprint)).isEmpty() && colorTerms.isEmpty()
                && shapeTerm == null && size == null && pieces == null && cleanName == null && cleanNdc == null) {
            throw ApiProblem.invalidParameter("imprint '" + shorten(cleanImprint) + "' has no letter or digit to match"
                    + (Imprint.symbolWords(cleanImprint).isEmpty() ? "" : " (imprint data has no text for symbols such as a logo)")
                    + "; send the characters printed on the pill, or describe its colour and shape.");
        }
        return new Parsed(new SearchQuery(cleanImprint, colorTerms, shapeTerm, size, pieces, cleanName, cleanNdc), colorReading, pageSize,
                skip, grouped);
    }

    /**
     * The colour values read as phrases: searched when a word of them reads as a colour, the
     * others set aside; refused only when none does. Null when no colour was given.
     */
    private static ColorReading colors(List<String> values, ColorPhraseReader reader) {
        List<String> given = values == null ? List.of() : values.stream().filter(value -> !value.isBlank()).toList();
        for (String value : given) {
            if (value.length() > MAX_COLOR) {
                throw ApiProblem.invalidParameter("color is " + value.length() + " characters long; describe the colour in at most " + MAX_COLOR
                        + " characters, such as light blue, bluish green or blue and white.");
            }
        }
        ColorReading reading = reader.read(given);
        if (reading.words().isEmpty()) {
            return null;
        }
        if (reading.colors().isEmpty()) {
            List<String> why = reading.words().stream().filter(word -> word.reading() == ColorWord.Reading.SET_ASIDE).limit(NAMED_WORDS)
                    .map(word -> "'" + shorten(word.word()) + "': " + word.detail()).toList();
            throw ApiProblem.invalidParameter("Unknown color '" + shorten(String.join(", ", given)) + "': no word of it reads as a colour"
                    + (why.isEmpty() ? "" : " (" + String.join("; ", why) + ")") + ". Send one of the SPL colors (" + String.join(", ", names(reader.vocabulary()))
                    + "), a common word for one, or a description such as light blue, bluish green or blue and white"
                    + " (GET /v1/colors lists the SPL colours with their synonyms).", names(reader.vocabulary()));
        }
        if (reading.colors().size() > MAX_COLORS) {
            throw ApiProblem.invalidParameter("color names " + reading.colors().size() + " colours; a pill has at most " + MAX_COLORS
                    + ". Send one colour, or two for a two-tone pill.");
        }
        return reading;
    }

    private static VocabularyTerm resolve(Vocabulary vocabulary, String word) {
        return vocabulary.resolve(word).orElseThrow(() -> ApiProblem.invalidParameter(
                "Unknown " + vocabulary.kind() + " '" + shorten(word) + "'. Send one of the SPL " + vocabulary.kind() + "s ("
                        + String.join(", ", names(vocabulary)) + ") or a common word for one (GET /v1/"
                        + vocabulary.kind() + "s lists them with their synonyms).",
                names(vocabulary)));
    }

    private static List<String> names(Vocabulary vocabulary) {
        return vocabulary.terms().stream().map(VocabularyTerm::name).toList();
    }

    private static Double size(String value) {
        double mm;
        try {
            mm = Double.parseDouble(value);
        } catch (NumberFormatException e) {
            mm = Double.NaN;
        }
        if (!(mm > 0 && mm <= MAX_SIZE_MM)) {
            throw ApiProblem.invalidParameter("size_mm '" + shorten(value) + "' is not a size; send the pill's longest side in millimetres, a number above 0 and at most "
                    + (int) MAX_SIZE_MM + ", for example 10 or 12.5");
        }
        return mm;
    }

    private static int wholeNumber(String parameter, String value, int min, int max, String expected) {
        try {
            int number = Integer.parseInt(value);
            if (number >= min && number <= max) {
                return number;
            }
        } catch (NumberFormatException e) {
            // answered below, with the same message as an out-of-range number
        }
        throw ApiProblem.invalidParameter(parameter + " '" + shorten(value) + "' is not accepted; send " + expected + ".");
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }

    /** Echo at most a readable part of what was sent. */
    static String shorten(String value) {
        return value.length() <= 40 ? value : value.substring(0, 40) + "…";
    }
}
