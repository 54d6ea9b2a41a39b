package dev.pillid.catalog;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * One pill, immutable: as a source describes it (what every reader produces, before the catalog
 * stores it: no {@code id}, no {@code loadedAt}), and as the catalog holds it (a copy of its row,
 * what the service layer hands out, so that entities never reach the web layer and the in-memory
 * catalog can be read without a database). {@code source} and {@code sourceKey} together are its
 * natural key.
 */
public record PillRecord(
        Long id,
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
        List<String> images,
        OffsetDateTime loadedAt) {

    public PillRecord {
        activeIngredients = activeIngredients == null ? List.of() : List.copyOf(activeIngredients);
        colors = colors == null ? List.of() : List.copyOf(colors);
        images = images == null ? List.of() : List.copyOf(images);
    }

    /** A pill as a source describes it, not yet stored. */
    public PillRecord(String source, String sourceKey, String citation, String medicineName, String strength,
                      List<String> activeIngredients, String dosageForm, String labeler, String rxOtc, String deaSchedule,
                      String ndc9, String ndc11, Integer partNumber, String splSetId, String rxcui, String imprint,
                      List<String> colors, String shape, Double sizeMm, Integer score, List<String> images) {
        this(null, source, sourceKey, citation, medicineName, strength, activeIngredients, dosageForm, labeler, rxOtc,
                deaSchedule, ndc9, ndc11, partNumber, splSetId, rxcui, imprint, colors, shape, sizeMm, score, images, null);
    }

    /** This pill as the catalog holds it, under that id, loaded at that time. */
    public PillRecord stored(long storedId, OffsetDateTime storedAt) {
        return new PillRecord(storedId, source, sourceKey, citation, medicineName, strength, activeIngredients, dosageForm,
                labeler, rxOtc, deaSchedule, ndc9, ndc11, partNumber, splSetId, rxcui, imprint, colors, shape, sizeMm, score,
                images, storedAt);
    }

    /** This pill as its source describes it: without what the catalog adds (id and load time). */
    public PillRecord asRead() {
        return id == null && loadedAt == null ? this
                : new PillRecord(source, sourceKey, citation, medicineName, strength, activeIngredients, dosageForm, labeler,
                        rxOtc, deaSchedule, ndc9, ndc11, partNumber, splSetId, rxcui, imprint, colors, shape, sizeMm, score, images);
    }

    /**
     * This pill as read, with the RxCUI of the stored pill it updates when its source does not
     * name one: the bundled catalog's RxCUIs come from RxNorm, which the RxImage file does not
     * name, and importing that file again must not take them away. The stored citation, which
     * goes on to say where the RxCUI came from, is kept with it.
     */
    PillRecord keepingRxcuiOf(PillRecord stored) {
        if (rxcui != null || stored.rxcui == null) {
            return this;
        }
        String keptCitation = stored.citation != null && citation != null && stored.citation.startsWith(citation)
                ? stored.citation : citation;
        return new PillRecord(source, sourceKey, keptCitation, medicineName, strength, activeIngredients, dosageForm, labeler,
                rxOtc, deaSchedule, ndc9, ndc11, partNumber, splSetId, stored.rxcui, imprint, colors, shape, sizeMm, score, images);
    }

    /** A copy of a stored row. */
    static PillRecord of(PillEntity e) {
        return new PillRecord(e.id, e.source, e.sourceKey, e.citation, e.medicineName, e.strength, e.activeIngredients,
                e.dosageForm, e.labeler, e.rxOtc, e.deaSchedule, e.ndc9, e.ndc11, e.partNumber, e.splSetId, e.rxcui,
                e.imprint, e.colors, e.shape, e.sizeMm, e.score, e.images, e.loadedAt);
    }

    /** A new row for this pill as read (its id is the database's to give). */
    PillEntity toEntity(OffsetDateTime loadedAt) {
        PillEntity e = new PillEntity();
        writeTo(e, loadedAt);
        return e;
    }

    /** Writes this pill as read over a row, leaving its id as it is. */
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
