package dev.pillid.catalog;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * An immutable copy of one catalog row: what the service layer hands out, so that entities never
 * reach the web layer and the in-memory catalog can be read without a database.
 */
public record PillRecord(
        long id,
        String medicineName,
        String strength,
        List<String> activeIngredients,
        String dosageForm,
        String labeler,
        String rxOtc,
        String deaSchedule,
        String ndc9,
        String ndc11,
        Integer partNumber,
        String splSetId,
        String rxcui,
        String imprint,
        List<String> colors,
        String shape,
        Double sizeMm,
        Integer score,
        List<String> images,
        String source,
        String citation,
        OffsetDateTime loadedAt) {

    public PillRecord {
        activeIngredients = List.copyOf(activeIngredients);
        colors = List.copyOf(colors);
        images = List.copyOf(images);
    }

}
