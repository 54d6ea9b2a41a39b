package dev.pillid.api;

import dev.pillid.catalog.PillRecord;
import dev.pillid.images.PhotoLinks;
import dev.pillid.search.text.Imprint;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;

/**
 * A pill as the API writes it. Its photos come last: search answers keep the JSON of the other
 * fields and write only the photos per answer ({@link PillJson}).
 */
@Schema(name = "Pill", description = "One physical appearance of one product: what it is, how it looks, where the record came from.")
public record PillDto(
        @Schema(description = "Stable catalog id", example = "1") long id,
        @Schema(example = "Lipitor") String medicineName,
        @Schema(example = "10 mg") String strength,
        @Schema(example = "[\"ATORVASTATIN CALCIUM TRIHYDRATE\"]") List<String> activeIngredients,
        @Schema(example = "TABLET, FILM COATED") String dosageForm,
        @Schema(example = "Parke-Davis Div of Pfizer Inc") String labeler,
        @Schema(description = "RX (prescription) or OTC", enumeration = {"RX", "OTC"}) String rxOtc,
        @Schema(description = "DEA schedule, null when not controlled", enumeration = {"CI", "CII", "CIII", "CIV", "CV"}) String deaSchedule,
        @Schema(description = "Product NDC as labelled", example = "0071-0155") String ndc9,
        @Schema(description = "Package NDC as labelled", example = "0071-0155-23") String ndc11,
        @Schema(description = "Part number within a kit, null for a product that is not a kit part") Integer partNumber,
        @Schema(description = "DailyMed SPL set id") String splSetId,
        @Schema(description = "RxNorm concept id, when known") String rxcui,
        @Schema(description = "The imprint as printed, sides or lines separated by ';'", example = "PD;155;10") String imprint,
        @Schema(description = "The imprint's sides or lines", example = "[\"PD\", \"155\", \"10\"]") List<String> imprintSides,
        @Schema(description = "SPL colour names, in the label's order (see /v1/colors)", example = "[\"WHITE\"]") List<String> colors,
        @Schema(description = "SPL shape name (see /v1/shapes)", example = "OVAL") String shape,
        @Schema(description = "Longest dimension in millimetres", example = "10") Double sizeMm,
        @Schema(description = "1 when unscored, else the number of pieces the score lines break it into", example = "1") Integer score,
        @Schema(description = "Where the record came from: demo, pillbox, spl, rximage", example = "demo") String source,
        @Schema(description = "The public source of the record") String citation,
        @Schema(description = "When the record was loaded") OffsetDateTime loadedAt,
        @Schema(description = "Absolute URLs of its photos; empty when there is no photo") List<String> imageUrls,
        @Schema(description = "Its photos, in the order of image_urls, each with a thumbnail URL and its attribution; "
                + "empty when there is no photo") List<PhotoDto> photos) {

    /** The pill with its photos as a pill's detail gives them ({@code detail}: with their licence) or as search answers do. */
    static PillDto of(PillRecord pill, List<PhotoLinks.Photo> photos, boolean detail) {
        List<String> sides = pill.imprint() == null ? List.of()
                : Arrays.stream(pill.imprint().split(String.valueOf(Imprint.SIDE_SEPARATOR)))
                        .map(String::trim).filter(s -> !s.isEmpty()).toList();
        return new PillDto(pill.id(), pill.medicineName(), pill.strength(), pill.activeIngredients(), pill.dosageForm(),
                pill.labeler(), pill.rxOtc(), pill.deaSchedule(), pill.ndc9(), pill.ndc11(), pill.partNumber(),
                pill.splSetId(), pill.rxcui(), pill.imprint(), sides, pill.colors(), pill.shape(), pill.sizeMm(),
                pill.score(), pill.source(), pill.citation(), pill.loadedAt(), photos.stream().map(PhotoLinks.Photo::url).toList(),
                PhotoDto.of(photos, detail));
    }
}
