package dev.pillid.imports;

import dev.pillid.catalog.Vocabularies;
import dev.pillid.search.VocabularyTerm;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * SPL coded values as the sources write them: colour and shape by NCI code or name in any case,
 * DEA schedules by NCI code or name (all from the bundled vocabularies), Pillbox's literal NULL for nothing.
 */
final class CodedValues {

    private final Vocabularies vocabularies;

    CodedValues(Vocabularies vocabularies) {
        this.vocabularies = vocabularies;
    }

    /** Null for blank and for Pillbox's literal "NULL". */
    static String clean(String value) {
        if (value == null) {
            return null;
        }
        String trimmed = value.trim();
        return trimmed.isEmpty() || trimmed.equalsIgnoreCase("NULL") ? null : trimmed;
    }

    String shape(String word) {
        String value = clean(word);
        if (value == null) {
            return null;
        }
        return vocabularies.shapes().resolve(value).map(VocabularyTerm::name)
                .orElseThrow(() -> new RejectedRecordException("unknown shape " + FieldLimits.echo(value)));
    }

    /** Colours in the source's order, each once. */
    List<String> colors(Iterable<String> words) {
        Set<String> names = new LinkedHashSet<>();
        for (String word : words) {
            String value = clean(word);
            if (value != null) {
                names.add(vocabularies.colors().resolve(value).map(VocabularyTerm::name)
                        .orElseThrow(() -> new RejectedRecordException("unknown colour " + FieldLimits.echo(value))));
            }
        }
        return new ArrayList<>(names);
    }

    String deaSchedule(String word) {
        String value = clean(word);
        if (value == null) {
            return null;
        }
        return vocabularies.deaSchedule(value).orElseThrow(() -> new RejectedRecordException("unknown DEA schedule " + FieldLimits.echo(value)));
    }

    static Integer score(String word) {
        String value = clean(word);
        if (value == null) {
            return null;
        }
        try {
            int score = Integer.parseInt(value);
            if (score >= 1 && score <= 4) {
                return score;
            }
        } catch (NumberFormatException e) {
            // rejected below
        }
        throw new RejectedRecordException("score " + FieldLimits.echo(value) + " is not 1 to 4");
    }

    static Double sizeMm(String word) {
        String value = clean(word);
        if (value == null) {
            return null;
        }
        try {
            double size = Double.parseDouble(value);
            // Pillbox writes 0 for "not measured".
            if (size == 0) {
                return null;
            }
            if (size > 0 && size < 100) {
                return size;
            }
        } catch (NumberFormatException e) {
            // rejected below
        }
        throw new RejectedRecordException("size " + FieldLimits.echo(value) + " is not a size in millimetres");
    }

    /** Imprint sides joined by ';', each trimmed; RxImage sometimes writes ':' where SPL writes ';'. */
    static String imprint(String printed) {
        String value = clean(printed);
        if (value == null) {
            return null;
        }
        List<String> sides = new ArrayList<>();
        for (String side : value.replace(':', ';').split(";")) {
            if (!side.isBlank()) {
                sides.add(side.trim());
            }
        }
        return sides.isEmpty() ? null : String.join(";", sides);
    }
}
