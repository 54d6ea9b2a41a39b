package dev.pillid.catalog;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * A pill as a source describes it, before it has a catalog id: what every reader produces and
 * what the catalog stores. {@code source} and {@code sourceKey} together are its natural key.
 */
public record CatalogEntry(
        String source,
        String sourceKey,
        String citation,
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
        List<String> images) {

    public CatalogEntry {
        activeIngredients = activeIngredients == null ? List.of() : List.copyOf(activeIngredients);
        colors = colors == null ? List.of() : List.copyOf(colors);
        images = images == null ? List.of() : List.copyOf(images);
    }

    /** The entry a stored row was made from: equal to the entry read from the source when nothing changed. */
    static CatalogEntry of(PillEntity e) {
        return new CatalogEntry(e.source, e.sourceKey, e.citation, e.medicineName, e.strength, e.activeIngredients,
                e.dosageForm, e.labeler, e.rxOtc, e.deaSchedule, e.ndc9, e.ndc11, e.partNumber, e.splSetId, e.rxcui,
                e.imprint, e.colors, e.shape, e.sizeMm, e.score, e.images);
    }

    PillEntity toEntity(OffsetDateTime loadedAt) {
        PillEntity e = new PillEntity();
        writeTo(e, loadedAt);
        return e;
    }

    void writeTo(PillEntity e, OffsetDateTime loadedAt) {
        e.loadedAt = loadedAt;
        e.source = source;
        e.sourceKey = sourceKey;
        e.citation = citation;
        e.medicineName = medicineName;
        e.strength = strength;
        e.activeIngredients = new ArrayList<>(activeIngredients);
        e.dosageForm = dosageForm;
        e.labeler = labeler;
        e.rxOtc = rxOtc;
        e.deaSchedule = deaSchedule;
        e.ndc9 = ndc9;
        e.ndc11 = ndc11;
        e.partNumber = partNumber;
        e.splSetId = splSetId;
        e.rxcui = rxcui;
        e.imprint = imprint;
        e.colors = new ArrayList<>(colors);
        e.shape = shape;
        e.sizeMm = sizeMm;
        e.score = score;
        e.images = new ArrayList<>(images);
    }
}
