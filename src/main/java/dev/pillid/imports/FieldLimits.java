package dev.pillid.imports;

import dev.pillid.catalog.PillRecord;

import java.util.List;

/**
 * What each field of an imported record may hold, and how much of the input a rejection's reason
 * may echo. A field over its length limit rejects the record: a name of a megabyte would be
 * stored, sent in every answer that shows the pill, and slow every name search. Each limit is many
 * times the longest value of the real sources. A field with a NUL character (U+0000) rejects the
 * record too: PostgreSQL's text holds every other character but not that one, and would refuse
 * the whole import's transaction for it.
 */
final class FieldLimits {

    static final int SOURCE_KEY = 200;
    static final int CITATION = 1000;
    static final int MEDICINE_NAME = 500;
    static final int STRENGTH = 500;
    static final int ACTIVE_INGREDIENT = 300;
    static final int ACTIVE_INGREDIENTS = 50;
    static final int DOSAGE_FORM = 100;
    static final int LABELER = 300;
    static final int NDC = 20;
    static final int SPL_SET_ID = 64;
    static final int RXCUI = 20;
    static final int IMPRINT = 200;
    static final int IMAGE = 1000;
    static final int IMAGES = 50;

    /**
     * The most characters of one text in a file (a name, an imprint, indentation included) that a
     * reader keeps for a field: a longer one rejects its record without being held whole.
     */
    static final int TEXT = 10_000;

    /** How long a rejection's reason and its "where" may be. */
    static final int REASON = 100;
    static final int WHERE = 200;
    /** How much of one input value a reason quotes. */
    static final int ECHO = 40;

    private FieldLimits() {
    }

    /** @throws RejectedRecordException naming the first field over its limit, and the limit, or with a NUL character */
    static void check(PillRecord record) {
        field("source key", record.sourceKey(), SOURCE_KEY);
        field("medicine_name", record.medicineName(), MEDICINE_NAME);
        field("strength", record.strength(), STRENGTH);
        each("active ingredients", "an active ingredient", record.activeIngredients(), ACTIVE_INGREDIENT, ACTIVE_INGREDIENTS);
        field("dosage_form", record.dosageForm(), DOSAGE_FORM);
        field("labeler", record.labeler(), LABELER);
        field("ndc9", record.ndc9(), NDC);
        field("ndc11", record.ndc11(), NDC);
        field("spl_set_id", record.splSetId(), SPL_SET_ID);
        field("rxcui", record.rxcui(), RXCUI);
        field("imprint", record.imprint(), IMPRINT);
        each("image references", "an image reference", record.images(), IMAGE, IMAGES);
        // last: a reader builds the citation from the fields above, so the field at fault is named rather than it
        field("citation", record.citation(), CITATION);
    }

    /** The rejection of a record whose text, in an element of this name, is longer than {@link #TEXT}. */
    static RejectedRecordException textTooLong(String element) {
        return new RejectedRecordException("the text of " + echo(element) + " is longer than " + TEXT + " characters");
    }

    /** An input value as a reason quotes it: cut short, without control characters. */
    static String echo(String value) {
        return Excerpt.of(value, ECHO);
    }

    private static void field(String field, String value, int limit) {
        if (value == null) {
            return;
        }
        if (value.length() > limit) {
            throw new RejectedRecordException(field + " is longer than " + limit + " characters");
        }
        if (value.indexOf('\u0000') >= 0) {
            throw new RejectedRecordException(field + " has a NUL character (U+0000), which the catalog cannot store");
        }
    }

    private static void each(String fields, String field, List<String> values, int limit, int count) {
        if (values.size() > count) {
            throw new RejectedRecordException("has more than " + count + " " + fields);
        }
        for (String value : values) {
            field(field, value, limit);
        }
    }
}
